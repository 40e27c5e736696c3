"""The event log: every change as the rows it touched before and after, and undo/redo from it.

An event's ``before`` and ``after`` hold, per table, the full rows the change touched that
differ between the two states (a row only in ``after`` was created, one only in ``before`` was
deleted) and the article's status and review comment when they changed. Undo writes
``before`` back, redo writes ``after``: both restore rows exactly, primary keys included.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from nato_reader.core.record import STATEMENT_LABELS
from nato_reader.store import filtervalues
from nato_reader.store.database import now, write_lock
from nato_reader.store.errors import StoreError
from nato_reader.store.models import IN_PROGRESS, NEW, OPEN, REJECTED, Event

# Tables whose rows an event holds (aliases only for merge_people), with their primary key.
_TABLES = {"spans": "pk", "relations": "pk", "entity_aliases": "pk"}
# The tables holding an article's own rows.
_ARTICLE_TABLES = ("spans", "relations")
_ARTICLE_FIELDS = ("status", "review_comment")
_NOT_UNDOABLE = frozenset({"import"})


def _article_fields(db: Database, article_id: str) -> dict[str, Any]:
    row = db.execute(
        "SELECT status, review_comment FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise StoreError(f"no article {article_id!r} in this database")
    return dict(zip(_ARTICLE_FIELDS, row, strict=True))


def read_rows(db: Database, table: str, pks: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Whole rows of ``table`` by primary key (the missing ones left out)."""
    key = _TABLES[table]
    wanted = list(pks)
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        cursor = db.conn.execute(
            f"SELECT * FROM {table} WHERE {key} IN ({', '.join('?' for _ in chunk)})", chunk)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            out[row[key]] = row
    return out


def apply_state(db: Database, current: dict[str, Any], target: dict[str, Any],
                article_id: str) -> None:
    """Turn the rows listed in ``current`` into those in ``target`` (one event's two sides)."""
    for table, pk in _TABLES.items():
        keep = {row[pk] for row in target.get(table, [])}
        for row in current.get(table, []):
            if row[pk] not in keep:
                db.execute(f"DELETE FROM {table} WHERE {pk} = ?", [row[pk]])
        for row in target.get(table, []):
            columns = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            db.execute(f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})",
                       list(row.values()))
    if "article" in target:
        db.execute("UPDATE articles SET status = ?, review_comment = ? WHERE id = ?",
                   [target["article"]["status"], target["article"]["review_comment"],
                    article_id])


def _is_quote(row: dict[str, Any] | None) -> int:
    return int(row is not None and row["label"] in STATEMENT_LABELS
               and row["state"] != REJECTED)


def _is_open(row: dict[str, Any] | None) -> int:
    return int(row is not None and row["state"] == OPEN)


def _update_counters(db: Database, article_id: str, before: list[dict[str, Any]],
                     after: list[dict[str, Any]], stamp: str) -> None:
    """Move the article's list counters and the filter choices by what the changed span rows
    add and remove: every other span counts the same before and after."""
    quotes = sum(map(_is_quote, after)) - sum(map(_is_quote, before))
    opened = sum(map(_is_open, after)) - sum(map(_is_open, before))
    db.execute("UPDATE articles SET n_quotes = n_quotes + ?, n_open = n_open + ?, updated = ?"
               " WHERE id = ?", [quotes, opened, stamp, article_id])
    counts = filtervalues.row_counts(after)
    counts.subtract(filtervalues.row_counts(before))
    filtervalues.add(db, counts)


def insert_event(db: Database, *, article_id: str | None, annotator: str, action: str,
                 span_pk: int | None, before: dict | None, after: dict | None,
                 undoes: int | None = None, stamp: str | None = None) -> Event:
    created = stamp or now()
    cursor = db.execute(
        "INSERT INTO events (article_id, annotator, action, created, span_pk, before, after,"
        " undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, annotator, action, created, span_pk,
         None if before is None else json.dumps(before, ensure_ascii=False),
         None if after is None else json.dumps(after, ensure_ascii=False), undoes],
    )
    return Event(id=cursor.lastrowid, article_id=article_id, annotator=annotator,
                 action=action, created=created, span_pk=span_pk, before=before,
                 after=after, undoes=undoes)


def event_from_row(row: dict[str, Any]) -> Event:
    return Event(
        id=row["id"], article_id=row["article_id"], annotator=row["annotator"],
        action=row["action"], created=row["created"], span_pk=row["span_pk"],
        before=None if row["before"] is None else json.loads(row["before"]),
        after=None if row["after"] is None else json.loads(row["after"]),
        undoes=row["undoes"],
    )


