"""The benchmark corpus is the same on every run and machine, news-shaped, and cached."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import corpus  # noqa: E402
from benchmarks.corpus import CorpusGenerator  # noqa: E402


@pytest.fixture(scope="module")
def articles() -> list:
    return list(CorpusGenerator(seed=7).articles(40))


def test_same_seed_gives_the_same_articles(articles: list) -> None:
    again = list(CorpusGenerator(seed=7).articles(40))
    assert [a.text for a in again] == [a.text for a in articles]
    assert [a.meta for a in again] == [a.meta for a in articles]


def test_an_article_does_not_depend_on_the_corpus_size(articles: list) -> None:
    later = list(CorpusGenerator(seed=7).articles(5, start=30))
    assert [a.text for a in later] == [a.text for a in articles[30:35]]


def test_another_seed_gives_other_articles(articles: list) -> None:
    other = list(CorpusGenerator(seed=8).articles(40))
    assert not {a.id for a in other} & {a.id for a in articles}


def test_articles_are_news_length_and_distinct(articles: list) -> None:
    words = [len(a.text.split()) for a in articles]
    assert all(300 <= n <= 900 for n in words), words
    assert len({a.id for a in articles}) == len(articles)
    for a in articles:
        a.validate()
        assert a.text.splitlines()[0] == a.meta["title"]


def test_quotes_come_in_several_mark_styles(articles: list) -> None:
    styles = {mark for a in articles for mark in "«“„\"'" if mark in a.text}
    assert len(styles) >= 3, styles


def test_speakers_and_countries_vary(articles: list) -> None:
    texts = "\n".join(a.text for a in articles)
    names = {f for f in corpus.FAMILY_NAMES if f in texts}
    countries = {c for c in corpus.COUNTRIES if re.search(rf"\b{c}\b", texts)}
    assert len(names) >= 10
    assert len(countries) >= 20


def test_long_article_has_the_asked_length() -> None:
    text = corpus.long_article(2_000, seed=3).text
    assert 2_000 <= len(text.split()) <= 2_200
    assert corpus.long_article(2_000, seed=3).text == text


def test_corpus_is_cached_by_size_seed_and_version(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATO_BENCH_CACHE", str(tmp_path))
    fresh = importlib.reload(corpus)
    try:
        path = fresh.ensure_corpus(6, seed=7)
        assert path.parent == tmp_path
        assert f"v{fresh.GENERATOR_VERSION}" in path.name
        assert "n6" in path.name and "s7" in path.name
        stamp = path.stat().st_mtime_ns
        loaded = fresh.load(6, seed=7)
        assert path.stat().st_mtime_ns == stamp  # read back, not generated again
        expected = list(fresh.CorpusGenerator(seed=7).articles(6))
        assert [(r.id, r.text, r.meta) for r in loaded] == [(r.id, r.text, r.meta)
                                                            for r in expected]
        assert fresh.ensure_corpus(7, seed=7) != path
    finally:
        monkeypatch.delenv("NATO_BENCH_CACHE")
        importlib.reload(corpus)
