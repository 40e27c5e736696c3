"""``Store``: the one door to the annotation database (see docs/store-api.md)."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from nato_reader.core.record import AUTO, Record, article_id
from nato_reader.store import analysis, database, filtervalues, schema
from nato_reader.store.annotate import AnnotateMixin
from nato_reader.store.articles import ArticlesMixin
from nato_reader.store.errors import StoreError
from nato_reader.store.history import replay
from nato_reader.store.models import Event
from nato_reader.store.reports import ReportsMixin
from nato_reader.store.searchtext import NORMALIZER_FINGERPRINT, normalize, normalize_text

_FINGERPRINT_KEY = "search_normalizer"


class Store(ArticlesMixin, AnnotateMixin, ReportsMixin):
    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None, *, seed: bool = True,
             create: bool = True) -> Store:
        """Open the database at ``path`` (default: ``default_path()``), creating it if needed.

        A new database gets the sample articles when ``seed`` is true.
        """
        target = database.default_path() if path is None else Path(path).expanduser()
        if target.is_dir():
            raise StoreError(f"{target} is a folder, not a database file")
        if not target.exists():
            if not create:
                raise StoreError(f"there is no database at {target}")
            if path is None:
                target.parent.mkdir(parents=True, exist_ok=True)
            elif not target.parent.is_dir():
                raise StoreError(f"cannot create {target}: the folder {target.parent} "
                                 "does not exist")
        samples: list[Record] = []
        if seed and (not target.exists() or target.stat().st_size == 0):
            samples = _sample_records()  # analysed before the write lock is taken

        def fill(db: Database) -> None:
            cls(db, target)._write_batch(samples, source=AUTO, annotator=None)

        store = cls(database.connect(target, on_create=fill if samples else None), target)
        try:
            store._refresh_search_index()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def schema_version(self) -> int:
        return len(schema.applied_names(self.db))

    def check(self) -> list[str]:
        """Integrity problems of the file and of the store's own bookkeeping; [] when fine."""
        problems = [f"integrity: {r[0]}" for r in self.db.execute("PRAGMA integrity_check")
                    if r[0] != "ok"]
        problems += [f"foreign key: {table} row {rowid} points at a missing {parent} row"
                     for table, rowid, parent, _ in self.db.execute("PRAGMA foreign_key_check")]
        if self.schema_version() != schema.SCHEMA_VERSION:
            problems.append(f"schema version {self.schema_version()}, expected "
                            f"{schema.SCHEMA_VERSION}")
        stale = self.db.execute(
            """SELECT count(*) FROM articles a WHERE
                 n_quotes != (SELECT count(*) FROM spans WHERE article_id = a.id
                              AND label IN ('QUOTE', 'CLAIM') AND state != 'rejected')
              OR n_open != (SELECT count(*) FROM spans WHERE article_id = a.id
                            AND state = 'open')""").fetchone()[0]
        if stale:
            problems.append(f"{stale} articles have wrong quote or open-suggestion counts")
        n_articles = self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_indexed = self.db.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        if n_articles != n_indexed:
            problems.append(f"search index holds {n_indexed} articles of {n_articles}")
        astray = self.db.execute(
            "SELECT count(*) FROM articles_fts f LEFT JOIN articles a ON a.num = f.rowid"
            " WHERE a.id IS NOT f.article_id").fetchone()[0]
        if astray:
            problems.append(f"{astray} search index rows do not have their article's number")
        recount = {(kind, value): n for kind, value, n in
                   self.db.execute(filtervalues.RECOUNT_SQL)}
        kept = {(kind, value): n for kind, value, n in
                self.db.execute("SELECT kind, value, n FROM filter_values")}
        if recount != kept:
            problems.append("the country and speaker choices do not match the spans")
        bad_spans = self.db.execute(
            'SELECT count(*) FROM spans s JOIN articles a ON a.id = s.article_id'
            ' WHERE substr(a.text, s.start + 1, s."end" - s.start) != s.text').fetchone()[0]
        if bad_spans:
            problems.append(f"{bad_spans} spans do not match the text at their offsets")
        return problems

    def counts(self) -> dict[str, int]:
        """How many rows each of the store's tables holds."""
        tables = ("articles", "spans", "relations", "entities", "entity_aliases", "annotators",
                  "events")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def undo(self, event_id: int, *, annotator: str) -> Event:
        """Write back what ``event_id`` changed, as an ``undo`` event."""
        return replay(self.db, event_id, annotator, "undo", lambda e: (e.after or {},
                                                                       e.before or {}))

    def redo(self, event_id: int, *, annotator: str) -> Event:
        """Apply ``event_id``'s change again (after its undo), as a ``redo`` event."""
        return replay(self.db, event_id, annotator, "redo", lambda e: (e.before or {},
                                                                       e.after or {}))

    # ---- upkeep -------------------------------------------------------------------------

    def _refresh_search_index(self) -> None:
        """Re-index every article when the normaliser differs from the one that built it."""
        row = self.db.execute("SELECT value FROM store_meta WHERE key = ?",
                              [_FINGERPRINT_KEY]).fetchone()
        if row is not None and row[0] == NORMALIZER_FINGERPRINT:
            return
        with database.write_lock(self.db):
            self.db.execute("DELETE FROM articles_fts")
            cursor = self.db.conn.cursor()
            cursor.execute("SELECT num, id, title, text FROM articles")
            while rows := cursor.fetchmany(1000):
                self.db.conn.executemany(
                    "INSERT INTO articles_fts (rowid, article_id, title, body)"
                    " VALUES (?, ?, ?, ?)",
                    [(num, aid, normalize(title), normalize_text(text))
                     for num, aid, title, text in rows])
            self.db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)",
                            [_FINGERPRINT_KEY, NORMALIZER_FINGERPRINT])



def _sample_records() -> list[Record]:
    """The shipped sample articles, analysed."""
    from nato_reader.formats.textfile import read_text_file, split_title
    from nato_reader.paths import resource

    records = []
    for path in sorted(resource("samples").glob("*.txt")):
        text = read_text_file(path).text
        records.append(Record(id=article_id(text), text=text,
                              meta={"title": split_title(text), "source": path.name,
                                    "date": None}))
    analysis.analyze_records(records)
    return records
