"""A change records the rows it touched, not the whole article, and undo restores them."""

from __future__ import annotations

from dataclasses import replace

from nato_reader.store import Store


def test_an_added_span_is_the_only_row_its_event_holds(stored: tuple[Store, str],
                                                       article_rows):
    store, aid = stored
    start_rows = article_rows(store, aid)
    text = store.get_article(aid).text
    start = text.index("كيشيدا")
    event = store.add_span(aid, start, start + len("كيشيدا"), "PERSON", annotator="ليلى")
    assert [r["pk"] for r in event.after["spans"]] == [event.span_pk]
    assert event.before["spans"] == [] and "relations" not in event.after
    assert event.after["article"]["status"] == "in_progress"
    store.undo(event.id, annotator="ليلى")
    assert article_rows(store, aid) == start_rows


def test_accept_all_holds_exactly_the_open_suggestions(stored: tuple[Store, str]):
    store, aid = stored
    first = store.spans(aid)[0]
    store.reject_span(first.pk, annotator="ليلى")
    still_open = {s.pk for s in store.spans(aid) if s.state == "open"}
    event = store.accept_all(aid, annotator="ليلى")
    assert {r["pk"] for r in event.after["spans"]} == still_open
    assert store.get_article(aid).n_open == 0
    assert store.check() == []


def test_span_ids_continue_after_the_highest_number(store: Store, make_record):
    record = make_record()
    new_ids = {"s1": "s41", "s2": "T7"}
    record.spans = [replace(s, id=new_ids.get(s.id, s.id)) for s in record.spans]
    record.relations = [replace(r, head=new_ids[r.head], child=new_ids[r.child])
                        for r in record.relations]
    store.add_records([record], analyze=False)
    text = record.text
    start = text.index("كيشيدا")
    event = store.add_span(record.id, start, start + len("كيشيدا"), "PERSON", annotator="ليلى")
    assert store.get_span(event.span_pk).sid == "s42"
