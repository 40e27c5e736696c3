"""Reported speech: the clause after إن/أن that follows a speech verb, as a CLAIM span.

``وقال البيت الأبيض إنه يرحب بحضور … مترابطة.`` gives the CLAIM ``يرحب بحضور … مترابطة``: it
starts at the first word after the particle (إن، أن، إنه، أنها، بأن، بأنه …) and runs to the end
of the sentence (. ! ? ؟ or a line break; a comma does not end it, nor punctuation inside a
quotation, which may sit inside the claim). A speech verb inside a claim reports a claim of
its own, nested in the outer one (``… والتي قال إنها ستضمن …``). A sentence that opens with
وأن right after a claimed sentence continues the same report and is a claim of the same
speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from nato_reader.core.cues import ADVERBIAL, VERB, Cue, fold
from nato_reader.core.quotes import trim
from nato_reader.core.record import CLAIM, Span
from nato_reader.core.text import char_positions

_M = "[\u064b-\u065f\u0670\u0640]*"  # diacritics and tatweel written on a letter
# The particle token: أن/إن, optionally بـ before and a pronoun after; not the end of a word
# (عمّان: a mark written on the letter before is still inside the word).
PARTICLE = re.compile(
    f"(?<![\\w\u064b-\u065f\u0670\u0640])(?:ب{_M})?[اأإ]{_M}ن{_M}(?:(?:ه|ها|هم|هما|هن|نا|ني|ي|ك|كم){_M})?(?!\\w)"
)
# PARTICLE as re scans it fast: a pattern that opens with a lookbehind is tried at every
# character, one that opens with a choice of letters skips to them. The lookbehind is checked
# by hand on what this finds.
_PARTICLE_BODY = re.compile(
    f"(?:ب{_M}[اأإ]|ا|أ|إ){_M}ن{_M}(?:(?:ه|ها|هم|هما|هن|نا|ني|ي|ك|كم){_M})?(?!\\w)"
)
# A letter, or a mark written on one: the ان that ends عمّان is inside a word.
_WORD_CHAR = re.compile(f"\\w|{_M[:-1]}")
_CONTINUATION = re.compile(f"\\s*(?:و{_M})[اأ]{_M}ن{_M}(?:(?:ه|ها|هم|هما|نا){_M})?(?!\\w)")
_TERMINATORS = ".!?؟\n"
_SAID = "قول"
_SAID_NOUN = re.compile(f"(?<!\\w)[وف]?{_M}ب{_M}ا{_M}ل{_M}ق{_M}و{_M}ل{_M}(?!\\w)")
# Every بالقول ends in قول (re finds a pattern that opens with a letter fast); its start is
# among the letters and marks right before that.
_SAID_TAIL = re.compile(f"ق{_M}و{_M}ل")
_SAID_HEAD = frozenset("وفبال\u0670\u0640" + "".join(map(chr, range(0x64B, 0x660))))
_PREVIOUS_WORD = re.compile(f"((?:\\w|{_M[:-1]})+)\\W*\\Z")
# Words after which أن is part of a conjunction or a modal, not the particle of reported speech
# (غير أن، بيد أن "however" open a statement of the writer's own).
_NOT_REPORTING = frozenset(fold(c + w) for w in (
    "بعد", "قبل", "منذ", "دون", "بدون", "يجب", "يمكن", "ينبغي", "بد", "حتى", "إلا", "لو",
    "غير", "بيد",
    "يريد", "تريد", "أراد", "أرادت", "يحاول", "تحاول", "عسى", "بمجرد", "ريثما",
    # expectation and likelihood in the passive ("it is expected that"): no one is reported
    "يتوقع", "يرجح", "يفترض", "يتعين", "يقدر", "يعتقد",
) for c in ("", "و", "ف"))
# What follows إن when it is part of a name ("سي إن إن"): another إن, or a closing mark that
# is not glued to a quotation's first word.
_IN_A_NAME = re.compile(
    f"[^\\S\\n]+[اأإ]{_M}ن{_M}(?!\\w)|[\"»”](?!\\w)"
)
# A "sentence" longer than this has lost its punctuation (a pasted page, a list): no claim is
# cut from it, rather than one that swallows the page (and one per verb nested inside it).
_MAX_CLAIM_CHARS = 2000
# How far a speech verb reaches for its particle: its subject, a title, a few complements.
_MAX_WORDS_TO_PARTICLE = 16


@dataclass(frozen=True, slots=True)
class Claim:
    span: Span
    cue: Cue


class Sentences:
    """Sentence ends of a text, ignoring punctuation inside quotations and in numbers."""

    def __init__(self, text: str, quotes: Sequence[Span]) -> None:
        # Quotations never overlap, so the one that may hold a position is found by bisection.
        self._quotes = sorted((q.start, q.end) for q in quotes)
        self._quote_starts = [s for s, _ in self._quotes]
        ends: list[int] = []
        # The terminators come in order: the last quotation starting at or before each (the
        # one ``in_quote`` finds) is walked along rather than searched for.
        quoted, starts = self._quotes, self._quote_starts
        k = -1
        for pos in char_positions(text, _TERMINATORS):
            while k + 1 < len(starts) and starts[k + 1] <= pos:
                k += 1
            if k >= 0 and pos < quoted[k][1]:
                continue
            if text[pos] == "." and 0 < pos < len(text) - 1 and (
                text[pos - 1].isdigit() and text[pos + 1].isdigit()
            ):
                continue
            ends.append(pos)
        self._ends = ends
        self._length = len(text)

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation."""
        k = bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quotes[k][1]

    def quote_between(self, start: int, end: int) -> bool:
        """Whether a quotation starts in ``[start, end)``."""
        return bisect_left(self._quote_starts, start) < bisect_left(self._quote_starts, end)

    def end_after(self, pos: int) -> int:
        """Offset of the sentence end at or after ``pos`` (the text's length if none)."""
        k = bisect_left(self._ends, pos)
        return self._ends[k] if k < len(self._ends) else self._length

    def start_before(self, pos: int) -> int:
        """Offset where the sentence holding ``pos`` starts."""
        k = bisect_left(self._ends, pos) - 1
        return self._ends[k] + 1 if k >= 0 else 0


