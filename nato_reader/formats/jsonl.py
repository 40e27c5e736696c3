"""Reading JSONL files line by line, in bounded memory, with the line number of every error.

JSON Lines are UTF-8 by definition, so unlike plain-text articles they are not tried as
Windows-1256: a line that is not UTF-8 is an error naming that line.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from nato_reader.formats.textfile import FormatError, looks_binary, open_binary

# One line holds one article; no news article (with its annotations) comes near this size,
# and refusing longer lines keeps memory bounded whatever file is given.
MAX_LINE_BYTES = 16 * 1024 * 1024


def iter_json_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, JSON object) for each non-blank line; FormatError at the first bad one."""
    p = Path(path)
    with open_binary(p) as handle:
        if looks_binary(handle.read(65536)):
            raise FormatError(p, "is a binary file, not text")
        handle.seek(0)
        number = 0
        while True:
            raw = handle.readline(MAX_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            if len(raw) > MAX_LINE_BYTES:
                raise FormatError(
                    p, f"line is longer than {MAX_LINE_BYTES // (1024 * 1024)} MB", number
                )
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise FormatError(p, "is not UTF-8 (JSONL files must be)", number) from None
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                raise FormatError(
                    p, f"is not valid JSON ({err.msg} at column {err.colno})", number
                ) from None
            if not isinstance(value, dict):
                raise FormatError(p, "is not a JSON object", number)
            yield number, value


def first_json_object(path: str | Path) -> dict[str, Any] | None:
    """The first record of a JSONL file (to tell its format), None if it has none."""
    for _, value in iter_json_lines(path):
        return value
    return None


def dump_line(value: Any) -> str:
    """One JSONL line: Arabic left readable, no spaces wasted, ``\\n`` at the end."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
