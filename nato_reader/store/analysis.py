"""Running the text engine over a batch of records before they are stored.

Analysis is pure CPU work, so a large batch is spread over processes (one per core); the
database write that follows is a single transaction in this process.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from nato_reader.core.record import Record

# Below this many texts, starting worker processes costs more than it saves.
PARALLEL_FROM = 64


def _analyze_one(text: str) -> Record:
    # Imported here: the engine loads its lexicons on import, which only analysis should pay.
    from nato_reader.core.analyze import analyze

    return analyze(text)


def analyze_records(records: Sequence[Record]) -> None:
    """Give every record without spans the engine's suggestions (in place)."""
    todo = [r for r in records if not r.spans]
    if not todo:
        return
    texts = [r.text for r in todo]
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) >= PARALLEL_FROM and workers > 1:
        # Fresh interpreters, not forks: the window imports from a worker thread, and forking
        # a process that runs Qt's threads can leave a child holding a lock forever.
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            results = list(pool.map(_analyze_one, texts, chunksize=16))
    else:
        results = [_analyze_one(t) for t in texts]
    for record, analysed in zip(todo, results, strict=True):
        record.spans = list(analysed.spans)
        record.relations = list(analysed.relations)
