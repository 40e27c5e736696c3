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

from bisect import bisect_right
from collections.abc import Iterable
from sys import maxsize
from typing import NamedTuple

import regex

# The rules above as one pattern, so a text is cut in a single pass of compiled code. Spaces
# are what str.isspace calls whitespace (Unicode's White_Space plus the separators
# U+001C-U+001F), so no token ever holds one. "_" (Pc) joins hashtags: #حلف_الناتو.
_SPACE = r"\s\x1c-\x1f"
_MARK = rf"[[\p{{M}}\p{{C}}\u0640]--[{_SPACE}]]"  # belongs to the word or symbol it follows
_PUNCT = r"[\p{P}--\p{Pc}]"
_WORD_OR_MARK = rf"[^{_SPACE}\p{{S}}{_PUNCT}]"
_TOKEN = regex.compile(rf"{_PUNCT}|\p{{S}}(?:\p{{S}}|{_MARK})*|{_WORD_OR_MARK}+",
                       regex.VERSION1)

# Ends a sentence for CoNLL's blank lines (the Arabic question mark and full stop included).
SENTENCE_END = frozenset(".!?؟۔…")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    id: int
    ws: bool  # followed by whitespace

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "id": self.id,
                "ws": self.ws}


# Builds a Token without NamedTuple's keyword-handling constructor: one token per word of
# every exported article makes that call the cost of an export.
_new = tuple.__new__
_AFTER_ANY = maxsize  # sorts after every end offset in a (start, end) pair


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """Split ``text`` into tokens, cutting any token that a boundary offset falls inside."""
    pieces = [m.span() for m in _TOKEN.finditer(text)]
    for cut in sorted(set(boundaries), reverse=True):
        # From the last edge back, so that a piece cut twice is found again by its start.
        i = bisect_right(pieces, (cut, _AFTER_ANY)) - 1
        if i >= 0 and pieces[i][0] < cut < pieces[i][1]:
            start, end = pieces[i]
            pieces[i : i + 1] = [(start, cut), (cut, end)]
    n_text = len(text)
    # A cut piece never has whitespace after it: the rest of its word does.
    return [_new(Token, (text[start:end], start, end, i, end < n_text and text[end].isspace()))
            for i, (start, end) in enumerate(pieces)]


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
