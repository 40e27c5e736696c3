"""Span, Relation and Record: the record contract of CONVENTIONS.md, and its JSON.

Every offset is a code-point offset into ``Record.text``, ``end`` exclusive, and
``text[start:end] == span.text`` holds for every span (``Record.validate`` checks it).
Extra span fields (``country``, ``canonical``, ``speaker``, ``checkworthy`` …) live in
``Span.attrs`` and are written between ``text`` and ``source``, as in the contract's example.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import count, repeat
from operator import attrgetter, itemgetter, neg
from typing import Any

PERSON = "PERSON"
ORG = "ORG"
COUNTRY = "COUNTRY"
NORP = "NORP"
LOCATION = "LOCATION"
QUOTE = "QUOTE"
CLAIM = "CLAIM"

ENTITY_LABELS: tuple[str, ...] = (PERSON, ORG, COUNTRY, NORP, LOCATION)
STATEMENT_LABELS: tuple[str, ...] = (QUOTE, CLAIM)
LABELS: tuple[str, ...] = ENTITY_LABELS + STATEMENT_LABELS

SAID_BY = "SAID_BY"
RELATION_LABELS: tuple[str, ...] = (SAID_BY,)

AUTO = "auto"
MANUAL = "manual"
SOURCES: tuple[str, ...] = (AUTO, MANUAL)

_CORE_SPAN_KEYS = ("id", "start", "end", "label", "text", "source")


class RecordError(ValueError):
    """A record that breaks the contract; the message says which span and why."""


@dataclass(slots=True)
class Span:
    start: int
    end: int
    label: str
    text: str
    id: str = ""
    source: str = AUTO
    attrs: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
        }
        out.update(self.attrs)
        out["source"] = self.source
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        try:
            start, end = int(data["start"]), int(data["end"])
            label, text = str(data["label"]), str(data["text"])
        except KeyError as missing:
            raise RecordError(f"span {data.get('id', '?')!s} has no {missing.args[0]!r}") from None
        except (TypeError, ValueError):
            raise RecordError(f"span {data.get('id', '?')!s} has a non-integer offset") from None
        attrs = {k: v for k, v in data.items() if k not in _CORE_SPAN_KEYS}
        return cls(
            start=start,
            end=end,
            label=label,
            text=text,
            id=str(data.get("id", "")),
            source=str(data.get("source", AUTO)),
            attrs=attrs,
        )


@dataclass(slots=True, frozen=True)
class Relation:
    head: str
    child: str
    label: str = SAID_BY

    def to_dict(self) -> dict[str, str]:
        return {"head": self.head, "child": self.child, "label": self.label}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Relation:
        try:
            return cls(head=str(data["head"]), child=str(data["child"]), label=str(data["label"]))
        except KeyError as missing:
            raise RecordError(f"relation has no {missing.args[0]!r}") from None


@dataclass(slots=True)
class Record:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def span_by_id(self) -> dict[str, Span]:
        return {s.id: s for s in self.spans}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "meta": dict(self.meta),
            "spans": [s.to_dict() for s in self.spans],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, validate: bool = True) -> Record:
        if not isinstance(data, Mapping):
            raise RecordError("a record must be a JSON object")
        if not isinstance(data.get("text"), str):
            raise RecordError("the record has no 'text' string")
        spans_in = data.get("spans") or []
        relations_in = data.get("relations") or []
        if not isinstance(spans_in, list) or not isinstance(relations_in, list):
            raise RecordError("'spans' and 'relations' must be lists")
        text = data["text"]
        record = cls(
            id=str(data.get("id") or article_id(text)),
            text=text,
            meta=dict(data.get("meta") or {}),
            spans=[Span.from_dict(s) for s in spans_in],
            relations=[Relation.from_dict(r) for r in relations_in],
        )
        if validate:
            record.validate()
        return record

    def validate(self) -> None:
        """Raise RecordError naming the first span or relation that breaks the contract."""
        n = len(self.text)
        seen: set[str] = set()
        for span in self.spans:
            name = span.id or f"{span.label}@{span.start}"
            if not span.id:
                raise RecordError(f"span {name} has no id")
            if span.id in seen:
                raise RecordError(f"span id {span.id} is used twice")
            seen.add(span.id)
            if not 0 <= span.start < span.end <= n:
                raise RecordError(
                    f"span {name} offsets {span.start}-{span.end} are outside the text (length {n})"
                )
            if self.text[span.start : span.end] != span.text:
                raise RecordError(
                    f"span {name} text {span.text!r} does not match the text at "
                    f"{span.start}-{span.end} ({self.text[span.start : span.end]!r})"
                )
            if span.label not in LABELS:
                raise RecordError(f"span {name} has unknown label {span.label!r}")
            if span.source not in SOURCES:
                raise RecordError(f"span {name} has unknown source {span.source!r}")
        for rel in self.relations:
            if rel.head not in seen or rel.child not in seen:
                raise RecordError(
                    f"relation {rel.label} {rel.head}->{rel.child} points at a missing span"
                )
            if rel.label not in RELATION_LABELS:
                raise RecordError(
                    f"relation {rel.head}->{rel.child} has unknown label {rel.label!r}"
                )


def article_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def number_spans(spans: Iterable[Span], relations: Iterable[Relation] = ()) -> tuple[
    list[Span], list[Relation]
]:
    """Sort spans by position and give them ids s1, s2 … in that order.

    Relations given with the spans' old ids are rewritten to the new ones.
    """
    spans = list(spans)
    # Decorated and sorted on tuples, and renamed by map(): C-level passes rather than a
    # Python call per span (the index keeps the sort stable and never compares two spans).
    order = sorted(zip(map(_START, spans), map(neg, map(_END, spans)),
                       map(_RANK.__getitem__, map(_LABEL, spans)), count(), spans))
    ordered = list(map(itemgetter(4), order))
    ids = _ids(len(ordered))
    renamed = dict(zip(map(_ID, ordered), ids, strict=True))
    renamed.pop("", None)  # a span without an id has nothing to rename
    deque(map(setattr, ordered, repeat("id"), ids), 0)
    rels = [Relation(renamed.get(r.head, r.head), renamed.get(r.child, r.child), r.label)
            for r in relations]
    return ordered, rels


class _LabelRank(dict[str, int]):
    """The place of each label in ``LABELS``; an unknown label raises ValueError, as
    ``LABELS.index`` does."""

    def __missing__(self, label: str) -> int:
        return LABELS.index(label)


_RANK = _LabelRank((label, i) for i, label in enumerate(LABELS))


_START, _END = attrgetter("start"), attrgetter("end")
_LABEL, _ID = attrgetter("label"), attrgetter("id")
_IDS: tuple[str, ...] = ()
_SPAN_IDS: tuple[str, ...] = ()


def _ids(n: int) -> tuple[str, ...]:
    """The ids s1 … sn, made once for all records: every record numbers its spans from s1.
    The cache is replaced whole, never extended, so threads numbering records at once see
    either the old ids or the new ones."""
    global _IDS
    ids = _IDS
    if len(ids) < n:
        ids = _IDS = tuple(map("s{}".format, range(1, 2 * n + 1)))
    return ids[:n]


def span_ids(n: int) -> tuple[str, ...]:
    """Working ids t0 … t(n-1) for spans not yet numbered (``number_spans`` renames them),
    made once for all records like ``_ids``."""
    global _SPAN_IDS
    ids = _SPAN_IDS
    if len(ids) < n:
        ids = _SPAN_IDS = tuple(map("t{}".format, range(2 * n)))
    return ids[:n]
