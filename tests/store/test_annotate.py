"""Annotation changes: spans, relations, speakers, counters, the review workflow."""

from __future__ import annotations

import pytest

from nato_reader.store import Store, StoreError


def _pk(store: Store, aid: str, sid: str) -> int:
    return next(s.pk for s in store.spans(aid) if s.sid == sid)


def test_add_span_is_manual_accepted_and_starts_work(stored):
    store, aid = stored
    text = store.get_article(aid).text
    start = text.index("كيشيدا")
    event = store.add_span(aid, start, start + 6, "PERSON", attrs={"canonical": "فوميو كيشيدا"},
                           annotator="منى")
    span = store.get_span(event.span_pk)
    assert (span.text, span.source, span.state, span.annotator, span.sid) == (
        "كيشيدا", "manual", "accepted", "منى", "s6")
    assert span.attrs == {"canonical": "فوميو كيشيدا"}
    assert store.get_article(aid).status == "in_progress"
    assert store.annotators() == ["منى"]
    assert store.events(aid)[0].action == "add_span"


@pytest.mark.parametrize(("start", "end", "text", "message"), [
    (-1, 3, None, "outside the text"),
    (5, 5, None, "outside the text"),
    (0, 10_000, None, "outside the text"),
    (0, 3, "ليس هذا", "does not match"),
    (3, 4, None, "only spaces"),
])
def test_bad_offsets_change_nothing(stored, snapshot, start, end, text, message):
    store, aid = stored
    before = snapshot(store)
    with pytest.raises(StoreError, match=message):
        store.add_span(aid, start, end, "PERSON", annotator="منى", text=text)
    assert snapshot(store) == before


def test_unknown_label_and_article_change_nothing(stored, snapshot):
    store, aid = stored
    before = snapshot(store)
    with pytest.raises(StoreError, match="unknown label"):
        store.add_span(aid, 0, 3, "CITY", annotator="منى")
    with pytest.raises(StoreError, match="no article"):
        store.add_span("nope", 0, 3, "PERSON", annotator="منى")
    with pytest.raises(StoreError, match="annotator"):
        store.add_span(aid, 0, 3, "PERSON", annotator=" ")
    assert snapshot(store) == before


def test_accept_reject_and_counters(stored):
    store, aid = stored
    quote = _pk(store, aid, "s2")
    store.accept_span(quote, annotator="علي")
    assert store.get_span(quote).source == "manual"
    assert store.get_article(aid).n_open == 4
    store.reject_span(quote, annotator="علي")
    article = store.get_article(aid)
    assert (article.n_quotes, article.n_open) == (0, 4)
    assert [s.sid for s in store.spans(aid, include_rejected=False)] == ["s1", "s3", "s4", "s5"]
    store.accept_all(aid, annotator="علي")
    assert store.get_article(aid).n_open == 0
    assert store.get_span(quote).state == "rejected"  # accept_all takes only open ones


def test_update_span_merges_attrs(stored):
    store, aid = stored
    pk = _pk(store, aid, "s5")
    text = store.get_article(aid).text
    start = text.index("أوكرانيا")
    store.update_span(pk, end=start + 4, label="LOCATION",
                      attrs={"country": None, "note": "جزء"}, annotator="علي")
    span = store.get_span(pk)
    assert (span.text, span.label, span.attrs, span.source, span.state) == (
        "أوكر", "LOCATION", {"note": "جزء"}, "manual", "accepted")
    with pytest.raises(StoreError, match="outside"):
        store.update_span(pk, end=10_000, annotator="علي")
    assert store.get_span(pk).text == "أوكر"


def test_link_replaces_said_by_and_sets_speaker(stored):
    store, aid = stored
    store.link(aid, "s2", "s3", annotator="علي")
    rels = store.relations(aid)
    assert [(r.head, r.child) for r in rels] == [("s2", "s3")]
    assert store.get_span(_pk(store, aid, "s2")).attrs["speaker"] == "وزارة الخارجية الصينية"
    with pytest.raises(StoreError, match="QUOTE or CLAIM"):
        store.link(aid, "s1", "s3", annotator="علي")
    with pytest.raises(StoreError, match="no span s9"):
        store.link(aid, "s2", "s9", annotator="علي")
    store.unlink(rels[0].pk, annotator="علي")
    assert store.relations(aid) == []
    assert "speaker" not in store.get_span(_pk(store, aid, "s2")).attrs


def test_delete_span_removes_its_relations(stored):
    store, aid = stored
    store.delete_span(_pk(store, aid, "s1"), annotator="علي")
    assert store.relations(aid) == []
    assert "s1" not in {s.sid for s in store.spans(aid)}
    assert store.get_record(aid).relations == []


def test_merge_people_and_entities(stored):
    store, aid = stored
    text = store.get_article(aid).text
    start = text.index("كيشيدا")
    store.add_span(aid, start, start + 6, "PERSON", annotator="علي")
    store.merge_people(aid, "ينس ستولتنبرغ", "كيشيدا", annotator="علي")
    people = {e.canonical: e for e in store.entities("PERSON")}
    assert people["ينس ستولتنبرغ"].count == 2
    assert people["ينس ستولتنبرغ"].aliases == ["كيشيدا"]
    with pytest.raises(StoreError, match="no person"):
        store.merge_people(aid, "ينس ستولتنبرغ", "كيشيدا", annotator="علي")


def test_review_span_verdicts(stored):
    store, aid = stored
    pk = _pk(store, aid, "s2")
    store.review_span(pk, "rejected", annotator="محرر")
    assert store.get_span(pk).review == "rejected"
    assert store.get_article(aid).status == "new"
    with pytest.raises(StoreError, match="unknown verdict"):
        store.review_span(pk, "maybe", annotator="محرر")


def test_review_workflow(stored, snapshot):
    store, aid = stored
    store.set_status(aid, "in_progress", annotator="علي")
    store.set_status(aid, "done", annotator="علي")
    before = snapshot(store)
    with pytest.raises(StoreError, match="needs a comment"):
        store.set_status(aid, "returned", annotator="محرر")
    with pytest.raises(StoreError, match="cannot become new"):
        store.set_status(aid, "new", annotator="محرر")
    with pytest.raises(StoreError, match="unknown status"):
        store.set_status(aid, "finished", annotator="محرر")
    assert snapshot(store) == before
    store.set_status(aid, "returned", annotator="محرر", comment="راجع المتحدث")
    article = store.get_article(aid)
    assert (article.status, article.review_comment) == ("returned", "راجع المتحدث")
    store.set_status(aid, "in_progress", annotator="علي")
    store.set_status(aid, "done", annotator="علي")
    store.set_status(aid, "approved", annotator="محرر")
    assert store.stats().progress_by_status["approved"] == 1


def test_stats_and_filter_choices(stored):
    store, aid = stored
    store.accept_all(aid, annotator="علي")
    stats = store.stats()
    assert stats.quotes_per_speaker == [("ينس ستولتنبرغ", 1)]
    assert stats.mentions_per_country == [("CN", 1), ("UA", 1)]
    assert stats.labels_per_annotator == {"علي": {"COUNTRY": 2, "ORG": 1, "PERSON": 1,
                                                  "QUOTE": 1}}
    assert stats.to_dict()["quotes_per_speaker"] == [["ينس ستولتنبرغ", 1]]
    assert store.speakers() == ["ينس ستولتنبرغ"]
    assert store.countries() == ["CN", "UA"]
