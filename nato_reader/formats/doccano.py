"""doccano's JSONL: read as records with manual spans, written for its sequence labelling.

doccano exports ``text`` with either ``entities`` (objects with ``id``, ``label``,
``start_offset``, ``end_offset``) and ``relations`` (``from_id``, ``to_id``, ``type``), or, in
its simpler export, ``label`` as a list of ``[start, end, label]``. A ``label`` list of plain
strings is a text-classification export, which holds no spans: it is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nato_reader.core.record import Record, RecordError, Relation, Span
from nato_reader.formats.spans_in import checked_span, finish, meta_of, refuse_other_format, text_of


def record_from_doccano(obj: Mapping[str, Any]) -> Record:
    """The record of one doccano line; RecordError says what is wrong with it."""
    refuse_other_format(obj, expected="doccano")
    text = text_of(obj)
    spans: list[Span] = []
    by_id: dict[Any, Span] = {}
    if "entities" in obj:
        entities = obj["entities"]
        if not isinstance(entities, list):
            raise RecordError("'entities' must be a list")
        for i, item in enumerate(entities, 1):
            if not isinstance(item, dict):
                raise RecordError(f"entity {i} is not an object")
            span = checked_span(text, item.get("start_offset"), item.get("end_offset"),
                                item.get("label"), what=f"entity {item.get('id', i)}")
            span.id = f"in{i}"
            spans.append(span)
            by_id[item.get("id", i)] = span
    else:
        for i, item in enumerate(_label_list(obj), 1):
            if isinstance(item, dict):
                start, end, label = (item.get("start_offset"), item.get("end_offset"),
                                     item.get("label"))
            elif isinstance(item, list) and len(item) == 3:
                start, end, label = item
            else:
                raise RecordError(
                    f"label {i} is {item!r}, not [start, end, label]: is this a "
                    "text-classification export? Only sequence labelling has spans"
                )
            span = checked_span(text, start, end, label, what=f"label {i}")
            span.id = f"in{i}"
            spans.append(span)
    relations = []
    relations_in = obj.get("relations") or []
    if not isinstance(relations_in, list):
        raise RecordError("'relations' must be a list")
    for i, item in enumerate(relations_in, 1):
        if not isinstance(item, dict):
            raise RecordError(f"relation {i} is not an object")
        head, child = by_id.get(item.get("from_id")), by_id.get(item.get("to_id"))
        if head is None or child is None:
            raise RecordError(
                f"relation {item.get('id', i)} links {item.get('from_id')!r} -> "
                f"{item.get('to_id')!r}, and not both are entities of this line"
            )
        relations.append(Relation(head.id, child.id, str(item.get("type", ""))))
    meta = meta_of(obj)
    meta.pop("article_id", None)  # written by doccano_line; the id follows from the text
    return finish(text, meta, spans, relations)


def _label_list(obj: Mapping[str, Any]) -> list[Any]:
    labels = obj.get("label") or []
    if not isinstance(labels, list):
        raise RecordError("'label' must be a list")
    return labels


def doccano_line(record: Record) -> dict[str, Any]:
    """One doccano line: entities numbered 1, 2 … in the record's order, relations by them."""
    numbers = {span.id: n for n, span in enumerate(record.spans, 1)}
    entities = [{"id": numbers[s.id], "label": s.label, "start_offset": s.start,
                 "end_offset": s.end} for s in record.spans]
    relations = [{"id": n, "from_id": numbers[r.head], "to_id": numbers[r.child],
                  "type": r.label}
                 for n, r in enumerate(record.relations, 1)
                 if r.head in numbers and r.child in numbers]
    return {"id": record.id, "text": record.text, "entities": entities,
            "relations": relations, "meta": {**record.meta, "article_id": record.id}}
