"""Imports larger than one chunk: read lazily, still one transaction, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nato_reader.core import analyze
from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import Store, StoreError, articles

SENTENCE = "قال وزير الخارجية الفرنسي إن \"الحوار مع روسيا ضروري\""


def texts(n: int) -> list[str]:
    return [f"{SENTENCE} ({i})." for i in range(n)]


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(articles, "CHUNK_RECORDS", 3)


def test_records_are_read_one_chunk_at_a_time(store: Store):
    read = []

    def records() -> Iterator[Record]:
        for text in texts(10):
            read.append(text)
            # The store never holds more than a chunk, plus the next one being analysed.
            assert len(read) - len(store_ids()) <= 2 * articles.CHUNK_RECORDS
            yield Record(id=article_id(text), text=text)

    def store_ids() -> list[str]:
        return [r[0] for r in store.db.execute("SELECT id FROM articles")]

    result = store.add_records(records(), analyze=False)
    assert len(result.added) == 10 and not result.skipped
    assert store.count_articles() == 10
    assert store.check() == []


def test_a_bad_record_in_a_late_chunk_leaves_nothing_stored(store: Store):
    good = [Record(id=article_id(t), text=t) for t in texts(8)]
    bad = Record(id="bad", text="نص قصير", spans=[Span(0, 99, "PERSON", "نص قصير", id="s1")])
    with pytest.raises(StoreError, match=r"record 9 \(bad\)"):
        store.add_records([*good, bad], analyze=True)
    assert store.count_articles() == 0
    assert store.events() == []


def test_repeats_across_chunks_are_skipped_and_analysis_matches_the_engine(store: Store):
    batch = texts(7)
    records = [Record(id=article_id(t), text=t) for t in [*batch, batch[0], batch[5]]]
    result = store.add_records(records, analyze=True)
    assert len(result.added) == 7
    assert result.skipped == [article_id(batch[0]), article_id(batch[5])]
    for text in batch[::3]:
        assert store.get_record(article_id(text)).to_dict()["spans"] == \
            analyze.analyze(text).to_dict()["spans"]
    assert [e.after for e in store.events() if e.action == "import"] == \
        [{"added": result.added, "skipped": result.skipped}]
