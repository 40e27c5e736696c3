"""Turn what a reader selected into the span an annotator meant.

A mouse selection rarely lands on word boundaries: it starts inside a word, takes a space or
a quotation mark along, or stops between a letter and its diacritics. ``snap_selection``
widens it to whole words (never cutting a letter from its marks, an emoji from its modifiers
or a flag in half), trims what the label's boundaries exclude (CONVENTIONS.md), and for entity
labels drops the proclitics و ف ب ل ك: selecting لأوكرانيا and tagging COUNTRY gives
أوكرانيا. Offsets are code points, as everywhere in the core.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from nato_reader.core.record import ENTITY_LABELS
from nato_reader.core.tokens import PROCLITICS, readings

TATWEEL = "\u0640"
ZWNJ, ZWJ = "\u200c", "\u200d"
QUOTE_MARKS = frozenset("\"'«»“”„‟‘’‚‹›")
HAMZA_ALEFS = frozenset("أإآ")
# A word of at most this many letters left after a proclitic is never split off: the proclitic
# is then more likely a root letter (بر، كم).
_MIN_STEM = 3

KnownName = Callable[[str], bool]


def is_word_char(ch: str) -> bool:
    """Letters, digits, combining marks, tatweel and the zero-width joiners of Arabic words."""
    if ch.isalnum() or ch in (TATWEEL, ZWNJ, ZWJ):
        return True
    return unicodedata.category(ch)[0] in "LMN"


def _joins_previous(text: str, i: int) -> bool:
    """True when ``text[i]`` cannot start a new character on screen (a mark, a modifier …)."""
    ch = text[i]
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Mc") or ch in (ZWJ, "\ufe0e", "\ufe0f"):
        return True
    if 0x1F3FB <= ord(ch) <= 0x1F3FF:  # emoji skin-tone modifiers
        return True
    if i > 0 and text[i - 1] == ZWJ and cat == "So":  # the next emoji of a ZWJ sequence
        return True
    return _is_regional(ch) and _regional_run_before(text, i) % 2 == 1


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _regional_run_before(text: str, i: int) -> int:
    n = 0
    while i - n - 1 >= 0 and _is_regional(text[i - n - 1]):
        n += 1
    return n


def cluster_start(text: str, i: int) -> int:
    """Move ``i`` back to the start of the character (grapheme) it falls into."""
    i = max(0, min(i, len(text)))
    while 0 < i < len(text) and _joins_previous(text, i):
        i -= 1
    return i


def cluster_end(text: str, i: int) -> int:
    """Move ``i`` forward past marks and modifiers that belong to the character before it."""
    i = max(0, min(i, len(text)))
    while 0 < i < len(text) and _joins_previous(text, i):
        i += 1
    return i


def word_at(text: str, pos: int) -> tuple[int, int] | None:
    """The word around ``pos`` (a caret), or None when the caret touches no word."""
    if pos < len(text) and is_word_char(text[pos]):
        probe = pos
    elif pos > 0 and is_word_char(text[pos - 1]):
        probe = pos - 1
    else:
        return None
    start = probe
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    end = probe + 1
    while end < len(text) and is_word_char(text[end]):
        end += 1
    return start, end


def snap_selection(
    text: str, start: int, end: int, label: str, known: KnownName | None = None
) -> tuple[int, int] | None:
    """The span ``label`` should get for a selection of ``text[start:end]``, or None if empty.

    ``known`` says whether a string is a name the lexicon knows; with it, a proclitic is
    dropped exactly when what remains is a known name.
    """
    start, end = sorted((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    if start == end:
        word = word_at(text, start)
        if word is None:
            return None
        start, end = word
    entity = label in ENTITY_LABELS
    start, end = _trim(text, start, end, entity)
    if start >= end:
        return None
    start, end = _widen_to_words(text, start, end)
    # A mark or joiner after a space has no letter to belong to: it never starts a span.
    while start < end and (text[start].isspace() or _joins_previous(text, start)):
        start += 1
    if not any(unicodedata.category(ch)[0] in "LN" for ch in text[start:end]):
        return None
    if entity:
        start = start + proclitic_length(text[start:end], known)
    return (start, end) if start < end else None


def _trim(text: str, start: int, end: int, entity: bool) -> tuple[int, int]:
    """Drop what a span never starts or ends with.

    Entities are words, so anything that is not a word character goes; quotes and claims keep
    their closing punctuation (a quoted sentence ends with its full stop) and lose only
    spaces and the quotation marks around them.
    """

    def droppable(ch: str) -> bool:
        if entity:
            return not is_word_char(ch)
        return ch.isspace() or ch in QUOTE_MARKS or unicodedata.category(ch) == "Cf"

    while start < end and droppable(text[start]):
        start += 1
    while end > start and droppable(text[end - 1]) and not _joins_previous(text, end - 1):
        end -= 1
    return start, end


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        start -= 1
    while end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        end += 1
    return cluster_start(text, start), cluster_end(text, end)


def proclitic_length(phrase: str, known: KnownName | None = None) -> int:
    """How many leading characters of ``phrase`` are proclitics (و ف ب ل ك and chains of them).

    With ``known``, the first segmentation (``tokens.readings``, the unsplit word first) whose
    stem the lexicon knows wins, multi-word names included: وكوريا الشمالية → كوريا الشمالية.
    Without a match, a proclitic is split off only where Arabic spelling shows the seam: before
    the article ال (والصين) or a hamza on alef (لأوكرانيا); after ل+ال the article's lam stays
    (للصين → لصين).
    """
    word_end = 0
    while word_end < len(phrase) and is_word_char(phrase[word_end]):
        word_end += 1
    word, tail = phrase[:word_end], phrase[word_end:]
    if known is not None:
        for reading in readings(word):
            if known(reading.key + tail):
                return cluster_end(phrase, reading.offset)
    for prefix in sorted(PROCLITICS, key=len, reverse=True):
        cut = len(prefix)
        if not prefix or not word.startswith(prefix) or word_end - cut < _MIN_STEM:
            continue
        rest = word[cut:]
        lam_of_article = prefix.endswith("ل") and rest.startswith("ل") and not rest.startswith("ال")
        if lam_of_article or rest.startswith("ال") or rest[0] in HAMZA_ALEFS:
            return cut
    return 0
