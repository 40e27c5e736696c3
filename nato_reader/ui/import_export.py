"""Importing files into the database and exporting it, as plain functions for a worker thread.

Nothing here touches Qt: the dialogs in ``jobs.py`` run these on a worker and hear about
progress through the ``progress`` callback, which they turn into signals. Each run opens its own
Store from the database path (an sqlite connection belongs to the thread that made it), and
checks the ``cancel`` flag between files or records.

An import reads and checks every chosen file first, then writes all good records in one
``add_records`` call: a cancelled import, or one that fails while writing, leaves the database
as it was. A file with bad content is reported with its path and line and the other files go
in. An export writes through the exporters, which replace the target only once the file is
complete, so a cancelled export leaves any earlier file in place.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from nato_reader.core.record import Record
from nato_reader.formats import exporter, importer
from nato_reader.formats.textfile import FormatError
from nato_reader.store import ArticleFilter, Store

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a worker when the user cancelled; nothing more is written."""


@dataclass
class FileProblem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.message}"
            if self.line is not None
            else f"{self.path}: {self.message}"
        )


@dataclass
class ImportOutcome:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # e.g. a file read as Windows-1256
    cancelled: bool = False


@dataclass
class ExportOutcome:
    written: int = 0
    path: str = ""
    cancelled: bool = False


def _until_cancelled(records: Iterable[Record], cancel: threading.Event) -> Iterator[Record]:
    # The store reads the whole batch before writing any of it: stopping here writes nothing.
    for record in records:
        if cancel.is_set():
            raise Cancelled
        yield record


def run_import(
    store_path: str | Path,
    paths: Iterable[str | Path],
    *,
    fmt: str,
    analyze: bool,
    annotator: str | None,
    cancel: threading.Event,
    progress: Progress,
) -> ImportOutcome:
    """Check every file, then store all good records at once. Runs on the worker thread."""
    outcome = ImportOutcome()
    files = importer.find_files(paths, fmt)
    prepared: list[importer.ImportFile] = []
    for i, path in enumerate(files):
        if cancel.is_set():
            outcome.cancelled = True
            return outcome
        progress(i, len(files), str(path))
        try:
            prepared.append(importer.prepare(path, fmt))
        except FormatError as err:
            outcome.problems.append(FileProblem(err.path, err.line, err.message))
    outcome.notices = [f"{f.path}: {notice}" for f in prepared for notice in f.notices]
    if not prepared:
        return outcome
    progress(len(files), len(files), "")
    progress(0, 0, "")  # analysing and writing: no steps to count
    records = _until_cancelled(chain.from_iterable(f.records() for f in prepared), cancel)
    try:
        with Store.open(store_path, seed=False, create=False) as store:
            result = store.add_records(records, analyze=analyze, annotator=annotator)
    except Cancelled:
        outcome.cancelled = True
        return outcome
    outcome.added, outcome.skipped = result.added, result.skipped
    return outcome


class _Counter:
    """Passes records through to the exporter, counting them and reporting progress."""

    def __init__(self, total: int, cancel: threading.Event, progress: Progress) -> None:
        self.total, self.cancel, self.progress = total, cancel, progress
        self.count = 0

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            # Stopping the stream aborts the atomic write: the old file stays in place.
            if self.cancel.is_set():
                raise Cancelled
            if self.count % 25 == 0:
                self.progress(self.count, self.total, str(record.meta.get("title", "")))
            self.count += 1
            yield record


def run_export(
    store_path: str | Path,
    target: str | Path,
    *,
    fmt: str,
    flt: ArticleFilter | None,
    only: str,
    include_claims: bool,
    statements: bool,
    cancel: threading.Event,
    progress: Progress,
    labels: Sequence[str] | None = None,
    annotator: str | None = None,
) -> ExportOutcome:
    """Stream the chosen records into ``target``. Runs on the worker thread.

    The filters are those of ``nato-reader export``: ``flt`` chooses the articles, ``labels``
    and ``annotator`` the spans kept in them, ``only`` manual or accepted spans.
    """
    outcome = ExportOutcome(path=str(target))
    if not Path(target).parent.is_dir():
        raise FormatError(target, f"cannot be written: the folder {Path(target).parent} is missing")
    with Store.open(store_path, seed=False, create=False) as store:
        counter = _Counter(store.count_articles(flt), cancel, progress)
        records = counter(
            store.iter_records(flt, labels=labels or None, only=only, annotator=annotator)
        )
        chunks = exporter.export_chunks(
            records, fmt, include_claims=include_claims, statements=statements
        )
        try:
            exporter.write_atomically(target, chunks)
        except Cancelled:
            outcome.cancelled = True
            return outcome
    outcome.written = counter.count
    progress(counter.total, counter.total, "")
    return outcome
