"""Full-text search: Arabic spelling variants, prefixes, phrases, and bad queries."""

from __future__ import annotations

import pytest

from nato_reader.core.record import Record, article_id
from nato_reader.store import ArticleFilter, SearchError, Store

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


def test_a_common_word_pages_newest_first_without_gaps(store: Store, monkeypatch):
    from nato_reader.store import articles

    monkeypatch.setattr(articles, "RANKED_UP_TO", 3)
    texts = [f"الناتو خبر رقم {i}" for i in range(8)]
    for text in texts:  # one import each, so that the order of import is known
        store.add_records([Record(id=article_id(text), text=text)], analyze=False)
    pages = [store.search("الناتو", limit=3, offset=o) for o in (0, 3, 6)]
    assert [r.id for page in pages for r in page] == \
        [article_id(t) for t in reversed(texts)]
    assert store.count_articles(ArticleFilter(query="النات*")) == 8
    assert store.count_articles(ArticleFilter(query="الناتو", status="done")) == 0


def test_a_rare_word_comes_best_match_first(store: Store, monkeypatch):
    from nato_reader.store import articles

    monkeypatch.setattr(articles, "RANKED_UP_TO", 3)
    once = "خبر عن قمة الحلف في مدريد مع كلام كثير آخر عن أمور أخرى"
    twice = "قمة قمة"
    store.add_records([Record(id=article_id(t), text=t) for t in (twice, once)], analyze=False)
    assert [r.id for r in store.search("قمة")] == [article_id(twice), article_id(once)]
