"""Stores and records for the store tests, built from general phrases, not from test answers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from nato_reader.core.record import Record, Relation, Span, article_id
from nato_reader.store import Store

TEXT = (
    "قال الأمين العام ينس ستولتنبرغ إن \"الأمن ليس إقليميا\". "
    "وأضافت وزارة الخارجية الصينية أن الصين ترفض ذلك.\n"
    "وزار كيشيدا أوكرانيا يوم الثلاثاء."
)


def span_at(text: str, piece: str, label: str, sid: str, *, occurrence: int = 0,
            **attrs: Any) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return Span(start=start, end=start + len(piece), label=label, text=piece, id=sid,
                attrs=attrs)


def _make_record(text: str = TEXT, *, title: str = "عنوان", date: str | None = "2024-01-30",
                source: str = "test") -> Record:
    """A record whose spans are found in ``text`` (the phrases of TEXT when it is TEXT)."""
    spans: list[Span] = []
    relations: list[Relation] = []
    if "ستولتنبرغ" in text:
        spans.append(span_at(text, "ينس ستولتنبرغ", "PERSON", "s1", canonical="ينس ستولتنبرغ"))
        spans.append(span_at(text, "الأمن ليس إقليميا", "QUOTE", "s2", speaker="ينس ستولتنبرغ"))
        relations.append(Relation("s2", "s1"))
    if "الصين ترفض" in text:
        spans.append(span_at(text, "وزارة الخارجية الصينية", "ORG", "s3"))
        spans.append(span_at(text, "الصين", "COUNTRY", "s4", occurrence=1, country="CN"))
    if "أوكرانيا" in text:
        spans.append(span_at(text, "أوكرانيا", "COUNTRY", "s5", country="UA"))
    return Record(id=article_id(text), text=text,
                  meta={"title": title, "source": source, "date": date},
                  spans=spans, relations=relations)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store.db", seed=False) as s:
        yield s


@pytest.fixture()
def stored(store: Store) -> tuple[Store, str]:
    """A store holding TEXT with its spans as open suggestions."""
    record = _make_record()
    store.add_records([record], analyze=False)
    return store, record.id


def _snapshot(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a database before and after."""
    tables = ("articles", "spans", "relations", "entities", "entity_aliases", "annotators",
              "events", "articles_fts")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def _article_rows(store: Store, aid: str) -> tuple:
    """What undo must restore: the article's status and every span and relation row."""
    return (
        store.db.execute("SELECT status, review_comment, n_quotes, n_open FROM articles"
                         " WHERE id = ?", [aid]).fetchall(),
        store.db.execute("SELECT * FROM spans WHERE article_id = ? ORDER BY pk",
                         [aid]).fetchall(),
        store.db.execute("SELECT * FROM relations WHERE article_id = ? ORDER BY pk",
                         [aid]).fetchall(),
        store.db.execute("SELECT * FROM entity_aliases ORDER BY pk").fetchall(),
    )


@pytest.fixture(name="make_record")
def make_record_fixture() -> Callable[..., Record]:
    return _make_record


@pytest.fixture(name="snapshot")
def snapshot_fixture() -> Callable[[Store], dict[str, list[tuple]]]:
    return _snapshot


@pytest.fixture(name="article_rows")
def article_rows_fixture() -> Callable[[Store, str], tuple]:
    return _article_rows
