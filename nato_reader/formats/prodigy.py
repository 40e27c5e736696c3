"""Prodigy's JSONL tasks: read as records with manual spans, written for training.

A task holds ``text``, ``meta``, ``tokens`` (text, start, end, id, ws), ``spans`` (start, end,
``token_start``/``token_end`` inclusive, label) and ``relations`` whose ``head``/``child`` are
token indices, with ``head_span``/``child_span`` naming the spans. As Prodigy's relations
interface does, a relation points at the last token of each span. ``answer`` other than
``accept`` marks an example the annotator rejected or skipped; those are not imported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from nato_reader.core.record import Record, RecordError, Relation, Span
from nato_reader.formats.spans_in import (
    SPAN_ATTRS,
    checked_span,
    finish,
    meta_of,
    refuse_other_format,
    text_of,
)
from nato_reader.formats.tokens import span_tokens, tokenize


def _hash(*parts: str) -> int:
    # Prodigy's hashes are signed 32-bit integers; these are stable across runs and machines.
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big", signed=True)


def is_rejected(obj: Mapping[str, Any]) -> bool:
    return obj.get("answer", "accept") != "accept"


def record_from_prodigy(obj: Mapping[str, Any]) -> Record:
    """The record of one accepted Prodigy task; RecordError says what is wrong with it."""
    refuse_other_format(obj, expected="prodigy")
    text = text_of(obj)
    spans_in = obj.get("spans") or []
    relations_in = obj.get("relations") or []
    if not isinstance(spans_in, list) or not isinstance(relations_in, list):
        raise RecordError("'spans' and 'relations' must be lists")
    spans: list[Span] = []
    by_offsets: dict[tuple[int, int, str], Span] = {}
    for i, item in enumerate(spans_in, 1):
        if not isinstance(item, dict):
            raise RecordError(f"span {i} is not an object")
        span = checked_span(text, item.get("start"), item.get("end"), item.get("label"),
                            what=f"span {i}", given_text=item.get("text"), attrs=item)
        span.id = f"in{i}"
        spans.append(span)
        by_offsets.setdefault((span.start, span.end, span.label), span)
    tokens = obj.get("tokens") if isinstance(obj.get("tokens"), list) else []
    relations = []
    for i, item in enumerate(relations_in, 1):
        if not isinstance(item, dict):
            raise RecordError(f"relation {i} is not an object")
        head = _relation_end(item, "head", text, spans, by_offsets, tokens, i)
        child = _relation_end(item, "child", text, spans, by_offsets, tokens, i)
        relations.append(Relation(head.id, child.id, str(item.get("label", ""))))
    meta = meta_of(obj)
    meta.pop("article_id", None)  # written by prodigy_task; the id follows from the text
    return finish(text, meta, spans, relations)


def _relation_end(item: Mapping[str, Any], end: str, text: str, spans: list[Span],
                  by_offsets: dict[tuple[int, int, str], Span], tokens: list[Any],
                  i: int) -> Span:
    """The span at one end of a relation: its ``*_span`` object, else the span around its token."""
    what = f"relation {i} {end}"
    described = item.get(f"{end}_span")
    if isinstance(described, dict):
        span = checked_span(text, described.get("start"), described.get("end"),
                            described.get("label"), what=what, attrs=described)
        key = (span.start, span.end, span.label)
        if key not in by_offsets:  # a span named only by the relation
            span.id = f"in{len(spans) + 1}"
            spans.append(span)
            by_offsets[key] = span
        return by_offsets[key]
    index = item.get(end)
    token = tokens[index] if isinstance(index, int) and 0 <= index < len(tokens) else None
    if isinstance(token, dict) and isinstance(token.get("start"), int) and isinstance(
            token.get("end"), int):
        around = [s for s in spans if s.start <= token["start"] and token["end"] <= s.end]
        if around:
            return min(around, key=lambda s: s.end - s.start)
    raise RecordError(f"{what} (token {index!r}) is on no span")


def prodigy_task(record: Record) -> dict[str, Any]:
    """One Prodigy task for a record: tokens cut at span edges, spans, relations, hashes."""
    tokens = tokenize(record.text, (b for s in record.spans for b in (s.start, s.end)))
    on_tokens: dict[str, tuple[Span, int, int]] = {}
    spans_out = []
    for span in record.spans:
        found = span_tokens(tokens, span.start, span.end)
        if found is None:  # a span of whitespace only has no token to stand on
            continue
        on_tokens[span.id] = (span, *found)
        spans_out.append(_span_out(span, *found))
    relations_out = []
    for rel in record.relations:
        if rel.head in on_tokens and rel.child in on_tokens:
            head, child = on_tokens[rel.head], on_tokens[rel.child]
            relations_out.append({
                "head": head[2],
                "child": child[2],
                "head_span": _span_out(*head, attrs=False),
                "child_span": _span_out(*child, attrs=False),
                "label": rel.label,
            })
    input_hash = _hash(record.text)
    task_key = [record.text] + [f"{s['start']}:{s['end']}:{s['label']}" for s in spans_out]
    task_key += [f"{r['head']}>{r['child']}:{r['label']}" for r in relations_out]
    return {
        "text": record.text,
        "meta": {**record.meta, "article_id": record.id},
        "tokens": [t.to_dict() for t in tokens],
        "spans": spans_out,
        "relations": relations_out,
        "_input_hash": input_hash,
        "_task_hash": _hash(str(input_hash), *task_key),
        "answer": "accept",
    }


def _span_out(span: Span, first: int, last: int, *, attrs: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"start": span.start, "end": span.end, "token_start": first,
                           "token_end": last, "label": span.label}
    if attrs:
        out["text"] = span.text
        out.update({k: v for k, v in span.attrs.items() if k in SPAN_ATTRS})
    return out

