"""Full-text search: Arabic spelling variants, prefixes, phrases, and bad queries."""

from __future__ import annotations

import pytest

from nato_reader.core.record import Record
from nato_reader.store import SearchError, Store

ARTICLES = {
    "a": "أعلنت إيران اليوم عن اتفاق جديد",
    "b": "ايرَان ترفض العقوبات",
    "c": "مجلس الأمن يجتمع في نيويورك",
    "d": "وزير الدفاع يتحدث عن الامن البحري",
    "e": "الحلـــف الأطلسي مع كوريا الجنوبية",
}


@pytest.fixture()
def corpus(store: Store) -> Store:
    store.add_records([Record(id=k, text=v, meta={"title": ""}) for k, v in ARTICLES.items()],
                      analyze=False)
    return store


def found(store: Store, query: str) -> set[str]:
    return {r.id for r in store.search(query)}


@pytest.mark.parametrize(("query", "expected"), [
    ("إيران", {"a", "b"}),
    ("ايران", {"a", "b"}),
    ("إيرَان", {"a", "b"}),
    ("الامن", {"c", "d"}),
    ("الأمن", {"c", "d"}),
    ("الحلف", {"e"}),
    ("الأطل*", {"e"}),
    ('"كوريا الجنوبية"', {"e"}),
    ('"الجنوبية كوريا"', set()),
    ("الامن AND البحري", {"d"}),
    ("إيران OR نيويورك", {"a", "b", "c"}),
    ("الامن NOT البحري", {"c"}),
    ("مجلس-الأمن", {"c"}),
    ("nato: (الحلف)", set()),
])
def test_queries(corpus: Store, query: str, expected: set[str]):
    assert found(corpus, query) == expected


@pytest.mark.parametrize(("query", "message"), [
    ('"', "not closed"),
    ('الأمن "مجلس', "not closed"),
    ("*", "must follow a word"),
    ("AND", "no word"),
    ("الامن OR", "needs a word on each side"),
    ("؟!", "no word"),
])
def test_bad_queries_are_search_errors(corpus: Store, snapshot, query: str, message: str):
    before = snapshot(corpus)
    with pytest.raises(SearchError, match=message):
        corpus.search(query)
    assert snapshot(corpus) == before


def test_titles_are_searched_too(store: Store):
    store.add_records([Record(id="t", text="نص", meta={"title": "قمة طوكيو"})], analyze=False)
    assert found(store, "طوكيو") == {"t"}
