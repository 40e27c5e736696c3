"""PERSON, ORG, COUNTRY, NORP and LOCATION spans, and title phrases, from lexicons and rules.

One left-to-right pass over the tokens of the normalised text: at each token every proclitic
reading is looked up, the longest lexicon match wins (the unsplit reading on a tie, so واشنطن
keeps its و), and the match is mapped back to original offsets. Words glued by lost spaces are
split first (``tokens.split_glued``). Titles and people come from the matches around them
(``people``).

Labelling decisions taken here (they follow CONVENTIONS and the guidelines):

- spans never overlap; the longest match wins;
- a nationality adjective that completes a ministry's or a government's name stays inside the
  ORG (``وزارة الخارجية الصينية``, ``الحكومة الأسترالية``) and is then not a NORP; after a
  name that is complete without it (``وكالة يونهاب``) it is its own NORP;
- titles are not spans: in ``رئيس الوزراء الياباني فوميو كيشيدا`` only ``الياباني`` (NORP) and
  the name (PERSON) are;
- nothing inside a hashtag is a span.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from nato_reader.core import people
from nato_reader.core.lexicon import ADJ, ADJ_REQUIRED, Entry, Lexicon, lexicon
from nato_reader.core.record import AUTO, COUNTRY, LOCATION, NORP, ORG, PERSON, Span
from nato_reader.core.text import Normalized, normalize
from nato_reader.core.tokens import Token, cached_readings, split_glued, tokenize

_MAX_TITLE_WORDS = 10


@dataclass(frozen=True, slots=True)
class TitleMention:
    """A title phrase (``وزير الخارجية التركي``) in original offsets, with the PERSON span it
    introduces or follows when the text names one."""

    start: int
    end: int
    text: str
    person: Span | None = None


@dataclass(slots=True)
class Match:
    """A lexicon match over tokens ``[first, last)``; ``nstart``/``nend`` are norm offsets."""

    first: int
    last: int
    nstart: int
    nend: int
    entry: Entry


@dataclass(frozen=True, slots=True)
class Analysis:
    spans: list[Span]
    titles: list[TitleMention]


def token_stream(norm: Normalized, lex: Lexicon) -> list[Token]:
    """The tokens of ``norm`` with glued words split into the known words they hold."""
    out: list[Token] = []
    words = lex.words
    for tok in tokenize(norm):
        if len(tok.text) >= 6 and tok.text not in words:
            parts = split_glued(tok, lex.known_word)
            if parts and not any(r.key in words for r in cached_readings(tok.text)):
                out.extend(parts)
                continue
        out.append(tok)
    return out


def joined(norm: str, a: Token, b: Token) -> bool:
    """Whether two tokens are neighbours in one phrase: only spaces (or nothing) between."""
    gap = norm[a.end : b.start]
    return not gap or (gap.isspace() and "\n" not in gap and len(gap) < 4)


def _match_at(toks: list[Token], i: int, norm: str, lex: Lexicon) -> Match | None:
    best: Match | None = None
    entries, prefixes = lex.entries, lex.prefixes
    for r in cached_readings(toks[i].text):
        key = r.key
        found: tuple[int, Entry] | None = None
        if key in entries:
            found = (i + 1, entries[key])
        j = i + 1
        while key in prefixes and j < len(toks) and joined(norm, toks[j - 1], toks[j]):
            key = key + " " + toks[j].text
            j += 1
            if key in entries:
                found = (j, entries[key])
        if found is not None and (best is None or found[0] > best.last):
            last, entry = found
            best = Match(i, last, toks[i].start + r.offset, toks[last - 1].end, entry)
    return best


def _norp_at(toks: list[Token], i: int, norm: str, lex: Lexicon) -> Match | None:
    """A nationality adjective written without proclitic at token ``i``, if any."""
    if i >= len(toks):
        return None
    m = _match_at(toks, i, norm, lex)
    if m is None or m.entry.label != NORP or m.nstart != toks[i].start:
        return None
    return m


@lru_cache(maxsize=1 << 16)
def _may_start(word: str) -> bool:
    """Whether some reading of ``word`` begins a lexicon entry (most words do not)."""
    starters = lexicon().starters
    return any(r.key in starters for r in cached_readings(word))


def lexicon_matches(toks: list[Token], norm: str, lex: Lexicon) -> list[Match]:
    """Non-overlapping lexicon matches, longest first at each position, left to right."""
    out: list[Match] = []
    i, n = 0, len(toks)
    while i < n:
        if not _may_start(toks[i].text):
            i += 1
            continue
        m = _match_at(toks, i, norm, lex)
        if m is None:
            i += 1
            continue
        flags = m.entry.flags
        if ADJ in flags or ADJ_REQUIRED in flags:
            adj = (_norp_at(toks, m.last, norm, lex)
                   if m.last < n and joined(norm, toks[m.last - 1], toks[m.last]) else None)
            if adj is not None:
                m = Match(m.first, adj.last, m.nstart, adj.nend,
                          Entry(ORG, adj.entry.country, "", flags))
            elif ADJ_REQUIRED in flags:
                i += 1
                continue
        out.append(m)
        i = m.last
    return out


def _entity_span(m: Match, norm: Normalized) -> Span:
    start, end = norm.to_original(m.nstart, m.nend)
    text = norm.original[start:end]
    e = m.entry
    attrs: dict[str, str] = {}
    if e.label in (COUNTRY, NORP) or (e.label == LOCATION and e.country):
        attrs["country"] = e.country
    elif e.label == ORG:
        attrs["canonical"] = e.canonical or text
    return Span(start, end, e.label, text, source=AUTO, attrs=attrs)


def find_title_phrases(
    toks: list[Token], norm: str, lex: Lexicon, matches: dict[int, Match]
) -> list[tuple[int, int, int]]:
    """Title phrases as (first token, last token, norm start): a title head, then its
    qualifiers, nationality adjectives, organisations and countries (لحلف الناتو)."""
    out: list[tuple[int, int, int]] = []
    covered = {k for m in matches.values() for k in range(m.first, m.last)}
    i, n = 0, len(toks)
    while i < n:
        head: tuple[int, int] | None = None  # (last token, norm start)
        if i not in covered:
            for r in cached_readings(toks[i].text):
                if r.offset and r.key.startswith("ال") and not toks[i].text[r.offset:].startswith(
                    "ال"
                ):
                    start = toks[i].start + r.offset + 1  # للرئيس → رئيس
                else:
                    start = toks[i].start + r.offset
                key, j = r.key, i + 1
                if key in lex.titles:
                    head = (j, start) if head is None or j > head[0] else head
                while key in lex.title_prefixes and j < n and joined(norm, toks[j - 1], toks[j]):
                    key = key + " " + toks[j].text
                    j += 1
                    if key in lex.titles and (head is None or j > head[0]):
                        head = (j, start)
        if head is None:
            i += 1
            continue
        j, start = head
        while j < n and j - i < _MAX_TITLE_WORDS and joined(norm, toks[j - 1], toks[j]):
            m = matches.get(j)
            if m is not None and m.entry.label in (NORP, ORG, COUNTRY):
                j = m.last
            elif toks[j].text in lex.title_qualifiers or toks[j].text in lex.titles:
                j += 1
            else:
                break
        out.append((i, j, start))
        i = j
    return out


def analyse(text: str, norm: Normalized | None = None) -> Analysis:
    """Entity spans and title phrases of ``text`` (remembered for the last few texts, since
    ``find_entities`` and ``find_titles`` are both asked about the same article)."""
    hit = _RECENT.get(text)
    if hit is not None:
        return hit
    result = _analyse(text, norm if norm is not None and norm.original == text else None)
    _RECENT[text] = result
    while len(_RECENT) > 4:
        _RECENT.popitem(last=False)
    return result


_RECENT: OrderedDict[str, Analysis] = OrderedDict()


def _analyse(text: str, norm: Normalized | None) -> Analysis:
    lex = lexicon()
    nm = norm or normalize(text)
    toks = token_stream(nm, lex)
    found = lexicon_matches(toks, nm.norm, lex)
    by_first = {m.first: m for m in found}
    title_rows = find_title_phrases(toks, nm.norm, lex, by_first)
    persons = people.find_people(nm, toks, found, title_rows, lex)

    spans = [_entity_span(m, nm) for m in found]
    person_spans: list[Span] = []
    for p in persons:
        start, end = nm.to_original(p.nstart, p.nend)
        person_spans.append(Span(start, end, PERSON, text[start:end], source=AUTO,
                                 attrs={"canonical": p.canonical}))
    spans = sorted(spans + person_spans, key=lambda s: (s.start, -s.end))

    person_by_first = {p.first: s for p, s in zip(persons, person_spans, strict=True)}
    person_by_last = {p.last: (p, s) for p, s in zip(persons, person_spans, strict=True)}
    titles: list[TitleMention] = []
    for first, last, nstart in title_rows:
        start, end = nm.to_original(nstart, toks[last - 1].end)
        person = person_by_first.get(last)
        before = person_by_last.get(first)
        # An apposition, "<name>، <title>", describes the person just before the comma.
        if person is None and before is not None and (
            nm.norm[before[0].nend : nstart].strip() in ("،", ",")
        ):
            person = before[1]
        titles.append(TitleMention(start, end, text[start:end], person))
    return Analysis(spans, titles)


def find_entities(text: str, norm: Normalized | None = None) -> list[Span]:
    """PERSON, ORG, COUNTRY, NORP and LOCATION spans of ``text``, in text order, without ids."""
    return [Span(s.start, s.end, s.label, s.text, source=s.source, attrs=dict(s.attrs))
            for s in analyse(text, norm).spans]


def find_titles(text: str, norm: Normalized | None = None) -> list[TitleMention]:
    """Title phrases of ``text`` with the PERSON span each one introduces, if any."""
    return list(analyse(text, norm).titles)
