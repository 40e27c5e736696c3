"""Undo and redo through the event log: every change is inverted exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from nato_reader.store import Event, Store, StoreError


def _pk(store: Store, aid: str, sid: str) -> int:
    return next(s.pk for s in store.spans(aid) if s.sid == sid)


def _add_kishida(store: Store, aid: str) -> Event:
    start = store.get_article(aid).text.index("كيشيدا")
    return store.add_span(aid, start, start + 6, "PERSON", annotator="علي")


CHANGES: dict[str, Callable[[Store, str], Event]] = {
    "add_span": _add_kishida,
    "update_span": lambda s, a: s.update_span(_pk(s, a, "s2"), label="CLAIM",
                                              attrs={"checkworthy": "yes"}, annotator="علي"),
    "accept_span": lambda s, a: s.accept_span(_pk(s, a, "s1"), annotator="علي"),
    "reject_span": lambda s, a: s.reject_span(_pk(s, a, "s2"), annotator="علي"),
    "delete_span": lambda s, a: s.delete_span(_pk(s, a, "s1"), annotator="علي"),
    "accept_all": lambda s, a: s.accept_all(a, annotator="علي"),
    "link": lambda s, a: s.link(a, "s2", "s3", annotator="علي"),
    "unlink": lambda s, a: s.unlink(s.relations(a)[0].pk, annotator="علي"),
    "review_span": lambda s, a: s.review_span(_pk(s, a, "s4"), "approved", annotator="محرر"),
    "merge_people": lambda s, a: s.merge_people(a, "ستولتنبرغ", "ينس ستولتنبرغ",
                                                annotator="علي"),
    "set_status": lambda s, a: s.set_status(a, "done", annotator="علي"),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_undo_restores_and_redo_reapplies(stored, article_rows, name):
    store, aid = stored
    before = article_rows(store, aid)
    event = CHANGES[name](store, aid)
    after = article_rows(store, aid)
    assert after != before
    undo = store.undo(event.id, annotator="علي")
    assert article_rows(store, aid) == before
    assert (undo.action, undo.undoes) == ("undo", event.id)
    store.redo(event.id, annotator="علي")
    assert article_rows(store, aid) == after
    assert store.check() == []


def test_a_sequence_undone_newest_first_returns_to_the_start(stored, article_rows):
    store, aid = stored
    states = [article_rows(store, aid)]
    events = []
    for name in ("add_span", "link", "accept_span", "update_span", "merge_people",
                 "delete_span", "accept_all", "set_status"):
        events.append(CHANGES[name](store, aid))
        states.append(article_rows(store, aid))
    for event, state in zip(reversed(events), reversed(states[:-1]), strict=True):
        store.undo(event.id, annotator="علي")
        assert article_rows(store, aid) == state
    for event, state in zip(events, states[1:], strict=True):
        store.redo(event.id, annotator="علي")
        assert article_rows(store, aid) == state


def test_undoing_an_undo_redoes(stored, article_rows):
    store, aid = stored
    event = CHANGES["accept_all"](store, aid)
    after = article_rows(store, aid)
    undo = store.undo(event.id, annotator="علي")
    store.undo(undo.id, annotator="علي")
    assert article_rows(store, aid) == after


def test_events_are_listed_newest_first(stored):
    store, aid = stored
    first = CHANGES["accept_span"](store, aid)
    second = CHANGES["reject_span"](store, aid)
    assert [e.id for e in store.events(aid)] == [second.id, first.id]
    assert store.events(aid)[0].before["spans"][0]["state"] == "open"
    assert store.events()[-1].action == "import"


def test_an_import_or_unknown_event_cannot_be_undone(stored, snapshot):
    store, _ = stored
    before = snapshot(store)
    with pytest.raises(StoreError, match="cannot be undone"):
        store.undo(store.events()[-1].id, annotator="علي")
    with pytest.raises(StoreError, match="no event"):
        store.undo(999, annotator="علي")
    assert snapshot(store) == before
