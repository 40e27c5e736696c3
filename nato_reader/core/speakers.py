"""Who said it: the speaker of each QUOTE and CLAIM, and the span that names them.

A cue names its speaker right after itself (``وقال X``, ``حسبما قال X``, ``بحسب X``), possibly
after a time phrase (``وقال يوم الخميس X``) and as a title with or without a name (``وقال وزير
الخارجية التركي``). A cue with no name after it (``وقال إن``، ``وأضاف:``، ``قائلاً``، ``على حد
قوله``) continues the most recent speaker whose gender fits the verb (قالت wants a woman, an
organisation or a country). A quotation takes the cue right after it (``"…"، قال X``), else the
last cue before it in its sentence, else the most recent speaker (a paragraph that is only a
quotation continues the one before).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from nato_reader.core.claims import Claim, Sentences
from nato_reader.core.cues import ADVERBIAL, FEM, MASC, Cue
from nato_reader.core.record import COUNTRY, LOCATION, ORG, PERSON, Span

SPEAKER_LABELS = (PERSON, ORG, COUNTRY, LOCATION)
_M = "[\u064b-\u065f\u0670\u0640]*"
_DAYS = "(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
# Time phrases that may stand between a verb and its subject.
_TIME = re.compile(
    rf"\s*(?:(?:يوم|مساء|صباح|ليل|ظهر|فجر)\s+(?:أمس|{_DAYS})|أمس|اليوم|{_DAYS}"
    r"|في وقت (?:سابق|لاحق)(?: من)?(?: اليوم| يوم \S+)?|مجددا|مجدداً|أيضا|أيضاً)(?!\w)[\s،,]*"
)
# What may stand between a quotation's closing mark and a cue that follows it.
_AFTER_QUOTE_GAP = re.compile(r"[^\S\n]*[،,؛;:\-–—]?[^\S\n]*\Z")
# A name may follow a cue with a glued proclitic (وفقا لوزارة، بحسب الوكالة).
_MAX_CLITIC = 2


class TitleLike(Protocol):
    """A title phrase (``وزير الخارجية التركي``) and the PERSON it belongs to, if any."""

    start: int
    end: int
    text: str
    person: Span | None


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str  # the display name: canonical name, title phrase, or organisation/country name
    key: str  # who it is, across mentions (a person's canonical name)
    mention: Span | None  # the span naming the speaker here; None for a bare title
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    statement: Span
    speaker: Speaker
    mention: Span | None  # the SAID_BY child


def _display(span: Span) -> str:
    return str(span.get("canonical") or span.text)


def _speaker_of(span: Span, gender: str | None) -> Speaker:
    name = _display(span)
    # Organisations and countries take either gender (وقال البيت الأبيض، وقالت الحكومة).
    return Speaker(name, name, span, gender if span.label == PERSON else None)


class _Finder:
    def __init__(self, text: str, entities: Sequence[Span], titles: Sequence[TitleLike]) -> None:
        self.text = text
        self.entities = sorted((e for e in entities if e.label in SPEAKER_LABELS),
                               key=lambda e: e.start)
        self.titles = sorted(titles, key=lambda t: t.start)
        self._by_start = {e.start: e for e in self.entities}
        self._title_by_start = {t.start: t for t in self.titles}

    def _at(self, table: dict[int, object], pos: int) -> object | None:
        for offset in range(_MAX_CLITIC + 1):
            hit = table.get(pos + offset)
            if hit is not None:
                return hit
        return None

    def named_after(self, cue: Cue) -> Speaker | None:
        """The speaker named right after ``cue``, or None when the verb has no named subject."""
        pos = cue.end
        m = _TIME.match(self.text, pos)
        if m:
            pos = m.end()
        while pos < len(self.text) and self.text[pos] in " \t\u00a0":
            pos += 1
        title = self._at(self._title_by_start, pos)  # type: ignore[arg-type]
        if title is not None:
            return self._from_title(title, cue.gender)  # type: ignore[arg-type]
        entity = self._at(self._by_start, pos)  # type: ignore[arg-type]
        if isinstance(entity, Span):
            return _speaker_of(entity, cue.gender)
        return None

    def _from_title(self, title: TitleLike, gender: str | None) -> Speaker:
        person = title.person
        if person is None:
            # A name right after the title (…الأمريكي كورت كامبل) is the titled person.
            after = self._at(self._by_start, title.end + 1)
            if isinstance(after, Span) and after.label == PERSON:
                person = after
        if person is not None:
            person = self._by_start.get(person.start, person)
            return _speaker_of(person, gender)
        name = title.text
        return Speaker(name, name, None, gender)


def _fits(speaker: Speaker, gender: str | None) -> bool:
    return gender is None or speaker.gender is None or speaker.gender == gender


def attribute(text: str, quotes: Sequence[Span], claims: Sequence[Claim], cues: Sequence[Cue],
              entities: Sequence[Span], titles: Sequence[TitleLike] = (),
              sentences: Sentences | None = None) -> list[Attribution]:
    """The speaker of every quotation and claim that has one, in text order."""
    finder = _Finder(text, entities, titles)
    sentences = sentences or Sentences(text, quotes)
    live_cues = [c for c in cues if not sentences.in_quote(c.start)]
    cue_starts = [c.start for c in live_cues]
    claim_cue = {id(c.span): c.cue for c in claims}

    history: list[Speaker] = []  # speakers in the order they were named
    latest_mention: dict[str, Span] = {}
    resolved: dict[int, Speaker | None] = {}  # id(cue) → its speaker

    def recent(gender: str | None) -> Speaker | None:
        for speaker in reversed(history):
            if _fits(speaker, gender):
                return speaker
        return None

    # A verb joined by و/ف to an earlier speech verb of its sentence shares that verb's
    # subject (نددت كوريا الشمالية … وقالت إن; دافع X … وانتقد الحلف): the name after it is
    # its object.
    carried = {id(c) for prev, c in pairwise(live_cues)
               if c.clitic and prev.start >= sentences.start_before(c.start)}
    named_ids: set[int] = set()

    def resolve(cue: Cue) -> Speaker | None:
        if id(cue) not in resolved:
            named = None
            if cue.named and cue.kind != ADVERBIAL and id(cue) not in carried:
                named = finder.named_after(cue)
            if named is not None:
                named_ids.add(id(cue))
            resolved[id(cue)] = named if named is not None else recent(cue.gender)
        return resolved[id(cue)]

    # Events in text order; at one offset, names and cues come before the statement.
    events: list[tuple[int, int, object]] = [(e.start, 0, e) for e in finder.entities]
    events += [(c.start, 1, c) for c in live_cues]
    events += [(s.start, 2, s) for s in quotes]
    events += [(c.span.start, 2, c.span) for c in claims]
    events.sort(key=lambda ev: (ev[0], ev[1]))

    out: list[Attribution] = []
    for _, kind, item in events:
        if kind == 0:
            span = item  # type: ignore[assignment]
            latest_mention[_display(span)] = span  # type: ignore[arg-type]
            continue
        if kind == 1:
            cue = item  # type: ignore[assignment]
            speaker = resolve(cue)  # type: ignore[arg-type]
            if speaker is not None and id(cue) in named_ids:
                history.append(speaker)
            continue
        statement: Span = item  # type: ignore[assignment]
        cue = claim_cue.get(id(statement)) or _quote_cue(
            text, statement, live_cues, cue_starts, sentences)
        speaker = resolve(cue) if cue is not None else recent(None)
        if speaker is None:
            continue
        out.append(Attribution(statement, speaker, _mention(speaker, cue, latest_mention)))
    return out


def _quote_cue(text: str, quote: Span, cues: Sequence[Cue], starts: Sequence[int],
               sentences: Sentences) -> Cue | None:
    """The cue a quotation hangs on: right after it, else the last one before it in its
    sentence."""
    close = quote.end + 1  # past the closing mark
    k = bisect_left(starts, close)
    if k < len(cues):
        cue = cues[k]
        if cue.kind != ADVERBIAL and not cue.clitic and _AFTER_QUOTE_GAP.match(
            text, close, cue.start) and (
            ":" not in text[cue.end:sentences.end_after(cue.end)].split("\n")[0][:80]
        ):
            return cue  # "…"، قال X — unless the cue opens a quotation of its own (وأضاف:)
    k = bisect_right(starts, quote.start) - 1
    if k >= 0 and cues[k].start >= sentences.start_before(quote.start):
        return cues[k]
    return None


def _mention(speaker: Speaker, cue: Cue | None, latest: dict[str, Span]) -> Span | None:
    """The SAID_BY child: the name the cue attaches to, else the latest mention of the speaker."""
    if speaker.mention is None:
        return None
    if cue is not None and speaker.mention.start >= cue.end:
        return speaker.mention
    return latest.get(speaker.key, speaker.mention)


def speakers_by_span(attributions: Iterable[Attribution]) -> dict[int, Attribution]:
    """Attributions keyed by ``id()`` of their statement span."""
    return {id(a.statement): a for a in attributions}


__all__ = ["FEM", "MASC", "Attribution", "Speaker", "TitleLike", "attribute", "speakers_by_span"]