def find_claims(text: str, cues: Sequence[Cue], quotes: Sequence[Span],
                sentences: Sentences | None = None) -> list[Claim]:
    """CLAIM spans for the reported speech in ``text``, each with the cue that reports it."""
    sentences = sentences or Sentences(text, quotes)
    claims: list[Claim] = []
    speech = sorted(
        (c for c in (*cues, *said_noun_cues(text, cues))
         if c.kind in (VERB, ADVERBIAL) and not sentences.in_quote(c.start)),
        key=lambda c: c.start,
    )
    for i, cue in enumerate(speech):
        sentence_end = sentences.end_after(cue.end)
        next_cue = speech[i + 1].start if i + 1 < len(speech) else len(text)
        m = _reporting_particle(text, cue.end, min(sentence_end, next_cue))
        if m is None or sentences.in_quote(m.start()):
            continue
        between = text[cue.end:m.start()]
        if ":" in between or len(between.split()) > _MAX_WORDS_TO_PARTICLE or (
            sentences.quote_between(cue.end, m.start())
        ):
            continue
        start, end = trim(text, m.end(), sentence_end)
        if start >= end or end - start > _MAX_CLAIM_CHARS:
            continue
        claims.append(Claim(Span(start, end, CLAIM, text[start:end]), cue))
        claims.extend(_continuations(text, claims[-1], sentences))
    return claims


def said_noun_cues(text: str, cues: Sequence[Cue]) -> list[Cue]:
    """``بالقول`` governed by a verb that does not itself report speech (اكتفى الكرملين
    بالقول إنه …): a cue whose speaker is that verb's subject, written just before it."""
    taken = {c.start for c in cues}
    return [Cue(m.start(), m.end(), ADVERBIAL, _SAID, named=False)
            for m in _said_nouns(text) if m.start() not in taken]


def _said_nouns(text: str) -> Iterator[re.Match[str]]:
    """What ``_SAID_NOUN.finditer(text)`` finds, looked for only before each قول: the match
    holding it starts within the letters of بال (and و، ف، diacritics) right before it, at
    the first place the pattern matches."""
    for tail in _SAID_TAIL.finditer(text):
        start = tail.start()
        while start > 0 and text[start - 1] in _SAID_HEAD:
            start -= 1
        for pos in range(start, tail.start()):
            m = _SAID_NOUN.match(text, pos)
            if m is not None:
                yield m
                break


def find_particles(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``PARTICLE.finditer(text, start, end)`` finds, found faster."""
    pos = start
    while (m := _PARTICLE_BODY.search(text, pos, end)) is not None:
        if m.start() and _WORD_CHAR.match(text, m.start() - 1):
            pos = m.start() + 1  # inside a word
            continue
        yield m
        pos = m.end()


def _reporting_particle(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first أن/إن in ``[start, end)`` that reports speech, not one that belongs to a
    conjunction or a modal (بعد أن، قبل أن، يجب أن …)."""
    for m in find_particles(text, start, end):
        if _IN_A_NAME.match(text, m.end()):
            continue  # لقناة "سي إن إن": the letters of a name
        before = _PREVIOUS_WORD.search(text, max(start, m.start() - 20), m.start())
        if before is None or fold(before.group(1)) not in _NOT_REPORTING:
            return m
    return None


def _continuations(text: str, claim: Claim, sentences: Sentences) -> list[Claim]:
    """Following sentences that open with وأن: more of the same report."""
    out: list[Claim] = []
    pos = claim.span.end
    while True:
        boundary = sentences.end_after(pos)
        if boundary >= len(text) or text[boundary] == "\n":
            return out  # a new paragraph is a new report
        m = _CONTINUATION.match(text, boundary + 1)
        if m is None:
            return out
        start, end = trim(text, m.end(), sentences.end_after(m.end()))
        if start >= end or end - start > _MAX_CLAIM_CHARS:
            return out
        out.append(Claim(Span(start, end, CLAIM, text[start:end]), claim.cue))
        pos = end
