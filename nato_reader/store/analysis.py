"""Running the text engine over records before they are stored.

Analysis is pure CPU work, so a large chunk is spread over processes (one per core); the
database write that follows is a single transaction in this process. ``Analyzer`` keeps its
processes for the whole of an import, so that the next chunk is analysed while this process
writes the one before.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from types import TracebackType

from nato_reader.core.record import Record

# Below this many texts, starting worker processes costs more than it saves.
PARALLEL_FROM = 64


def _analyze_one(text: str) -> Record:
    # Imported here: the engine loads its lexicons on import, which only analysis should pay.
    from nato_reader.core.analyze import analyze

    return analyze(text)


class Pending:
    """A chunk whose analysis may still be running; ``result()`` waits for it."""

    def __init__(self, records: list[Record], todo: list[Record],
                 results: Iterator[Record]) -> None:
        self._records = records
        self._todo = todo
        self._results = results

    def result(self) -> list[Record]:
        """The chunk's records, each without spans now holding the engine's suggestions."""
        for record, analysed in zip(self._todo, self._results, strict=True):
            record.spans = list(analysed.spans)
            record.relations = list(analysed.relations)
        self._todo = []
        return self._records


class Analyzer:
    """Analyses chunks of records (only those without spans), large ones in worker processes.

    ``submit`` returns at once for a large chunk: the workers go on while the caller writes.
    """

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, records: list[Record]) -> Pending:
        todo = [r for r in records if not r.spans] if self.enabled else []
        texts = [r.text for r in todo]
        workers = min(os.cpu_count() or 1, 8)
        if len(todo) >= PARALLEL_FROM and workers > 1:
            if self._pool is None:
                # Fresh interpreters, not forks: the window imports from a worker thread, and
                # forking a process that runs Qt's threads can leave a child holding a lock.
                self._pool = ProcessPoolExecutor(max_workers=workers,
                                                 mp_context=get_context("spawn"))
            # map() hands every text to the workers now and yields results in order.
            results = self._pool.map(_analyze_one, texts, chunksize=16)
        else:
            results = iter([_analyze_one(t) for t in texts])
        return Pending(records, todo, results)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def analyze_records(records: Sequence[Record]) -> None:
    """Give every record without spans the engine's suggestions (in place)."""
    with Analyzer() as analyzer:
        analyzer.submit(list(records)).result()
