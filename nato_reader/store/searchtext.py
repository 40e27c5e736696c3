"""What the full-text index sees: a normalised copy of the text, and user queries made safe.

Users type words, ``word*`` prefixes, ``"a phrase"`` and the operators AND, OR, NOT. FTS5's own
syntax treats many ordinary characters as operators (``-``, ``:``, ``^``, parentheses), so the
query is rebuilt here by hand, term by term, with every term quoted; what cannot be made into a
query becomes a SearchError saying what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from nato_reader.core.text import normalize_key
from nato_reader.store.errors import SearchError

# The engine's folding (diacritics, tatweel, hamza/alef forms, invisible characters), so that
# search and the lexicons agree on what counts as the same word.
normalize: Callable[[str], str] = normalize_key
_normalize_word = lru_cache(maxsize=100_000)(normalize)


def normalize_text(text: str) -> str:
    """``normalize`` for whole articles, word by word through a cache.

    News repeats its words, so folding each distinct word once makes indexing a large import
    several times faster. The folding maps characters one by one, so this has the words of
    ``normalize(text)`` (a word of marks alone leaves an extra space the index ignores).
    """
    return " ".join(map(_normalize_word, text.split()))


# Changes whenever the normaliser's output changes; stored beside the index so that a database
# indexed by another normaliser is re-indexed when opened.
_PROBE = "إِيرَانُ أمــن آسيا ٱلقدس مستشفى مدرسة سؤال رئيس \u200cی ک ABC"
NORMALIZER_FINGERPRINT = normalize(_PROBE)

_OPERATORS = ("AND", "OR", "NOT")
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<word>[^\s"]+)|(?P<quote>")')
_WORD_CHARS = re.compile(r"\w+")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _term(raw: str, *, prefix: bool) -> str | None:
    """An FTS5 phrase for ``raw``; None when nothing searchable is left (only punctuation)."""
    words = _WORD_CHARS.findall(normalize(raw))
    if not words:
        return None
    return _quoted(" ".join(words)) + ("*" if prefix else "")


def to_fts_query(query: str) -> str:
    """Turn what a user typed into an FTS5 MATCH expression, or raise SearchError."""
    parts: list[str] = []
    for match in _TOKEN.finditer(query):
        if match["quote"]:
            raise SearchError(f"search {query!r}: a quotation mark is not closed")
        if match["phrase"] is not None:
            term = _term(match["phrase"], prefix=bool(match["pstar"]))
            if term:
                parts.append(term)
            continue
        word = match["word"]
        if word in _OPERATORS:
            parts.append(word)
            continue
        if word.strip("*") == "":
            raise SearchError(f"search {query!r}: '*' must follow a word (as in ايران*)")
        term = _term(word.rstrip("*"), prefix=word.endswith("*"))
        if term:
            parts.append(term)
    if not any(p not in _OPERATORS for p in parts):
        raise SearchError(f"search {query!r}: there is no word to search for")
    for i, part in enumerate(parts):
        if part in _OPERATORS:
            first, last = i == 0, i == len(parts) - 1
            if first or last or parts[i + 1] in _OPERATORS:
                raise SearchError(
                    f"search {query!r}: {part} needs a word on each side "
                    f"(search for the word itself in quotes: \"{part.lower()}\")"
                )
    return " ".join(parts)
