"""Annotation: the changes a person makes to one article's spans and relations.

Every method runs through ``history.recorded_change``: one write transaction, the article's
counters kept, ``new`` moved to ``in_progress``, and one event that undo can invert. Each
method names the rows it touches (``watch``/``created``), so its cost follows what it
changes, not the size of the article.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from nato_reader.core.record import (
    ENTITY_LABELS,
    LABELS,
    MANUAL,
    PERSON,
    RELATION_LABELS,
    SAID_BY,
    STATEMENT_LABELS,
)
from nato_reader.store.articles import SPAN_COLUMNS, attrs_decoder, span_from_row
from nato_reader.store.errors import StoreError
from nato_reader.store.history import recorded_change
from nato_reader.store.models import ACCEPTED, OPEN, REJECTED, VERDICTS, Event, StoredSpan


def _dumps(attrs: dict[str, Any]) -> str:
    return json.dumps(attrs, ensure_ascii=False)


class AnnotateMixin:
    db: Database

    def spans(self, article_id: str, *, include_rejected: bool = True) -> list[StoredSpan]:
        # Plain tuples straight into StoredSpan: the reader loads every span of an article
        # each time it opens one, thousands for a long text.
        sql = f"SELECT {SPAN_COLUMNS} FROM spans WHERE article_id = ?"
        if not include_rejected:
            sql += f" AND state != '{REJECTED}'"
        cursor = self.db.conn.execute(sql + ' ORDER BY start, "end" DESC, pk', [article_id])
        decode = attrs_decoder()
        return [span_from_row(r, decode) for r in cursor]

    def get_span(self, span_pk: int) -> StoredSpan:
        row = self.db.conn.execute(f"SELECT {SPAN_COLUMNS} FROM spans WHERE pk = ?",
                                   [span_pk]).fetchone()
        if row is None:
            raise StoreError(f"no span {span_pk} in this database")
        return span_from_row(row)

    def _checked_text(self, article_id: str, start: int, end: int, label: str) -> str:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id!r} in this database")
        text = row[0]
        if label not in LABELS:
            raise StoreError(f"unknown label {label!r} (one of: {', '.join(LABELS)})")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise StoreError(f"span offsets {start}-{end} are outside the text "
                             f"(length {len(text)})")
        if not text[start:end].strip():
            raise StoreError(f"span {start}-{end} holds only spaces")
        return text[start:end]

    def _next_sid(self, article_id: str) -> str:
        # Read from the end of index spans_sid_number. Every id ``s<n>`` is in that index, so
        # one above its highest number is free, even when other ids merely start like one.
        # Named outright: SQLite would rather range over the (article_id, sid) index, which
        # reads every id of the article.
        row = self.db.execute(
            "SELECT max(CAST(substr(sid, 2) AS INTEGER)) FROM spans INDEXED BY spans_sid_number"
            " WHERE article_id = ? AND sid GLOB 's[0-9]*'", [article_id]).fetchone()
        return f"s{(row[0] or 0) + 1}"

    def _ensure_entity(self, label: str, attrs: dict[str, Any], text: str) -> None:
        if label in ENTITY_LABELS:
            self.db.execute(
                "INSERT OR IGNORE INTO entities (canonical, label, country) VALUES (?, ?, ?)",
                [str(attrs.get("canonical") or text), label, attrs.get("country")])

    def add_span(self, article_id: str, start: int, end: int, label: str, *,
                 attrs: dict[str, Any] | None = None, annotator: str,
                 text: str | None = None) -> Event:
        """A manual, accepted span; ``text``, when given, must be the text at the offsets."""
        attrs = {k: v for k, v in (attrs or {}).items() if v is not None}
        events: list[Event] = []
        with recorded_change(self.db, article_id, annotator, "add_span", result=events) as ch:
            covered = self._checked_text(article_id, start, end, label)
            if text is not None and text != covered:
                raise StoreError(f"span text {text!r} does not match the text at "
                                 f"{start}-{end} ({covered!r})")
            cursor = self.db.execute(
                'INSERT INTO spans (article_id, sid, start, "end", label, text, attrs, source,'
                " state, annotator, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, self._next_sid(article_id), start, end, label, covered,
                 _dumps(attrs), MANUAL, ACCEPTED, annotator, ch.stamp, ch.stamp])
            ch.span_pk = cursor.lastrowid
            ch.created("spans", cursor.lastrowid)
            self._ensure_entity(label, attrs, covered)
        return events[0]

    def update_span(self, span_pk: int, *, start: int | None = None, end: int | None = None,
                    label: str | None = None, attrs: dict[str, Any] | None = None,
                    annotator: str) -> Event:
        """Change a span; ``attrs`` are merged (a key set to None is removed)."""
        span = self.get_span(span_pk)
        events: list[Event] = []
        with recorded_change(self.db, span.article_id, annotator, "update_span",
                             span_pk=span_pk, result=events) as ch:
            new_start = span.start if start is None else start
            new_end = span.end if end is None else end
            new_label = label or span.label
            covered = self._checked_text(span.article_id, new_start, new_end, new_label)
            merged = {**span.attrs, **(attrs or {})}
            merged = {k: v for k, v in merged.items() if v is not None}
            ch.watch("spans", [span_pk])
            self.db.execute(
                'UPDATE spans SET start = ?, "end" = ?, label = ?, text = ?, attrs = ?,'
                " source = ?, state = ?, annotator = ?, updated = ? WHERE pk = ?",
                [new_start, new_end, new_label, covered, _dumps(merged), MANUAL, ACCEPTED,
                 annotator, ch.stamp, span_pk])
            self._ensure_entity(new_label, merged, covered)
        return events[0]

    def _set_state(self, span_pk: int, state: str, annotator: str, action: str) -> Event:
        span = self.get_span(span_pk)
        events: list[Event] = []
        with recorded_change(self.db, span.article_id, annotator, action, span_pk=span_pk,
                             result=events) as ch:
            # Confirming a suggestion makes it the person's (CONVENTIONS: manual = made or
            # confirmed by a person); rejecting keeps where it came from.
            source = MANUAL if state == ACCEPTED else span.source
            ch.watch("spans", [span_pk])
            self.db.execute("UPDATE spans SET state = ?, source = ?, annotator = ?, updated = ?"
                            " WHERE pk = ?", [state, source, annotator, ch.stamp, span_pk])
        return events[0]

    def accept_span(self, span_pk: int, *, annotator: str) -> Event:
        return self._set_state(span_pk, ACCEPTED, annotator, "accept_span")

    def reject_span(self, span_pk: int, *, annotator: str) -> Event:
        return self._set_state(span_pk, REJECTED, annotator, "reject_span")

    def delete_span(self, span_pk: int, *, annotator: str) -> Event:
        span = self.get_span(span_pk)
        events: list[Event] = []
        with recorded_change(self.db, span.article_id, annotator, "delete_span",
                             span_pk=span_pk, result=events) as ch:
            ch.watch("spans", [span_pk])
            gone = ch.watch_where("relations", "article_id = ? AND (head = ? OR child = ?)",
                                  [span.article_id, span.sid, span.sid])
            self.db.conn.executemany("DELETE FROM relations WHERE pk = ?", [(pk,) for pk in gone])
            self.db.execute("DELETE FROM spans WHERE pk = ?", [span_pk])
        return events[0]

    def accept_all(self, article_id: str, *, annotator: str) -> Event:
        events: list[Event] = []
        with recorded_change(self.db, article_id, annotator, "accept_all", result=events) as ch:
            ch.watch_where("spans", "article_id = ? AND state = ?", [article_id, OPEN])
            self.db.execute("UPDATE spans SET state = ?, source = ?, annotator = ?, updated = ?"
                            " WHERE article_id = ? AND state = ?",
                            [ACCEPTED, MANUAL, annotator, ch.stamp, article_id, OPEN])
        return events[0]

    def _span_by_sid(self, article_id: str, sid: str) -> StoredSpan:
        row = self.db.conn.execute(f"SELECT {SPAN_COLUMNS} FROM spans WHERE article_id = ?"
                                   " AND sid = ?", [article_id, sid]).fetchone()
        if row is None:
            raise StoreError(f"article {article_id} has no span {sid}")
        return span_from_row(row)

    def link(self, article_id: str, head_sid: str, child_sid: str, label: str = SAID_BY, *,
             annotator: str) -> Event:
        """Relate two spans; a QUOTE/CLAIM's new SAID_BY replaces its old one and names the
        speaker after the child (its canonical name, else its text)."""
        if label not in RELATION_LABELS:
            raise StoreError(f"unknown relation {label!r} (one of: {', '.join(RELATION_LABELS)})")
        events: list[Event] = []
        with recorded_change(self.db, article_id, annotator, "link", result=events) as ch:
            head = self._span_by_sid(article_id, head_sid)
            child = self._span_by_sid(article_id, child_sid)
            if head_sid == child_sid:
                raise StoreError("a span cannot be linked to itself")
            if label == SAID_BY:
                if head.label not in STATEMENT_LABELS:
                    raise StoreError(f"SAID_BY goes from a QUOTE or CLAIM; {head_sid} is a "
                                     f"{head.label}")
                replaced = ch.watch_where("relations", "article_id = ? AND head = ? AND label = ?",
                                          [article_id, head_sid, SAID_BY])
                self.db.conn.executemany("DELETE FROM relations WHERE pk = ?",
                                         [(pk,) for pk in replaced])
                ch.watch("spans", [head.pk])
                speaker = str(child.attrs.get("canonical") or child.text)
                self.db.execute("UPDATE spans SET attrs = ?, updated = ? WHERE pk = ?",
                                [_dumps({**head.attrs, "speaker": speaker}), ch.stamp, head.pk])
            ch.span_pk = head.pk
            cursor = self.db.execute("INSERT INTO relations (article_id, head, child, label)"
                                     " VALUES (?, ?, ?, ?)",
                                     [article_id, head_sid, child_sid, label])
            ch.created("relations", cursor.lastrowid)
        return events[0]

    def unlink(self, relation_pk: int, *, annotator: str) -> Event:
        """Remove a relation; a SAID_BY's head loses the speaker it gave."""
        row = self.db.execute("SELECT article_id, head, label FROM relations WHERE pk = ?",
                              [relation_pk]).fetchone()
        if row is None:
            raise StoreError(f"no relation {relation_pk} in this database")
        article_id, head_sid, label = row
        events: list[Event] = []
        with recorded_change(self.db, article_id, annotator, "unlink", result=events) as ch:
            ch.watch("relations", [relation_pk])
            self.db.execute("DELETE FROM relations WHERE pk = ?", [relation_pk])
            if label == SAID_BY:
                head = self._span_by_sid(article_id, head_sid)
                ch.watch("spans", [head.pk])
                attrs = {k: v for k, v in head.attrs.items() if k != "speaker"}
                self.db.execute("UPDATE spans SET attrs = ?, updated = ? WHERE pk = ?",
                                [_dumps(attrs), ch.stamp, head.pk])
                ch.span_pk = head.pk
        return events[0]

    def review_span(self, span_pk: int, verdict: str | None, *, annotator: str) -> Event:
        """The editor's verdict on one span: approved, rejected, or None to clear it."""
        if verdict not in VERDICTS:
            raise StoreError(f"unknown verdict {verdict!r} (approved, rejected or none)")
        span = self.get_span(span_pk)
        events: list[Event] = []
        with recorded_change(self.db, span.article_id, annotator, "review_span",
                             span_pk=span_pk, start_work=False, result=events) as ch:
            ch.watch("spans", [span_pk])
            self.db.execute("UPDATE spans SET review = ? WHERE pk = ?", [verdict, span_pk])
        return events[0]

    def merge_people(self, article_id: str, keep_canonical: str, merge_canonical: str, *,
                     annotator: str) -> Event:
        """Make ``merge_canonical`` the same person as ``keep_canonical`` in this article."""
        if keep_canonical == merge_canonical:
            raise StoreError("a person cannot be merged with itself")
        events: list[Event] = []
        with recorded_change(self.db, article_id, annotator, "merge_people",
                             result=events) as ch:
            changed = 0
            for span in self.spans(article_id):
                if span.label == PERSON and \
                        (span.attrs.get("canonical") or span.text) == merge_canonical:
                    attrs = {**span.attrs, "canonical": keep_canonical}
                elif span.label in STATEMENT_LABELS and \
                        span.attrs.get("speaker") == merge_canonical:
                    attrs = {**span.attrs, "speaker": keep_canonical}
                else:
                    continue
                changed += 1
                ch.watch("spans", [span.pk])
                self.db.execute("UPDATE spans SET attrs = ?, updated = ? WHERE pk = ?",
                                [_dumps(attrs), ch.stamp, span.pk])
            if not changed:
                raise StoreError(f"article {article_id} has no person {merge_canonical!r}")
            self.db.execute("INSERT OR IGNORE INTO entities (canonical, label) VALUES (?, ?)",
                            [keep_canonical, PERSON])
            entity_pk = self.db.execute("SELECT pk FROM entities WHERE canonical = ? AND"
                                        " label = ?", [keep_canonical, PERSON]).fetchone()[0]
            cursor = self.db.execute("INSERT OR IGNORE INTO entity_aliases (entity_pk, alias)"
                                     " VALUES (?, ?)", [entity_pk, merge_canonical])
            if cursor.rowcount:
                ch.extra_before["entity_aliases"] = []
                ch.extra_after["entity_aliases"] = [
                    {"pk": cursor.lastrowid, "entity_pk": entity_pk, "alias": merge_canonical}]
        return events[0]
