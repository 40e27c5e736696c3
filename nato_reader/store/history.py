"""The event log: every change as the rows it touched before and after, and undo/redo from it.

An event's ``before`` and ``after`` hold, per table, the full rows that differ between the
two states (a row only in ``after`` was created, one only in ``before`` was deleted) and the
article's status and review comment when they changed. Undo writes ``before`` back, redo
writes ``after``: both restore rows exactly, primary keys included.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from nato_reader.store.database import now, write_lock
from nato_reader.store.errors import StoreError
from nato_reader.store.models import IN_PROGRESS, NEW, Event

# Tables whose rows an event holds (aliases only for merge_people), with their primary key.
_TABLES = {"spans": "pk", "relations": "pk", "entity_aliases": "pk"}
_ARTICLE_FIELDS = ("status", "review_comment")
_NOT_UNDOABLE = frozenset({"import"})


def article_state(db: Database, article_id: str) -> dict[str, Any]:
    row = db.execute(
        "SELECT status, review_comment FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise StoreError(f"no article {article_id!r} in this database")
    return {
        "article": dict(zip(_ARTICLE_FIELDS, row, strict=True)),
        "spans": {r["pk"]: r for r in db.query(
            "SELECT * FROM spans WHERE article_id = ?", [article_id])},
        "relations": {r["pk"]: r for r in db.query(
            "SELECT * FROM relations WHERE article_id = ?", [article_id])},
    }


def diff(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The parts of two states that differ, as (before, after) for an event."""
    out_before: dict[str, Any] = {}
    out_after: dict[str, Any] = {}
    if before["article"] != after["article"]:
        out_before["article"], out_after["article"] = before["article"], after["article"]
    for table in ("spans", "relations"):
        old, new = before[table], after[table]
        changed = [pk for pk in old.keys() | new.keys() if old.get(pk) != new.get(pk)]
        if changed:
            out_before[table] = [old[pk] for pk in sorted(changed) if pk in old]
            out_after[table] = [new[pk] for pk in sorted(changed) if pk in new]
    return out_before, out_after


def apply_state(db: Database, article_id: str, current: dict[str, Any],
                target: dict[str, Any]) -> None:
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


def refresh_counters(db: Database, article_id: str, stamp: str) -> None:
    db.execute(
        """UPDATE articles SET
             n_quotes = (SELECT count(*) FROM spans WHERE article_id = :id
                         AND label IN ('QUOTE', 'CLAIM') AND state != 'rejected'),
             n_open = (SELECT count(*) FROM spans WHERE article_id = :id AND state = 'open'),
             updated = :stamp
           WHERE id = :id""",
        {"id": article_id, "stamp": stamp},
    )


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
    """Handed to a change inside ``recorded_change``: the moment and the event's span."""

    def __init__(self, stamp: str) -> None:
        self.stamp = stamp
        self.span_pk: int | None = None
        self.extra_before: dict[str, list[dict]] = {}
        self.extra_after: dict[str, list[dict]] = {}


@contextmanager
def recorded_change(db: Database, article_id: str, annotator: str, action: str, *,
                    span_pk: int | None = None, start_work: bool = True,
                    undoes: int | None = None,
                    result: list[Event] | None = None) -> Iterator[ChangeContext]:
    """Run a change of one article in a write transaction and record it as one event.

    The article's rows are compared before and after, so the event holds exactly what changed
    whatever the change did. ``start_work`` moves a ``new`` article to ``in_progress``.
    """
    with write_lock(db):
        ensure_annotator(db, annotator)
        before = article_state(db, article_id)
        context = ChangeContext(now())
        context.span_pk = span_pk
        yield context
        if start_work and before["article"]["status"] == NEW:
            db.execute("UPDATE articles SET status = ? WHERE id = ?", [IN_PROGRESS, article_id])
        refresh_counters(db, article_id, context.stamp)
        old, new = diff(before, article_state(db, article_id))
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
    result: list[Event] = []
    with recorded_change(db, event.article_id, annotator, action, span_pk=event.span_pk,
                         start_work=False, undoes=event_id, result=result) as change:
        apply_state(db, event.article_id, current, target)
        # Alias rows are not part of an article's state; carry them over explicitly.
        if current.get("entity_aliases") or target.get("entity_aliases"):
            change.extra_before["entity_aliases"] = current.get("entity_aliases", [])
            change.extra_after["entity_aliases"] = target.get("entity_aliases", [])
    return result[0]
