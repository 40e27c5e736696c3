"""Quote-attribution training data: one line per QUOTE (and CLAIM when asked for).

Each line holds the statement, its speaker and the speaker's country where the record tells
it, the speech cue that attributes it, the sentence around it, and where all of these are in
the article. The speaker is the span that the statement's SAID_BY relation points at; without
one, the span whose name is the statement's ``speaker``. The country is the speaker span's own
``country``, else that of a NORP or COUNTRY right next to it in the same sentence
(``رئيس الوزراء الياباني فوميو كيشيدا``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from nato_reader.core.cues import Cue, find_cues
from nato_reader.core.record import CLAIM, COUNTRY, NORP, QUOTE, SAID_BY, Record, Span
from nato_reader.formats.tokens import SENTENCE_END

# How far a cue or a country word may be from the speaker to count as attached to it.
_NEAR_SPEAKER = 60
_NEAR_STATEMENT = 120
# A sentence without punctuation is cut at this many characters each side of the statement.
_MAX_CONTEXT = 1000
_BREAKS = SENTENCE_END | {"\n"}
# What may not stand between a speaker and the country word of their title: a sentence end,
# a quotation mark or a colon (the word would belong to the quote), or more than a few words.
_TITLE_BREAKS = _BREAKS | set("«»\"“”„:")
_TITLE_WORDS = 4


def quote_lines(record: Record, *, include_claims: bool = False) -> Iterator[dict[str, Any]]:
    """The quote-attribution examples of one record, in text order."""
    labels = (QUOTE, CLAIM) if include_claims else (QUOTE,)
    statements = [s for s in record.spans if s.label in labels]
    if not statements:
        return
    by_id = record.span_by_id()
    said_by = {r.head: by_id.get(r.child) for r in record.relations if r.label == SAID_BY}
    quoted = [(s.start, s.end) for s in record.spans if s.label == QUOTE]
    # A speech verb inside a quotation attributes nothing (his «أود أن أؤكد»).
    cues = [c for c in find_cues(record.text)
            if not any(a <= c.start and c.end <= b for a, b in quoted)]
    for span in statements:
        speaker_span = said_by.get(span.id) or _named(record, span.get("speaker"))
        speaker = span.get("speaker") or (
            (speaker_span.get("canonical") or speaker_span.text) if speaker_span else None
        )
        cue = _cue(record.text, cues, span, speaker_span)
        sentence_start, sentence_end = _sentence(record.text, span.start, span.end)
        yield {
            "article_id": record.id,
            "label": span.label,
            "text": span.text,
            "start": span.start,
            "end": span.end,
            "speaker": speaker,
            "speaker_start": speaker_span.start if speaker_span else None,
            "speaker_end": speaker_span.end if speaker_span else None,
            "speaker_country": _person_country(record, speaker_span) if speaker_span else None,
            "cue": record.text[cue.start : cue.end] if cue else None,
            "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "sentence": record.text[sentence_start:sentence_end],
            "sentence_start": sentence_start,
            "source": span.source,
        }


def _named(record: Record, name: str | None) -> Span | None:
    if not name:
        return None
    for span in record.spans:
        if span.label not in (QUOTE, CLAIM) and name in (span.get("canonical"), span.text):
            return span
    return None


def _unbroken(text: str, start: int, end: int, limit: int) -> bool:
    """Whether ``text[start:end]`` is short and crosses no sentence end."""
    return 0 <= end - start <= limit and not any(ch in _BREAKS for ch in text[start:end])


def _cue(text: str, cues: list[Cue], statement: Span, speaker: Span | None) -> Cue | None:
    """The speech cue that ties the statement to its speaker, if one is where it should be."""
    outside = [c for c in cues if c.end <= statement.start or c.start >= statement.end]
    if speaker is not None:
        speaker_after = speaker.start >= statement.end
        lo, hi = ((statement.end, speaker.start) if speaker_after
                  else (speaker.end, statement.start))
        between = [c for c in outside if lo <= c.start and c.end <= hi]
        if between:  # «…»، قال ستولتنبرغ  /  ستولتنبرغ قال إن …
            return between[-1] if speaker_after else between[0]
        before = [c for c in outside if c.end <= speaker.start
                  and _unbroken(text, c.end, speaker.start, _NEAR_SPEAKER)]
        return before[-1] if before else None  # وقال الأمين العام … ستولتنبرغ: «…»
    before = [c for c in outside if c.end <= statement.start
              and _unbroken(text, c.end, statement.start, _NEAR_STATEMENT)]
    if before:
        return before[-1]
    after = [c for c in outside if c.start >= statement.end
             and _unbroken(text, statement.end, c.start, _NEAR_SPEAKER)]
    return after[0] if after else None


def _person_country(record: Record, speaker: Span) -> str | None:
    """The country of the speaker's span or, for a short later mention (``كيشيدا``), of any
    mention of the same person (same ``canonical``) that tells it."""
    found = _country(record, speaker)
    canonical = speaker.get("canonical")
    if found or not canonical:
        return found
    for other in record.spans:
        if other is not speaker and other.get("canonical") == canonical:
            found = _country(record, other)
            if found:
                return found
    return None


def _country(record: Record, speaker: Span) -> str | None:
    """The speaker's country: their own, one named inside their span (``وزارة الخارجية
    الصينية``), else a NORP of their title on either side or a COUNTRY just before the name."""
    if speaker.get("country"):
        return speaker.get("country")
    places = [s for s in record.spans if s.label in (NORP, COUNTRY) and s.get("country")]
    inside = [s for s in places if speaker.start <= s.start and s.end <= speaker.end]
    if inside:
        return inside[0].get("country")
    text = record.text
    before = [s for s in places if _in_title(text, s.end, speaker.start)
              and (s.label == NORP or not text[s.end : speaker.start].strip())]
    after = [s for s in places if s.label == NORP and _in_title(text, speaker.end, s.start)]
    if not before and not after:
        return None
    closest = min(before + after,
                  key=lambda s: min(abs(speaker.start - s.end), abs(s.start - speaker.end)))
    return closest.get("country")


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether a country word ending (or starting) here belongs to the speaker's title."""
    if start > end:
        return False
    gap = text[start:end]
    return not any(ch in _TITLE_BREAKS for ch in gap) and len(gap.split()) <= _TITLE_WORDS


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence around ``start:end``, which may itself hold sentence ends."""
    lo = start
    while lo > 0 and start - lo < _MAX_CONTEXT and text[lo - 1] not in _BREAKS:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < _MAX_CONTEXT and text[hi] not in _BREAKS:
        hi += 1
    if hi < len(text) and text[hi] != "\n":
        hi += 1  # the full stop belongs to the sentence
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi
