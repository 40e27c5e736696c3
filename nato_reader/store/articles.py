"""Articles: importing batches, the list, search, the review status and whole records."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from nato_reader.core.record import (
    AUTO,
    ENTITY_LABELS,
    MANUAL,
    Record,
    RecordError,
    Relation,
    Span,
)
from nato_reader.formats.textfile import split_title
from nato_reader.store import analysis, filters, filtervalues
from nato_reader.store.database import now, write_lock
from nato_reader.store.errors import SearchError, StoreError
from nato_reader.store.history import ensure_annotator, insert_event, recorded_change
from nato_reader.store.models import (
    ACCEPTED,
    NEW,
    OPEN,
    REJECTED,
    RETURNED,
    STATUSES,
    TRANSITIONS,
    Article,
    ArticleFilter,
    ArticleRow,
    Event,
    ImportResult,
    StoredRelation,
    StoredSpan,
)
from nato_reader.store.searchtext import normalize, normalize_text, to_fts_query

ROW_COLUMNS = "a.id, a.title, a.source, a.date, a.status, a.n_quotes, a.n_open, a.updated"
ONLY = ("all", "manual", "accepted")
# An import is read, analysed and written in chunks of this size: large enough that the
# workers and the inserts run in long batches, small enough to keep memory flat.
CHUNK_RECORDS = 1000
CHUNK_CHARS = 4_000_000
# Searches matching at most this many articles are ranked best first; larger ones newest first.
RANKED_UP_TO = 300
# A filtered list whose query matches more articles than this is read by walking the list's
# index (each article tested against the matches); a smaller set of matches is read and sorted,
# which costs milliseconds, where walking the index for a rare word would read all of it.
WALK_INDEX_FROM = 2000
SYSTEM_ANNOTATOR = "nato-reader"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _row(values: Sequence[Any]) -> ArticleRow:
    return ArticleRow(*values)


# The columns of a StoredSpan, in its order, for ``span_from_row``.
SPAN_COLUMNS = ('pk, article_id, sid, start, "end", label, text, attrs, source, state,'
                " annotator, created, updated, review")


def span_from_row(row: Sequence[Any],
                  attrs_of: Callable[[str], dict[str, Any]] = json.loads) -> StoredSpan:
    """A StoredSpan from a row of ``SPAN_COLUMNS``."""
    pk, aid, sid, start, end, label, text, attrs, source, state, annotator, created, updated, \
        review = row
    return StoredSpan(pk, aid, sid, start, end, label, text, attrs_of(attrs), source, state,
                      annotator, created, updated, review)


def attrs_decoder() -> Callable[[str], dict[str, Any]]:
    """``json.loads`` for the attrs of many spans read at once.

    An article repeats its attrs (the same country, the same person), so each distinct text is
    decoded once; every span still gets a dict of its own: a copy, which shares nothing when
    the attrs hold no nested containers (those are decoded anew each time).
    """
    flat: dict[str, dict[str, Any]] = {}

    def decode(raw: str) -> dict[str, Any]:
        known = flat.get(raw)
        if known is not None:
            return dict(known)
        attrs = json.loads(raw)
        if not any(isinstance(v, dict | list) for v in attrs.values()):
            flat[raw] = attrs
            return dict(attrs)
        return attrs

    return decode


def _checked_chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    """``records`` in lists of at most ``CHUNK_RECORDS`` records and about ``CHUNK_CHARS``
    characters, each record checked (StoreError names it by its place in the whole import)."""
    chunk: list[Record] = []
    chars = 0
    for number, record in enumerate(records, 1):
        try:
            record.validate()
        except RecordError as error:
            raise StoreError(f"record {number} ({record.id}): {error}") from None
        chunk.append(record)
        chars += len(record.text)
        if len(chunk) >= CHUNK_RECORDS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _fts_error(query: str, error: sqlite3.Error) -> SearchError:
    return SearchError(f"search {query!r} cannot be run: {error}")


class ArticlesMixin:
    db: Database

    # ---- import -------------------------------------------------------------------------

    def add_records(self, records: Iterable[Record], *, analyze: bool, source: str = AUTO,
                    annotator: str | None = None) -> ImportResult:
        """Store records in one transaction: all of them or, on error, none.

        ``source="manual"`` marks every given span as made by a person (stored accepted);
        with ``"auto"`` each span keeps its own source. Records whose text is already stored
        are skipped. ``records`` is read a chunk at a time (``CHUNK_RECORDS`` records or
        ``CHUNK_CHARS`` characters), each checked, analysed and written before the next, so
        memory does not grow with the import; the next chunk is analysed while one is written.
        """
        if source not in (AUTO, MANUAL):
            raise StoreError(f"unknown span source {source!r} (auto or manual)")
        chunks = _checked_chunks(records)
        stamp = now()
        result = ImportResult()
        with analysis.Analyzer(enabled=analyze) as analyzer:
            # The first chunk (the whole of a small import) is analysed before the write lock
            # is taken, so other programs can write meanwhile.
            ready = analyzer.submit(next(chunks, [])).result()
            with write_lock(self.db):
                if annotator:
                    ensure_annotator(self.db, annotator)
                while True:
                    following = next(chunks, None)
                    pending = None if following is None else analyzer.submit(following)
                    fresh = self._new_records(ready, result)
                    self._insert_records(fresh, source=source, annotator=annotator, stamp=stamp)
                    if pending is None:
                        break
                    ready = pending.result()
                self._import_event(result, annotator, stamp)
        return result

    def _write_batch(self, batch: list[Record], *, source: str,
                     annotator: str | None) -> ImportResult:
        """Store checked, analysed records inside the caller's write transaction."""
        stamp = now()
        result = ImportResult()
        if annotator:
            ensure_annotator(self.db, annotator)
        fresh = self._new_records(batch, result)
        self._insert_records(fresh, source=source, annotator=annotator, stamp=stamp)
        self._import_event(result, annotator, stamp)
        return result

    def _import_event(self, result: ImportResult, annotator: str | None, stamp: str) -> None:
        insert_event(self.db, article_id=None, annotator=annotator or SYSTEM_ANNOTATOR,
                     action="import", span_pk=None, before=None,
                     after={"added": result.added, "skipped": result.skipped}, stamp=stamp)

    def _new_records(self, batch: list[Record],
                     result: ImportResult) -> list[tuple[Record, str]]:
        """The records not stored yet, with their content hash; fills ``result``."""
        hashes = [content_hash(r.text) for r in batch]
        stored: dict[str, str] = {}  # hash -> id, for hashes already in the database
        ids: dict[str, str] = {}  # id -> hash, for ids already in the database
        for i in range(0, len(batch), 500):
            chunk_h = hashes[i:i + 500]
            chunk_i = [r.id for r in batch[i:i + 500]]
            marks = ", ".join("?" for _ in chunk_h)
            for aid, h in self.db.execute(
                f"SELECT id, content_hash FROM articles WHERE content_hash IN ({marks})"
                f" OR id IN ({marks})", chunk_h + chunk_i,
            ):
                stored[h] = aid
                ids[aid] = h
        fresh: list[tuple[Record, str]] = []
        for record, h in zip(batch, hashes, strict=True):
            if h in stored:
                result.skipped.append(stored[h])
                continue
            if record.id in ids:
                raise StoreError(
                    f"article id {record.id} is already used by a different text; "
                    "give the record another id (or none, to derive one from its text)"
                )
            stored[h] = record.id
            ids[record.id] = h
            fresh.append((record, h))
            result.added.append(record.id)
        return fresh

    def _insert_records(self, records: list[tuple[Record, str]], *, source: str,
                        annotator: str | None, stamp: str) -> None:
        article_rows = []
        fts_rows = []
        span_rows = []
        relation_rows = []
        entity_rows = set()
        named: Counter[tuple[str, str]] = Counter()
        for record, text_hash in records:
            meta = dict(record.meta)
            title = str(meta.get("title") or split_title(record.text))
            article_rows.append((
                record.id, title, str(meta.get("source") or ""), meta.get("date"),
                record.text, json.dumps(meta, ensure_ascii=False), text_hash,
                NEW, stamp, stamp,
            ))
            fts_rows.append((record.id, record.id, normalize(title),
                             normalize_text(record.text)))
            for span in record.spans:
                manual = source == MANUAL or span.source == MANUAL
                state = ACCEPTED if manual else OPEN
                span_rows.append((
                    record.id, span.id, span.start, span.end, span.label, span.text,
                    json.dumps(span.attrs, ensure_ascii=False), MANUAL if manual else AUTO,
                    state, annotator if manual else None, stamp, stamp,
                ))
                named.update(filtervalues.named_in(span.label, state, span.attrs))
                if span.label in ENTITY_LABELS:
                    entity_rows.add((str(span.attrs.get("canonical") or span.text), span.label,
                                     span.attrs.get("country")))
            relation_rows.extend((record.id, r.head, r.child, r.label) for r in record.relations)
        execute = self.db.conn.executemany
        execute("INSERT INTO articles (id, title, source, date, text, meta, content_hash,"
                " status, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", article_rows)
        # The index row takes its article's number as rowid (schema.m005_article_numbers).
        execute("INSERT INTO articles_fts (rowid, article_id, title, body) VALUES"
                " ((SELECT num FROM articles WHERE id = ?), ?, ?, ?)", fts_rows)
        execute('INSERT INTO spans (article_id, sid, start, "end", label, text, attrs, source,'
                " state, annotator, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                span_rows)
        execute("INSERT INTO relations (article_id, head, child, label) VALUES (?, ?, ?, ?)",
                relation_rows)
        execute("INSERT OR IGNORE INTO entities (canonical, label, country) VALUES (?, ?, ?)",
                sorted(entity_rows, key=lambda r: (r[0], r[1], r[2] or "")))
        if span_rows:
            execute(
                """UPDATE articles SET
                     n_quotes = (SELECT count(*) FROM spans WHERE article_id = :id
                                 AND label IN ('QUOTE', 'CLAIM') AND state != 'rejected'),
                     n_open = (SELECT count(*) FROM spans WHERE article_id = :id
                               AND state = 'open')
                   WHERE id = :id""",
                ({"id": r.id} for r, _ in records if r.spans),
            )
        filtervalues.add(self.db, named)

    # ---- reading ------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article:
        row = next(self.db.query("SELECT * FROM articles WHERE id = ?", [article_id]), None)
        if row is None:
            raise StoreError(f"no article {article_id!r} in this database")
        return Article(
            id=row["id"], title=row["title"], source=row["source"], date=row["date"],
            status=row["status"], n_quotes=row["n_quotes"], n_open=row["n_open"],
            updated=row["updated"], text=row["text"], meta=json.loads(row["meta"]),
            content_hash=row["content_hash"], review_comment=row["review_comment"],
        )

    def resolve_id(self, prefix: str) -> str:
        """The one article id that starts with ``prefix`` (as users type short ids)."""
        ids = [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            [prefix, prefix + "\uffff"])]
        if not ids:
            raise StoreError(f"no article id starts with {prefix!r}")
        if len(ids) > 1 and ids[0] != prefix:
            raise StoreError(f"more than one article id starts with {prefix!r}; type more of it")
        return ids[0]

    def count_articles(self, flt: ArticleFilter | None = None) -> int:
        if flt is not None and flt.query and filters.only_query(flt):
            # The index counts its own matches without reading a single article row.
            return self._run_list(flt, "SELECT count(*) FROM articles_fts WHERE articles_fts"
                                  " MATCH ?", [to_fts_query(flt.query)])[0][0]
        clause, params = self._where(flt)
        return self._run_list(flt, f"SELECT count(*) FROM articles a WHERE {clause}",
                              params)[0][0]

    def list_articles(self, flt: ArticleFilter | None = None, *, offset: int = 0,
                      limit: int = 200, order: str = "updated") -> list[ArticleRow]:
        clause, params = self._where(flt)
        sql = (f"SELECT {ROW_COLUMNS} FROM articles a WHERE {clause}"
               f" ORDER BY {filters.order_by(order)} LIMIT ? OFFSET ?")
        return [_row(r) for r in self._run_list(flt, sql, [*params, limit, offset])]

    def search(self, query: str, *, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        """Articles matching ``query`` (words, ``word*``, ``"phrases"``, AND/OR/NOT).

        A query that few articles match comes best match first (FTS5's bm25 rank). One that
        more than ``RANKED_UP_TO`` articles match comes newest import first: ranking needs
        every match's statistics, so a word found in every article of a large corpus would
        take a second, while walking the index from its newest entry stops after one page.
        """
        match = to_fts_query(query)
        try:
            many = self.db.execute(
                "SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                " ORDER BY rowid DESC LIMIT ?)", [match, RANKED_UP_TO + 1],
            ).fetchone()[0] > RANKED_UP_TO
            key = "rowid" if many else "rank"
            direction = "DESC" if many else ""
            sql = (f"SELECT {ROW_COLUMNS} FROM (SELECT {key} AS k, rowid AS num FROM articles_fts"
                   f" WHERE articles_fts MATCH ? ORDER BY {key} {direction} LIMIT ? OFFSET ?) f"
                   f" JOIN articles a ON a.num = f.num ORDER BY f.k {direction}")
            return [_row(r) for r in self.db.execute(sql, [match, limit, offset])]
        except sqlite3.OperationalError as error:
            raise _fts_error(query, error) from None

    def _where(self, flt: ArticleFilter | None) -> tuple[str, list[Any]]:
        many = bool(flt is not None and flt.query and self._many_matches(flt.query))
        return filters.where(flt, many_matches=many)

    def _many_matches(self, query: str) -> bool:
        """Whether more than ``WALK_INDEX_FROM`` articles match (read from the index alone)."""
        try:
            return self.db.execute(
                "SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                " LIMIT ?)", [to_fts_query(query), WALK_INDEX_FROM + 1],
            ).fetchone()[0] > WALK_INDEX_FROM
        except sqlite3.OperationalError as error:
            raise _fts_error(query, error) from None

    def _run_list(self, flt: ArticleFilter | None, sql: str, params: list[Any]) -> list[tuple]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            if flt is not None and flt.query:
                raise _fts_error(flt.query, error) from None
            raise

    # ---- review workflow ----------------------------------------------------------------

    def set_status(self, article_id: str, status: str, *, annotator: str,
                   comment: str | None = None) -> Event:
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r} (one of: {', '.join(STATUSES)})")
        current = self.get_article(article_id).status
        if status not in TRANSITIONS[current]:
            allowed = ", ".join(TRANSITIONS[current])
            raise StoreError(f"an article that is {current} cannot become {status} "
                             f"(it can become: {allowed})")
        if status == RETURNED and not (comment and comment.strip()):
            raise StoreError("returning an article needs a comment saying what to change")
        events: list[Event] = []
        with recorded_change(self.db, article_id, annotator, f"status:{status}",
                             start_work=False, result=events):
            self.db.execute("UPDATE articles SET status = ?, review_comment = ? WHERE id = ?",
                            [status, comment if comment else None, article_id])
        return events[0]

    # ---- records ------------------------------------------------------------------------

    def get_record(self, article_id: str, *, include_rejected: bool = False,
                   only: str = "all") -> Record:
        article = self.get_article(article_id)
        return next(self._records([(article.id, article.text, json.dumps(article.meta))],
                                  include_rejected=include_rejected, only=only, labels=None,
                                  annotator=None))

    def iter_records(self, flt: ArticleFilter | None = None, *,
                     labels: Iterable[str] | None = None, only: str = "all",
                     annotator: str | None = None, batch: int = 500,
                     include_rejected: bool = False) -> Iterator[Record]:
        """Every matching article as a record, read ``batch`` articles at a time.

        One statement walks the matching ids (the filter, full-text search included, runs
        once); each batch of ids then loads its texts, spans and relations.
        """
        if only not in ONLY:
            raise StoreError(f"unknown span selection {only!r} (one of: {', '.join(ONLY)})")
        label_set = None if labels is None else set(labels)
        clause, params = self._where(flt)
        try:
            ids = self.db.conn.execute(
                f"SELECT a.id FROM articles a WHERE {clause} ORDER BY a.id", params)
        except sqlite3.OperationalError as error:
            if flt is not None and flt.query:
                raise _fts_error(flt.query, error) from None
            raise
        while chunk := [r[0] for r in ids.fetchmany(batch)]:
            marks = ", ".join("?" for _ in chunk)
            rows = self.db.execute(f"SELECT id, text, meta FROM articles WHERE id IN ({marks})"
                                   " ORDER BY id", chunk).fetchall()
            yield from self._records(rows, include_rejected=include_rejected, only=only,
                                     labels=label_set, annotator=annotator)

    def _records(self, rows: list[tuple], *, include_rejected: bool, only: str,
                 labels: set[str] | None, annotator: str | None) -> Iterator[Record]:
        if only not in ONLY:
            raise StoreError(f"unknown span selection {only!r} (one of: {', '.join(ONLY)})")
        ids = [r[0] for r in rows]
        marks = ", ".join("?" for _ in ids)
        conditions = [f"article_id IN ({marks})"]
        params: list[Any] = list(ids)
        if not include_rejected:
            conditions.append(f"state != '{REJECTED}'")
        if only == "manual":
            conditions.append(f"source = '{MANUAL}'")
        elif only == "accepted":
            conditions.append(f"state = '{ACCEPTED}'")
        if annotator:
            conditions.append("annotator = ?")
            params.append(annotator)
        spans: dict[str, list[Span]] = {i: [] for i in ids}
        for row in self.db.query(
            f"SELECT * FROM spans WHERE {' AND '.join(conditions)} ORDER BY article_id, start,"
            ' "end" DESC, pk', params,
        ):
            if labels is None or row["label"] in labels:
                spans[row["article_id"]].append(Span(
                    start=row["start"], end=row["end"], label=row["label"], text=row["text"],
                    id=row["sid"], source=row["source"], attrs=json.loads(row["attrs"])))
        relations: dict[str, list[Relation]] = {i: [] for i in ids}
        for aid, head, child, label in self.db.execute(
            f"SELECT article_id, head, child, label FROM relations WHERE article_id IN ({marks})"
            " ORDER BY pk", ids,
        ):
            relations[aid].append(Relation(head, child, label))
        for aid, text, meta in rows:
            kept = {s.id for s in spans[aid]}
            yield Record(id=aid, text=text, meta=json.loads(meta), spans=spans[aid],
                         relations=[r for r in relations[aid]
                                    if r.head in kept and r.child in kept])

    def relations(self, article_id: str) -> list[StoredRelation]:
        return [StoredRelation(**row) for row in self.db.query(
            "SELECT pk, article_id, head, child, label FROM relations WHERE article_id = ?"
            " ORDER BY pk", [article_id])]
