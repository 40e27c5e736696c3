"""The one entry point of the text engine: an article's text in, a Record out.

Entities, quotations, claims and their speakers are found here and reconciled into one record
that follows the contract (CONVENTIONS.md): entity spans never overlap each other partially
(nor cross a quotation's edge), quotations never overlap, a quotation may sit inside a claim,
and every SAID_BY relation points from a QUOTE or CLAIM to the span naming its speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Iterable
from itertools import count, repeat
from operator import attrgetter, itemgetter, neg
from typing import Any

from nato_reader.core.claims import Sentences, find_claims
from nato_reader.core.cues import find_cues
from nato_reader.core.entities import article_entities
from nato_reader.core.quotes import find_quotes
from nato_reader.core.record import (
    ENTITY_LABELS,
    Record,
    Relation,
    Span,
    article_id,
    number_spans,
    span_ids,
)
from nato_reader.core.speakers import attribute
from nato_reader.core.text import normalize


def analyze(text: str, *, meta: dict[str, Any] | None = None,
            record_id: str | None = None) -> Record:
    """Suggest PERSON/ORG/COUNTRY/NORP/LOCATION/QUOTE/CLAIM spans and SAID_BY links for
    ``text``; the record's id defaults to ``article_id(text)``."""
    norm = normalize(text)
    cues = find_cues(text)
    found, titles = article_entities(text, norm, cues)
    entities = _without_overlaps(found)
    quotes = find_quotes(text, names=((e.start, e.end) for e in entities))
    if quotes:
        # A span must start and end in the same place, in or out of a quotation: no
        # quotation's edge may fall inside it.
        edges = sorted({p for q in quotes if q.start < q.end for p in (q.start, q.end)})
        edges.append(len(text) + 1)  # past every span, so each search lands on an edge
        entities = [e for e in entities if edges[bisect_right(edges, e.start)] >= e.end]
    sentences = Sentences(text, quotes)
    claims = find_claims(text, cues, quotes, sentences)

    relations: list[Relation] = []
    spans: list[Span] = [*entities, *quotes, *(c.span for c in claims)]
    kept = {id(e) for e in entities}
    # Working ids, only to name the spans in relations until number_spans renumbers them:
    # set by one C-level pass from ids made once for all records.
    deque(map(setattr, spans, repeat("id"), span_ids(len(spans))), 0)
    for a in attribute(text, quotes, claims, cues, entities, titles, sentences):
        a.statement.attrs["speaker"] = a.speaker.name
        if a.mention is not None and id(a.mention) in kept:
            relations.append(Relation(a.statement.id, a.mention.id))
    ordered, relations = number_spans(spans, relations)
    return Record(id=record_id or article_id(text), text=text, meta=dict(meta or {}),
                  spans=ordered, relations=relations)


def _without_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Entity spans with partial overlaps removed: of two overlapping spans the longer stays."""
    kept: list[Span] = []
    entities = [s for s in spans if s.label in ENTITY_LABELS and s.start < s.end]
    # Sorted on (start, -end, place) tuples built by C-level maps, not by a Python key per
    # span; the place keeps equal spans in their order, as a stable sort would.
    order = sorted(zip(map(_START, entities), map(neg, map(_END, entities)), count(), entities))
    for span in map(itemgetter(3), order):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
            continue
        last = kept[-1]
        before_end = kept[-2].end if len(kept) > 1 else 0
        if span.end - span.start > last.end - last.start and span.start >= before_end:
            kept[-1] = span
    return kept


_START, _END = attrgetter("start"), attrgetter("end")
