"""The project's own JSONL records (CONVENTIONS.md), one per line, in and out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nato_reader.core.record import Record, RecordError, article_id
from nato_reader.formats.newlines import normalise_record_newlines
from nato_reader.formats.spans_in import check_encodable, refuse_other_format


def record_from_native(obj: Mapping[str, Any]) -> Record:
    """A record as written by ``native_line``; ids, sources and attributes are kept."""
    refuse_other_format(obj, expected="native")
    record = Record.from_dict(obj)
    if not record.text.strip():
        raise RecordError("has an empty 'text'")
    check_encodable(record.text)
    record = normalise_record_newlines(record)
    if not obj.get("id"):  # derived from the text as stored, as for any other import
        record.id = article_id(record.text)
    return record


def native_line(record: Record) -> dict[str, Any]:
    return record.to_dict()
