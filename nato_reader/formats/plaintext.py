"""Plain-text articles: the first non-empty line is the title, the file name the source."""

from __future__ import annotations

from pathlib import Path

from nato_reader.core.record import Record, article_id
from nato_reader.formats.textfile import DecodedText, FormatError, split_title


def record_from_text(decoded: DecodedText, path: str | Path) -> Record:
    """The record of one decoded text file (no spans: the analyser adds suggestions)."""
    text = decoded.text
    if not text.strip():
        raise FormatError(path, "is empty")
    meta = {"title": split_title(text), "source": Path(path).name, "date": None}
    return Record(id=article_id(text), text=text, meta=meta)
