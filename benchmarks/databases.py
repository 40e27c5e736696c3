"""Building the benchmark databases: the store's, through its public API, and a plain
``sqlite3`` one holding the same rows, which is the baseline the store is measured against."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

from benchmarks.corpus import iter_batches
from benchmarks.figures import wall_and_cpu
from nato_reader.store import Store

# Articles per add_records call: one transaction each, as an import of many files does.
BATCH = 2000

_PLAIN_SCHEMA = (
    "CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL,"
    " date TEXT, text TEXT NOT NULL, meta TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, body,"
    " tokenize = 'unicode61')",
)


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_store(path: Path, size: int, seed: int, *, analyze: bool) -> tuple[float, float]:
    """A new store database with the first ``size`` corpus articles; the seconds spent in
    ``add_records`` and the CPU seconds of this process in it (reading the cached corpus is
    not counted; analysis in worker processes is not in the CPU seconds)."""
    remove_db(path)
    wall = cpu = 0.0
    with Store.open(path, seed=False) as store:
        for chunk in iter_batches(size, seed, batch=BATCH):
            took, used = wall_and_cpu(lambda c=chunk: store.add_records(c, analyze=analyze))
            wall, cpu = wall + took, cpu + used
    return wall, cpu


def build_plain(path: Path, size: int, seed: int) -> tuple[float, float]:
    """The same article rows, with the content hash and a full-text index of title and text,
    inserted with bare ``sqlite3`` ``executemany`` in the same batches; seconds and CPU
    seconds taken."""
    remove_db(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    for statement in _PLAIN_SCHEMA:
        conn.execute(statement)
    conn.commit()
    wall = cpu = 0.0

    def insert(chunk: list) -> None:
        rows, fts = [], []
        for r in chunk:
            title = r.meta.get("title", "")
            rows.append((r.id, title, r.meta.get("source", ""), r.meta.get("date"), r.text,
                         json.dumps(r.meta, ensure_ascii=False),
                         hashlib.sha256(r.text.encode()).hexdigest()))
            fts.append((r.id, title, r.text))
        with conn:
            conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.executemany("INSERT INTO articles_fts VALUES (?, ?, ?)", fts)

    for chunk in iter_batches(size, seed, batch=BATCH):
        took, used = wall_and_cpu(lambda c=chunk: insert(c))
        wall, cpu = wall + took, cpu + used
    conn.close()
    return wall, cpu


def plain_search(conn: sqlite3.Connection, query: str, limit: int = 50, *,
                 ranked: bool = True) -> list[tuple]:
    """The baseline search: a bare FTS5 query with the list's columns, best first (or, not
    ``ranked``, the first matches in index order, which needs no look at the others)."""
    order = " ORDER BY f.rank" if ranked else ""
    return conn.execute(
        "SELECT a.id, a.title, a.source, a.date FROM articles_fts f"
        " JOIN articles a ON a.id = f.article_id WHERE articles_fts MATCH ?"
        f"{order} LIMIT ?", (query, limit)).fetchall()


def plain_dump(db: Path, out: Path) -> int:
    """The baseline export: every row of the store's articles, spans and relations tables as
    ``json.dumps`` lines, written and synced like an export; the number of articles."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    articles = 0
    with out.open("w", encoding="utf-8") as handle:
        for table in ("articles", "spans", "relations"):
            cursor = conn.execute(f"SELECT * FROM {table}")
            while rows := cursor.fetchmany(500):
                if table == "articles":
                    articles += len(rows)
                handle.write("".join(json.dumps(dict(row), ensure_ascii=False) + "\n"
                                     for row in rows))
        handle.flush()
        os.fsync(handle.fileno())
    conn.close()
    return articles
