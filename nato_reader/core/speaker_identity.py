"""Who a speaker is across mentions: the name shown, the span that names them, and the
earlier speaker a short later mention (a surname, a shorter title) stands for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nato_reader.core.cues import fold
from nato_reader.core.lang.function_words import FUNCTION_WORDS
from nato_reader.core.lang.phrase_words import ORG_HEADS, SOURCE_NOUNS
from nato_reader.core.org_aliases import display
from nato_reader.core.record import ORG, PERSON, Span
from nato_reader.core.text import normalize_key

_key = lru_cache(maxsize=1 << 12)(normalize_key)

# How far back a pronoun or a short title looks for its speaker: a few dozen speakers is
# several articles' worth, and keeps a long text linear.
LOOKBACK = 40

# Words that never stand for a person's surname.
NOT_NAME = FUNCTION_WORDS | SOURCE_NOUNS | ORG_HEADS


@dataclass(slots=True, unsafe_hash=True)
class Speaker:
    name: str  # the display name: canonical name, title phrase, or organisation/country name
    key: str  # who it is, across mentions (a person's canonical name)
    mention: Span | None  # the span naming the speaker here; None for a bare title
    gender: str | None = None
    title: str | None = None  # the title phrase the speaker was introduced with, if any
    unlisted: bool = False  # a person named by a name no lexicon knows (no span)


@dataclass(slots=True, unsafe_hash=True)
class Attribution:
    statement: Span
    speaker: Speaker
    mention: Span | None  # the SAID_BY child


def speaker_of(span: Span, gender: str | None, aliases: dict[str, str] | None = None
               ) -> Speaker:
    """The speaker a span names, by the fullest name its organisation goes by."""
    name = display(span)
    if aliases and span.label == ORG:
        name = aliases.get(name, name)
    # Organisations and countries take either gender (وقال البيت الأبيض، وقالت الحكومة).
    return Speaker(name, name, span, gender if span.label == PERSON else None)


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name, folded."""
    return tuple(fold(name).split())


def surname_of(name: str, history: Sequence[Speaker]) -> Speaker | None:
    """The person introduced earlier by a fuller name that ``name`` (one or two words, as
    ``X`` or X written with a tatweel) is part of: a short later mention is the same person."""
    words = name_words(name)
    if not words or len(words) > 2 or any(_key(w) in NOT_NAME for w in words):
        return None
    for earlier in reversed(history[-LOOKBACK:]):
        unlisted = earlier.unlisted or (
            earlier.mention is None and earlier.title not in (None, earlier.name))
        if not unlisted and (earlier.mention is None or earlier.mention.label != PERSON):
            continue
        full = name_words(earlier.key)
        if len(full) > len(words) and all(w in full for w in words):
            return earlier
    return None


@lru_cache(maxsize=1024)
def title_words(phrase: str) -> tuple[str, ...]:
    """The words of a title, folded, the first without its article: ``المسؤول`` and
    ``مسؤول عسكري`` both start with ``مسؤول``."""
    words = fold(phrase).split()
    if words and words[0].startswith("ال") and len(words[0]) > 3:
        words[0] = words[0][2:]
    return tuple(words)


def fits(speaker: Speaker, gender: str | None) -> bool:
    """Whether ``speaker`` may be the subject of a verb of ``gender``."""
    return gender is None or speaker.gender is None or speaker.gender == gender
