"""Which cue a quotation or a claim hangs on: the cue right after a quotation ("…"، قال X),
else the last one before it in its sentence; the source phrase between a claim's verb and the
claim (نقلا عن مسؤول); the claim a quotation sits in, whose reporter quotes it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from nato_reader.core.claims import Claim, Sentences
from nato_reader.core.cues import ADVERBIAL, SOURCE, VERB, Cue
from nato_reader.core.record import Span
from nato_reader.core.speaker_words import PHRASE_WORD

# How many words (هكذا، بهذه العبارة، بهذه العبارة المقتضبة) may point from a quotation that
# opens a sentence to the cue that takes it up.
_MAX_POINTER_WORDS = 3
# What may stand between a quotation's closing mark and a cue that follows it.
_AFTER_QUOTE_GAP = re.compile(r"[^\S\n]*[،,؛;:\-–—]?[^\S\n]*\Z")
_QUOTE_MARK = re.compile("[\"«»“”„‟]")


def unknown_cues(claims: Sequence[Claim], cues: Sequence[Cue]) -> set[Cue]:
    """The cues of ``claims`` that are not among ``cues``. A claim mostly holds the very cue
    object it was found with, so values are compared (a Cue hashes all its fields, in
    Python) only for the others."""
    ids = {id(c) for c in cues}
    others = [c.cue for c in claims if id(c.cue) not in ids]
    return set(others) - set(cues) if others else set()


def one_per_value(live: Sequence[Cue], more: Sequence[Cue]) -> dict[int, Cue]:
    """For the id of each cue in ``live`` (sorted by start) and ``more``, the first of them
    equal to it. Equal cues start alike, so only neighbours of equal start are compared;
    a cue of ``more`` not in ``live`` is looked up by value."""
    same: dict[int, Cue] = {}
    group: list[Cue] = []  # the distinct live cues at the current start
    for cue in live:
        if not group or group[0].start != cue.start:
            group = [cue]
            same[id(cue)] = cue
            continue
        for c in group:
            if c == cue:
                same[id(cue)] = c
                break
        else:
            same[id(cue)] = cue
            group.append(cue)
    by_value: dict[Cue, Cue] | None = None
    for cue in more:
        if id(cue) in same:
            continue
        if by_value is None:
            by_value = {}
            for c in live:
                by_value.setdefault(c, c)
        same[id(cue)] = by_value.setdefault(cue, cue)
    return same


def reporting_cue(quote: Span, cue: Cue | None, holders: Sequence[Claim],
                   starts: Sequence[int], reach: Sequence[int]) -> Cue | None:
    """The cue of the innermost claim holding ``quote`` when the quotation's own cue is a
    verb inside that claim (قال الوزير إن الصين تدعو إلى "الحوار": the minister quotes).

    ``holders`` are the claims sorted by start, ``starts`` their starts and ``reach`` the
    furthest end among each claim and those before it: the innermost holder is the
    latest-starting claim that begins at or before the quotation and reaches its end, and
    the search back stops where no earlier claim reaches that far."""
    holder = None
    k = bisect_right(starts, quote.start) - 1
    while k >= 0 and reach[k] >= quote.end:
        if holders[k].span.end >= quote.end:
            holder = holders[k]
            break
        k -= 1
    if holder is None or holder.cue.start >= holder.span.start:
        return None
    if cue is not None and cue.start < holder.span.start:
        return None
    return holder.cue


def source_between(claim: Claim, cues: Sequence[Cue], starts: Sequence[int]) -> Cue:
    """The cue a claim is reported on: a source phrase between its verb and the claim
    (ذكرت الوكالة نقلا عن مسؤول أن …) names who said it, else the verb does."""
    k = bisect_right(starts, claim.cue.end)
    while k < len(cues) and cues[k].start < claim.span.start:
        if cues[k].kind == SOURCE and cues[k].named and claim.cue.kind == VERB:
            return cues[k]
        k += 1
    return claim.cue


def quote_cue(text: str, quote: Span, cues: Sequence[Cue], starts: Sequence[int],
               sentences: Sentences) -> Cue | None:
    """The cue a quotation hangs on: right after it, else the last one before it in its
    sentence."""
    close = quote.end + 1  # past the closing mark
    sentence_start = sentences.start_before(quote.start)
    k = bisect_left(starts, close)
    if k < len(cues):
        cue = cues[k]
        # The colon of a later cue (…، قالت X، مضيفة: "…") opens that cue's quotation.
        reach = min(sentences.end_after(cue.end), cue.end + 80,
                    starts[k + 1] if k + 1 < len(starts) else len(text))
        opens_own = ":" in text[cue.end:reach]
        if cue.kind != ADVERBIAL and not cue.clitic and not opens_own and (
            _AFTER_QUOTE_GAP.match(text, close, cue.start)
            or _points_back(text, sentence_start, quote, cue, sentences)
        ):
            # "…"، قال X; "…"، بهذه العبارة لخص X — unless the cue opens a quotation of its
            # own (قال X:)
            return cue
    k = bisect_right(starts, quote.start) - 1
    if k >= 0 and cues[k].start >= sentence_start:
        return cues[k]
    return None


def _points_back(text: str, sentence_start: int, quote: Span, cue: Cue,
                 sentences: Sentences) -> bool:
    """Whether a quotation that opens its sentence is taken up by a cue a few words later
    in that sentence ("…"، بهذه العبارة لخص X، "…"، هكذا وصف X)."""
    close = quote.end + 1
    return (not text[sentence_start:quote.start - 1].strip()
            and cue.start < sentences.end_after(close)
            and not _QUOTE_MARK.search(text, close, cue.start)
            and len(PHRASE_WORD.findall(text, close, cue.start)) <= _MAX_POINTER_WORDS)
