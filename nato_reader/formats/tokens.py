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

from collections.abc import Iterable
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


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[Token]:
    """Split ``text`` into tokens, cutting any token that a boundary offset falls inside."""
    cuts = sorted(set(boundaries))
    n_cuts, n_text = len(cuts), len(text)
    tokens: list[Token] = []
    append = tokens.append
    c = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while c < n_cuts and cuts[c] <= start:
            c += 1
        if c < n_cuts and cuts[c] < end:  # span edges inside: cut there, no space follows
            a = start
            while c < n_cuts and cuts[c] < end:
                append(Token(text[a : cuts[c]], a, cuts[c], len(tokens), False))
                a = cuts[c]
                c += 1
            append(Token(text[a:end], a, end, len(tokens),
                         end < n_text and text[end].isspace()))
        else:
            append(Token(match.group(), start, end, len(tokens),
                         end < n_text and text[end].isspace()))
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
