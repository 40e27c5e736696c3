"""The names an organisation goes by in one article, and the one a speaker is shown with.

An organisation is often introduced with its full name and its short name in brackets
(المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)), or with its head noun in front of a short
canonical name (منظمة أطباء بلا حدود): wherever the short form speaks later, the speaker is
shown with the article's fullest form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from nato_reader.core.lang.phrase_words import ORG_HEADS
from nato_reader.core.lexicon import lexicon
from nato_reader.core.record import ORG, Span
from nato_reader.core.text import normalize_key
from nato_reader.core.tokens import Token, split_glued

_key = lru_cache(maxsize=1 << 12)(normalize_key)

# An organisation and its short name in brackets: المجموعة الاقتصادية … (إيكواس).
_ALIAS_GAP = re.compile(r"\s*\(\s*\Z")
_MAX_ALIAS_GAP = 5


def display(span: Span) -> str:
    """The name a span is shown with as a speaker: its canonical name, else its text (with
    the spaces a glued name lost put back: الولاياتالمتحدة → الولايات المتحدة)."""
    canonical = span.get("canonical")
    if canonical:
        return str(canonical)
    text = span.text
    return _spaced(text) if len(text) > 7 and " " not in text else text


@lru_cache(maxsize=4096)
def _spaced(word: str) -> str:
    """``word`` split into the known words it holds, when its spaces were lost."""
    key = _key(word)
    if len(key) != len(word):
        return word  # diacritics or tatweel: the key's offsets are not the word's
    lex = lexicon()
    parts = split_glued(Token(0, len(key), key), lex.known_word, lex.entries.__contains__)
    # Only a split that gives a name the lexicon holds (not two words that merely meet).
    if not parts or " ".join(p.text for p in parts) not in lex.entries:
        return word
    return " ".join(word[p.start:p.end] for p in parts)


def org_aliases(text: str, entities: Sequence[Span]) -> dict[str, str]:
    """Short names of organisations written in brackets after the full name (المجموعة
    الاقتصادية لدول غرب أفريقيا (إيكواس)) → the full name: the article's fullest form names
    the speaker wherever the short one is used."""
    out: dict[str, str] = {}
    orgs = [e for e in entities if e.label == ORG]
    for span in orgs:
        start = span.start
        before = text[max(0, start - 20):start - 1].rpartition(" ")[2] if (
            start > 1 and text[start - 1] == " ") else ""
        name = span.attrs.get("canonical") or span.text
        fuller = _fuller(name, span.text, before)
        if fuller and name not in out:
            out[name] = fuller
    for full, short in pairwise(orgs):
        if (short.start - full.end < _MAX_ALIAS_GAP
                and _ALIAS_GAP.match(text, full.end, short.start)
                and text[short.end:short.end + 3].lstrip().startswith(")")):
            out.setdefault(display(short), out.get(display(full), display(full)))
    return out


@lru_cache(maxsize=4096)
def _fuller(name: str, written: str, before: str) -> str:
    """The fullest form of an organisation's canonical ``name`` in its mention ``written``,
    with the word ``before`` it: منظمة أطباء بلا حدود for أطباء بلا حدود, "" if none."""
    key = _key(name)
    if key.split(" ", 1)[0] in ORG_HEADS:
        return ""  # the canonical name has its head noun already (حلف شمال الأطلسي)
    written = " ".join(written.split())
    if _key(written).endswith(" " + key):
        return written  # the span holds more than its short canonical name
    if (before.isalpha() and not before.startswith("ال") and _key(before) in ORG_HEADS
            and not key.startswith(_key(before))):
        return f"{before} {name}"
    return ""
