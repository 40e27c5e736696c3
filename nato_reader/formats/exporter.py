"""From records to export files: each format is a stream of text, written whole or not at all.

Every exporter turns an iterable of records into an iterator of text chunks, so an export of
any size is written in constant memory. ``write_atomically`` writes into a temporary file in
the target folder and moves it over the target (``os.replace``) only once everything is
written: a crash or an error half-way leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from nato_reader.core.record import Record
from nato_reader.formats.conll import conll_block
from nato_reader.formats.doccano import doccano_line
from nato_reader.formats.jsonl import dump_line
from nato_reader.formats.native import native_line
from nato_reader.formats.prodigy import prodigy_task
from nato_reader.formats.quotes import quote_lines

EXPORT_FORMATS = ("native", "prodigy", "doccano", "quotes", "conll")


def export_chunks(records: Iterable[Record], fmt: str, *, include_claims: bool = False,
                  statements: bool = False) -> Iterator[str]:
    """The text of an export, chunk by chunk; ``fmt`` is one of EXPORT_FORMATS."""
    for record in records:
        if fmt == "native":
            yield dump_line(native_line(record))
        elif fmt == "prodigy":
            yield dump_line(prodigy_task(record))
        elif fmt == "doccano":
            yield dump_line(doccano_line(record))
        elif fmt == "quotes":
            for line in quote_lines(record, include_claims=include_claims):
                yield dump_line(line)
        elif fmt == "conll":
            yield from conll_block(record, statements=statements)
        else:
            raise ValueError(f"unknown export format {fmt!r}")


def write_chunks(chunks: Iterable[str], out: TextIO) -> None:
    for chunk in chunks:
        out.write(chunk)


def write_atomically(path: str | Path, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to ``path`` as UTF-8, replacing the file only when all are written."""
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            write_chunks(chunks, out)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private; an export gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
