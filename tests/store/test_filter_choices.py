"""The list's country and speaker choices follow every change, its undo and its redo."""

from __future__ import annotations

from nato_reader.store import Store


def test_country_choices_follow_annotation_and_undo(stored: tuple[Store, str]):
    store, aid = stored
    assert store.countries() == ["CN", "UA"]
    ukraine = next(s for s in store.spans(aid) if s.attrs.get("country") == "UA")
    rejected = store.reject_span(ukraine.pk, annotator="ليلى")
    assert store.countries() == ["CN"]
    store.undo(rejected.id, annotator="ليلى")
    assert store.countries() == ["CN", "UA"]
    text = store.get_article(aid).text
    start = text.index("الثلاثاء")
    added = store.add_span(aid, start, start + len("الثلاثاء"), "LOCATION",
                           attrs={"country": "JP"}, annotator="ليلى")
    assert store.countries() == ["CN", "JP", "UA"]
    changed = store.update_span(added.span_pk, attrs={"country": "KR"}, annotator="ليلى")
    assert store.countries() == ["CN", "KR", "UA"]
    store.undo(changed.id, annotator="ليلى")
    deleted = store.delete_span(added.span_pk, annotator="ليلى")
    assert store.countries() == ["CN", "UA"]
    store.redo(deleted.id, annotator="ليلى")
    assert store.countries() == ["CN", "UA"]
    assert store.check() == []


def test_speaker_choices_follow_links(stored: tuple[Store, str]):
    store, aid = stored
    assert store.speakers() == ["ينس ستولتنبرغ"]
    quote = next(s for s in store.spans(aid) if s.label == "QUOTE")
    org = next(s for s in store.spans(aid) if s.label == "ORG")
    linked = store.link(aid, quote.sid, org.sid, annotator="ليلى")
    assert store.speakers() == ["وزارة الخارجية الصينية"]
    store.undo(linked.id, annotator="ليلى")
    assert store.speakers() == ["ينس ستولتنبرغ"]
    relation = store.relations(aid)[0]
    store.unlink(relation.pk, annotator="ليلى")
    assert store.speakers() == []
    assert store.check() == []


def test_check_reports_choices_that_drift_from_the_spans(stored: tuple[Store, str]):
    store, _ = stored
    store.db.execute("DELETE FROM filter_values WHERE value = 'UA'")
    store.db.conn.commit()
    assert any("choices" in p for p in store.check())
