"""The search index's text: folding whole articles word by word, and re-indexing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_reader.core.record import Record
from nato_reader.store import Store
from nato_reader.store.searchtext import normalize, normalize_text

# Arabic letters and marks, tatweel, Latin, digits, spaces and the invisible characters.
_ALPHABET = st.sampled_from([
    *"ابتثجحخدذرسشصضطظعغفقكلمنهوىيءأإآؤئةٱ", "\u064e", "\u0651", "\u0652", "\u0640",
    *"aZ09 \n\t", "\u200c", "\u200d", "\u200f", "\u202b", "\u00a0", "😀", "\U0001f1fa",
    "\U0001f1e6",
])


@settings(deadline=None)  # the first examples fill the word cache; machines are busy
@given(st.text(_ALPHABET, max_size=60))
def test_word_by_word_folding_keeps_the_words_of_the_whole_text(text: str):
    assert normalize_text(text).split() == normalize(text).split()


def test_a_database_indexed_by_another_normaliser_is_reindexed(tmp_path: Path):
    path = tmp_path / "old-index.db"
    with Store.open(path, seed=False) as store:
        store.add_records([Record(id="r", text="قال إيرَان", meta={"title": "عنوان"})],
                          analyze=False)
        store.db.execute("UPDATE articles_fts SET body = 'كلام قديم'")
        store.db.execute("UPDATE store_meta SET value = 'another normaliser'")
        store.db.conn.commit()
        assert store.search("ايران") == []
    with Store.open(path) as store:
        assert [r.id for r in store.search("ايران")] == ["r"]
        assert store.search("قديم") == []