class ChangeContext:
    """Handed to a change inside ``recorded_change``: the moment, the event's span, and the
    rows the change touches.

    A change names every span and relation row it may alter or delete (``watch``) before it
    writes, and every row it creates (``created``); the event holds those of them that differ
    afterwards. Reading only these keeps a change's cost to what it changes, whatever the
    size of the article.
    """

    def __init__(self, db: Database, stamp: str) -> None:
        self.db = db
        self.stamp = stamp
        self.span_pk: int | None = None
        self.extra_before: dict[str, list[dict]] = {}
        self.extra_after: dict[str, list[dict]] = {}
        self._before: dict[str, dict[int, dict[str, Any]]] = {t: {} for t in _ARTICLE_TABLES}
        self._keys: dict[str, set[int]] = {t: set() for t in _ARTICLE_TABLES}

    def watch(self, table: str, pks: Iterable[int]) -> None:
        """Rows (by primary key) that the change may alter or delete."""
        fresh = [pk for pk in pks if pk not in self._keys[table]]
        self._keys[table].update(fresh)
        self._before[table].update(read_rows(self.db, table, fresh))

    def watch_where(self, table: str, condition: str, params: list[Any]) -> list[int]:
        """``watch`` the rows matching an SQL condition; returns their primary keys."""
        pks = [r[0] for r in self.db.execute(
            f"SELECT {_TABLES[table]} FROM {table} WHERE {condition}", params)]
        self.watch(table, pks)
        return pks

    def created(self, table: str, pk: int) -> None:
        """A row the change inserted."""
        self._keys[table].add(pk)

    def changed_rows(self) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
        """(before, after): per table, the watched rows that differ, by primary key."""
        out_before: dict[str, list[dict]] = {}
        out_after: dict[str, list[dict]] = {}
        for table in _ARTICLE_TABLES:
            old = self._before[table]
            new = read_rows(self.db, table, self._keys[table])
            changed = sorted(pk for pk in self._keys[table] if old.get(pk) != new.get(pk))
            if changed:
                out_before[table] = [old[pk] for pk in changed if pk in old]
                out_after[table] = [new[pk] for pk in changed if pk in new]
        return out_before, out_after


@contextmanager
def recorded_change(db: Database, article_id: str, annotator: str, action: str, *,
                    span_pk: int | None = None, start_work: bool = True,
                    undoes: int | None = None,
                    result: list[Event] | None = None) -> Iterator[ChangeContext]:
    """Run a change of one article in a write transaction and record it as one event.

    The event holds the rows the change watched or created that differ afterwards, and the
    article's status when it changed; the article's counters and the filter choices move by
    the same rows. ``start_work`` moves a ``new`` article to ``in_progress``.
    """
    with write_lock(db):
        ensure_annotator(db, annotator)
        article_before = _article_fields(db, article_id)
        context = ChangeContext(db, now())
        context.span_pk = span_pk
        yield context
        if start_work and article_before["status"] == NEW:
            db.execute("UPDATE articles SET status = ? WHERE id = ?", [IN_PROGRESS, article_id])
        article_after = _article_fields(db, article_id)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        if article_before != article_after:
            old["article"], new["article"] = article_before, article_after
        rows_before, rows_after = context.changed_rows()
        old.update(rows_before)
        new.update(rows_after)
        _update_counters(db, article_id, rows_before.get("spans", []),
                         rows_after.get("spans", []), context.stamp)
        old.update(context.extra_before)
        new.update(context.extra_after)
        event = insert_event(db, article_id=article_id, annotator=annotator, action=action,
                             span_pk=context.span_pk, before=old, after=new,
                             undoes=undoes, stamp=context.stamp)
        if result is not None:
            result.append(event)


def ensure_annotator(db: Database, name: str) -> None:
    if not name or not name.strip():
        raise StoreError("an annotator name is needed for every change")
    db.execute("INSERT OR IGNORE INTO annotators (name, created) VALUES (?, ?)", [name, now()])


def get_event(db: Database, event_id: int) -> Event:
    row = next(db.query("SELECT * FROM events WHERE id = ?", [event_id]), None)
    if row is None:
        raise StoreError(f"no event {event_id} in this database")
    return event_from_row(row)


def replay(db: Database, event_id: int, annotator: str, action: str,
           pick: Callable[[Event], tuple[dict, dict]]) -> Event:
    """Undo or redo: write one side of an event back, as a new event of its own."""
    event = get_event(db, event_id)
    if event.action in _NOT_UNDOABLE or event.article_id is None:
        raise StoreError(f"event {event_id} ({event.action}) cannot be undone or redone")
    current, target = pick(event)
    article_id = event.article_id
    result: list[Event] = []
    with recorded_change(db, article_id, annotator, action, span_pk=event.span_pk,
                         start_work=False, undoes=event_id, result=result) as change:
        for table in _ARTICLE_TABLES:
            key = _TABLES[table]
            change.watch(table, {row[key] for side in (current, target)
                                 for row in side.get(table, [])})
        # A restored span replaces any span that took its id since (INSERT OR REPLACE).
        sids = sorted({row["sid"] for row in target.get("spans", [])})
        if sids:
            change.watch_where("spans", f"article_id = ? AND sid IN"
                               f" ({', '.join('?' for _ in sids)})", [article_id, *sids])
        apply_state(db, current, target, article_id)
        # Alias rows are not part of an article's state; carry them over explicitly.
        if current.get("entity_aliases") or target.get("entity_aliases"):
            change.extra_before["entity_aliases"] = current.get("entity_aliases", [])
            change.extra_after["entity_aliases"] = target.get("entity_aliases", [])
    return result[0]
