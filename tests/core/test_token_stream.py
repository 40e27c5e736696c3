"""The shared token stream: the same words, at the same offsets, as the word pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_reader.core.lexicon import lexicon
from nato_reader.core.matching import token_stream
from nato_reader.core.text import normalize
from nato_reader.core.tokens import tokenize

# Words no lexicon entry is made of (so none is split as glued), between every kind of
# separator: spaces, runs of them, common and rare punctuation, line breaks, a hashtag.
_ALPHABET = "ab1ق٣ \u00a0  ._%„،؛\n\r\t-#@$ـً"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_token_stream_finds_the_words_the_word_pattern_finds(text: str) -> None:
    nm = normalize(text)
    toks = token_stream(nm, lexicon())
    assert list(toks) == tokenize(nm)
    assert toks.texts() == [t.text for t in toks]
    assert toks.starts() == [t.start for t in toks]
    assert all(nm.norm[t.start : t.end] == t.text for t in toks)


def test_token_stream_keeps_offsets_after_a_split_glued_word() -> None:
    nm = normalize("قالت روسياوالصين إن الاتفاق، 50% منه «جاهز».")
    toks = token_stream(nm, lexicon())
    assert [t.text for t in toks][:4] == ["قالت", "روسيا", "والصين", "ان"]
    assert toks.texts() == [t.text for t in toks]
    assert toks.starts() == [t.start for t in toks]
    assert all(nm.norm[t.start : t.end] == t.text for t in toks)
