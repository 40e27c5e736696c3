"""Checks shared by the JSONL importers (native, Prodigy, doccano).

Other tools' spans carry offsets and a label, sometimes the covered text; ours must also hold
``text[start:end] == span.text``. Every check raises RecordError with a message that, put
after ``path:line:``, tells the user what is wrong with that line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from nato_reader.core.record import (
    LABELS,
    MANUAL,
    Record,
    RecordError,
    Relation,
    Span,
    article_id,
    number_spans,
)
from nato_reader.formats.newlines import normalise_record_newlines

# Extra span fields of the record contract that the exports write and the importers read back.
SPAN_ATTRS = ("country", "canonical", "speaker", "checkworthy", "note")


def offset(value: Any, name: str, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordError(f"{what} has {name} {value!r}, not a whole number")
    return value


def checked_span(text: str, start: Any, end: Any, label: Any, *, what: str,
                 given_text: Any = None, attrs: Mapping[str, Any] | None = None) -> Span:
    """A manual span over ``text``, after checking offsets, label and any text given with it."""
    start, end = offset(start, "start", what), offset(end, "end", what)
    if not 0 <= start < end <= len(text):
        raise RecordError(
            f"{what} offsets {start}-{end} are outside the text (length {len(text)})"
        )
    if not isinstance(label, str) or label not in LABELS:
        raise RecordError(f"{what} has label {label!r}; known labels: {', '.join(LABELS)}")
    covered = text[start:end]
    if given_text is not None and given_text != covered:
        raise RecordError(
            f"{what} text {given_text!r} does not match the text at {start}-{end} ({covered!r})"
        )
    kept = {k: v for k, v in (attrs or {}).items() if k in SPAN_ATTRS and v is not None}
    return Span(start, end, label, covered, source=MANUAL, attrs=kept)


def text_of(obj: Mapping[str, Any]) -> str:
    text = obj.get("text")
    if not isinstance(text, str):
        raise RecordError("has no 'text' string")
    if not text.strip():
        raise RecordError("has an empty 'text'")
    check_encodable(text)
    return text


def check_encodable(text: str) -> None:
    """JSON can spell half a surrogate pair (``\\ud83d``); no file or database can store it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        raise RecordError(
            f"text holds an unpaired surrogate {text[err.start]!r} at offset {err.start}"
        ) from None


def refuse_other_format(obj: Mapping[str, Any], *, expected: str) -> None:
    """Refuse a line whose annotations are in the other family's keys, which would be lost."""
    doccano_keys = "entities" in obj or "label" in obj
    if expected == "doccano" and "spans" in obj and not doccano_keys:
        raise RecordError("has 'spans', not doccano's 'entities' or 'label': is it Prodigy "
                          "or nato_reader JSONL? (try --format auto)")
    if expected != "doccano" and doccano_keys and "spans" not in obj:
        raise RecordError("has doccano's 'entities' or 'label', not 'spans' "
                          "(try --format doccano or auto)")


def meta_of(obj: Mapping[str, Any]) -> dict[str, Any]:
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordError("has a 'meta' that is not an object")
    return dict(meta)


def finish(text: str, meta: dict[str, Any], spans: list[Span],
           relations: list[Relation]) -> Record:
    """Number the spans s1, s2 … by position, validate, and normalise line endings."""
    spans, relations = number_spans(spans, relations)
    record = Record(id="", text=text, meta=meta, spans=spans, relations=relations)
    record.validate()
    record = normalise_record_newlines(record)
    record.id = article_id(record.text)
    return record
