"""Line endings in records from JSONL files: ``\\r\\n`` becomes ``\\n`` and the offsets follow.

A record written on Windows (or by a tool that kept the page's ``\\r\\n``) has offsets counted
with the ``\\r``. Stored texts use ``\\n`` only (``textfile.normalise_newlines``), so each
offset moves back by the number of ``\\r\\n`` pairs before it; a lone ``\\r`` becomes ``\\n``
in place. Spans are re-cut from the new text, so ``text[start:end] == span.text`` still holds.
"""

from __future__ import annotations

import bisect
import re

from nato_reader.core.record import Record, RecordError, Span
from nato_reader.formats.textfile import normalise_newlines

_CRLF = re.compile(r"\r\n")


def normalise_record_newlines(record: Record) -> Record:
    """The record with ``\\n`` line endings; RecordError if a span held only a ``\\r``."""
    if "\r" not in record.text:
        return record
    # Offsets of the dropped characters: the "\r" of each "\r\n".
    dropped = [m.start() for m in _CRLF.finditer(record.text)]

    def shift(offset: int) -> int:
        return offset - bisect.bisect_left(dropped, offset)

    text = normalise_newlines(record.text)
    spans = []
    for span in record.spans:
        start, end = shift(span.start), shift(span.end)
        if start >= end:
            raise RecordError(f"span {span.id} holds only a line ending")
        spans.append(Span(start, end, span.label, text[start:end], span.id, span.source,
                          dict(span.attrs)))
    return Record(record.id, text, dict(record.meta), spans, list(record.relations))
