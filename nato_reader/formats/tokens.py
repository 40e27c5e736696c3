"""Tokens for the token-based exports (Prodigy, CoNLL), cut so that every span fits them.

Training tools want spans on token boundaries, but an Arabic span often starts inside a
written word (``لأوكرانيا`` holds the COUNTRY ``أوكرانيا`` after the proclitic ``ل``). So the
tokens here are cut at whitespace and punctuation, and then again at every span boundary.
Written by hand: spaCy's and Prodigy's tokenisers know nothing of our spans.

Rules: whitespace is never part of a token; each punctuation mark is a token of its own; a
run of symbols (emoji, a flag's two letters, with their joiners and variation selectors) is
one token; letters, digits, combining marks (diacritics), tatweel and invisible format
characters (zero-width joiners, bidi controls) stick together as words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

_WORD, _SYMBOL, _PUNCT = "word", "symbol", "punct"
_NON_SPACE = re.compile(r"\S+")  # re's \s is str.isspace: the same whitespace everywhere

# Ends a sentence for CoNLL's blank lines (the Arabic question mark and full stop included).
SENTENCE_END = frozenset(".!?؟۔…")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    id: int
    ws: bool  # followed by whitespace

    def to_dict(self) -> dict[str, object]:
        return self._asdict()


def _kind(ch: str, previous: str | None) -> str:
    cat = unicodedata.category(ch)
    if cat[0] in "MC" or ch == "\u0640":
        # Marks, joiners and bidi controls belong to whatever they follow.
        return previous if previous in (_WORD, _SYMBOL) else _WORD
    if cat[0] == "P" and cat != "Pc":  # "_" joins hashtags: #حلف_الناتو
        return _PUNCT
    if cat[0] == "S":
        return _SYMBOL
    return _WORD


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the tokens before span boundaries are applied."""
    pieces: list[tuple[int, int]] = []
    for m in _NON_SPACE.finditer(text):
        if m.group().isalnum():  # most words: letters only, one token, no need to look closer
            pieces.append(m.span())
        else:
            _split_chunk(text, m.start(), m.end(), pieces)
    return pieces


def _split_chunk(text: str, begin: int, end: int, pieces: list[tuple[int, int]]) -> None:
    start = begin
    current: str | None = None
    for i in range(begin, end):
        kind = _kind(text[i], current)
        if kind != current or kind == _PUNCT:
            if current is not None:
                pieces.append((start, i))
            start, current = i, kind
    if current is not None:
        pieces.append((start, end))


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """Split ``text`` into tokens, cutting any token that a boundary offset falls inside."""
    cuts = sorted(set(boundaries))
    n_cuts, n_text = len(cuts), len(text)
    tokens: list[Token] = []
    c = 0
    for start, end in _pieces(text):
        while c < n_cuts and cuts[c] <= start:
            c += 1
        a = start
        while c < n_cuts and cuts[c] < end:  # a span edge inside: cut, no space follows
            tokens.append(Token(text[a : cuts[c]], a, cuts[c], len(tokens), False))
            a = cuts[c]
            c += 1
        ws = end < n_text and text[end].isspace()
        tokens.append(Token(text[a:end], a, end, len(tokens), ws))
    return tokens


def span_tokens(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """Indices of the first and last token inside ``start:end`` (inclusive), or None if none is.

    With tokens from ``tokenize(text, boundaries)`` that include ``start`` and ``end``, the
    tokens cover the span exactly, apart from whitespace at its edges.
    """
    lo, hi = 0, len(tokens)
    while lo < hi:  # first token that ends after start
        mid = (lo + hi) // 2
        if tokens[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    first = lo
    last = first - 1
    while last + 1 < len(tokens) and tokens[last + 1].end <= end:
        last += 1
    if last < first or tokens[first].start < start:
        return None
    return first, last
