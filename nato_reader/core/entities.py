"""PERSON, ORG, COUNTRY, NORP and LOCATION spans, and title phrases: the entity side's API.

The normalised text is tokenised and matched against the lexicons (``matching``), title phrases
are read around the matches (``titles``) and people from the evidence around both (``people``);
every match is mapped back to exact original offsets.

Labelling decisions (they follow CONVENTIONS and the agreed guidelines): spans never overlap;
titles are not spans (in ``رئيس الوزراء الياباني فوميو كيشيدا`` only ``الياباني``, NORP, and the
name, PERSON, are); nothing inside a hashtag is a span; ORG adjectives: see ``matching``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from pyarabic import araby

from nato_reader.core import people
from nato_reader.core.cues import Cue
from nato_reader.core.entity_rules import pattern_matches
from nato_reader.core.lexicon import lexicon
from nato_reader.core.matching import Match, lexicon_matches, token_stream
from nato_reader.core.record import AUTO, COUNTRY, LOCATION, NORP, ORG, PERSON, Span
from nato_reader.core.text import Normalized, normalize
from nato_reader.core.titles import find_title_phrases


@dataclass(frozen=True, slots=True)
class TitleMention:
    """A title phrase (``وزير الخارجية التركي``) in original offsets, with the PERSON span it
    introduces or follows when the text names one."""

    start: int
    end: int
    text: str
    person: Span | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    spans: list[Span]
    titles: list[TitleMention]


def _entity_spans(found: list[Match], norm: Normalized) -> list[Span]:
    """The span of each match. One loop rather than a call per match, and offsets mapped
    back by one ``spans_to_original`` pass, only when folding changed them: an article
    makes a span per match."""
    original = norm.original
    nspans = zip(map(_NSTART, found), map(_NEND, found), strict=True)
    edges = nspans if norm.same_offsets() else norm.spans_to_original(nspans)
    spans: list[Span] = []
    append = spans.append
    for m, (start, end) in zip(found, edges, strict=True):
        text = original[start:end]
        e = m.entry
        label = e.label
        attrs: dict[str, str]
        if label == ORG:
            attrs = {"canonical": plain(e.canonical or text)}
            if e.country:  # the government a ministry, agency or medium belongs to
                attrs["country"] = e.country
        elif label in (COUNTRY, NORP) or (label == LOCATION and e.country):
            attrs = {"country": e.country}
        else:
            attrs = {}
        append(Span(start, end, label, text, "", AUTO, attrs))
    return spans


_NSTART, _NEND = attrgetter("nstart"), attrgetter("nend")


def analyse(text: str, norm: Normalized | None = None,
            cues: Sequence[Cue] | None = None) -> Analysis:
    """Entity spans and title phrases of ``text`` (remembered for the last few texts, since
    ``find_entities`` and ``find_titles`` are both asked about the same article); ``cues``
    are the speech cues of ``text`` when the caller has them already."""
    with _RECENT_LOCK:
        hit = _RECENT.get(text)
    if hit is not None:
        return hit
    result = _analyse(text, norm if norm is not None and norm.original == text else None,
                      cues)
    with _RECENT_LOCK:
        _RECENT[text] = result
        while len(_RECENT) > 4:
            _RECENT.popitem(last=False)
    return result


# Articles may be analysed on worker threads.
_RECENT: OrderedDict[str, Analysis] = OrderedDict()
_RECENT_LOCK = threading.Lock()


def _copy(span: Span) -> Span:
    """``span`` without its id, with attributes of its own."""
    return Span(span.start, span.end, span.label, span.text, "", span.source, dict(span.attrs))


def _analyse(text: str, norm: Normalized | None, cues: Sequence[Cue] | None) -> Analysis:
    lex = lexicon()
    nm = norm or normalize(text)
    toks = token_stream(nm, lex)
    found = pattern_matches(toks, nm, lex, lexicon_matches(toks, nm.norm, lex))
    by_first = {m.first: m for m in found}
    title_rows = find_title_phrases(toks, nm.norm, lex, by_first)
    persons = people.find_people(nm, toks, found, title_rows, lex, cues)

    spans = _entity_spans(found, nm)
    person_spans: list[Span] = []
    for p in persons:
        start, end = nm.to_original(p.nstart, p.nend)
        person_spans.append(Span(start, end, PERSON, text[start:end], source=AUTO,
                                 attrs={"canonical": plain(p.canonical)}))
    spans = sorted(spans + person_spans, key=attrgetter("start"))  # they never overlap

    person_by_first = {p.first: s for p, s in zip(persons, person_spans, strict=True)}
    person_by_last = {p.last: (p, s) for p, s in zip(persons, person_spans, strict=True)}
    titles: list[TitleMention] = []
    for row in title_rows:
        start, end = nm.to_original(row.nstart, row.nend)
        person = person_by_first.get(row.last)
        before = person_by_last.get(row.first)
        # An apposition, "<name>، <title>", describes the person just before the comma.
        if person is None and before is not None and (
            nm.norm[before[0].nend : row.nstart].strip() in ("،", ",")
        ):
            person = before[1]
        titles.append(TitleMention(start, end, text[start:end], person))
    return Analysis(spans, titles)


@lru_cache(maxsize=4096)
def plain(name: str) -> str:
    """A name as a display form: no harakat, tatweel or invisible controls, single spaces."""
    stripped = araby.strip_tatweel(araby.strip_tashkeel(name))
    return " ".join(stripped.translate(_INVISIBLE).split())


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                                    "\u202e\u2066\u2067\u2068\u2069\ufeff\u061c"))


def article_entities(text: str, norm: Normalized | None = None,
                     cues: Sequence[Cue] | None = None) -> tuple[list[Span], list[TitleMention]]:
    """``find_entities`` and ``find_titles`` of ``text`` in one go, for a caller that keeps
    the spans: they are made afresh and not remembered (no copies needed), and each title's
    person is a copy of its span, as ``find_titles`` gives."""
    result = _analyse(text, norm if norm is not None and norm.original == text else None, cues)
    return result.spans, [TitleMention(t.start, t.end, t.text, _copy(t.person))
                          if t.person else t for t in result.titles]


def find_entities(text: str, norm: Normalized | None = None,
                  cues: Sequence[Cue] | None = None) -> list[Span]:
    """PERSON, ORG, COUNTRY, NORP and LOCATION spans of ``text``, in text order, without ids
    (``cues``: the speech cues of ``text``, found here when not given)."""
    return [_copy(s) for s in analyse(text, norm, cues).spans]


def find_titles(text: str, norm: Normalized | None = None) -> list[TitleMention]:
    """Title phrases of ``text`` with the PERSON span each one introduces, if any."""
    return [TitleMention(t.start, t.end, t.text, _copy(t.person) if t.person else None)
            for t in analyse(text, norm).titles]
