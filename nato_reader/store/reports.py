"""Read-only summaries: annotators, entities, statistics, the filter choices, the event log."""

from __future__ import annotations

from sqlite_utils import Database

from nato_reader.store import filtervalues
from nato_reader.store.database import write_lock
from nato_reader.store.history import ensure_annotator, event_from_row
from nato_reader.store.models import STATUSES, Entity, Event, Stats

_LIVE = "state != 'rejected'"


class ReportsMixin:
    db: Database

    def ensure_annotator(self, name: str) -> None:
        with write_lock(self.db):
            ensure_annotator(self.db, name)

    def annotators(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM annotators ORDER BY name")]

    def entities(self, label: str = "PERSON") -> list[Entity]:
        counts = dict(self.db.execute(
            f"SELECT coalesce(json_extract(attrs, '$.canonical'), text), count(*) FROM spans"
            f" WHERE label = ? AND {_LIVE} GROUP BY 1", [label]).fetchall())
        aliases: dict[int, list[str]] = {}
        for entity_pk, alias in self.db.execute(
            "SELECT entity_pk, alias FROM entity_aliases ORDER BY alias"):
            aliases.setdefault(entity_pk, []).append(alias)
        out = [Entity(canonical=canonical, label=label, country=country,
                      aliases=aliases.get(pk, []), count=counts.get(canonical, 0))
               for pk, canonical, country in self.db.execute(
                   "SELECT pk, canonical, country FROM entities WHERE label = ?", [label])]
        return sorted(out, key=lambda e: (-e.count, e.canonical))

    def stats(self) -> Stats:
        stats = Stats()
        stats.quotes_per_speaker = [tuple(r) for r in self.db.execute(
            "SELECT json_extract(attrs, '$.speaker') AS who, count(*) FROM spans"
            f" WHERE label IN ('QUOTE', 'CLAIM') AND {_LIVE} AND who IS NOT NULL"
            " GROUP BY who ORDER BY 2 DESC, 1")]
        stats.mentions_per_country = [tuple(r) for r in self.db.execute(
            "SELECT json_extract(attrs, '$.country') AS c, count(*) FROM spans"
            f" WHERE {_LIVE} AND c IS NOT NULL GROUP BY c ORDER BY 2 DESC, 1")]
        for annotator, label, n in self.db.execute(
            f"SELECT annotator, label, count(*) FROM spans WHERE {_LIVE}"
            " AND annotator IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"):
            stats.labels_per_annotator.setdefault(annotator, {})[label] = n
        counts = dict(self.db.execute("SELECT status, count(*) FROM articles GROUP BY status"))
        stats.progress_by_status = {s: counts.get(s, 0) for s in STATUSES}
        return stats

    def speakers(self) -> list[str]:
        """Every speaker of a live QUOTE or CLAIM, A→Z."""
        return filtervalues.values(self.db, filtervalues.SPEAKER)

    def countries(self) -> list[str]:
        """Every country code of a live span, A→Z."""
        return filtervalues.values(self.db, filtervalues.COUNTRY)

    def events(self, article_id: str | None = None, *, limit: int = 100) -> list[Event]:
        if article_id is None:
            rows = self.db.query("SELECT * FROM events ORDER BY id DESC LIMIT ?", [limit])
        else:
            rows = self.db.query("SELECT * FROM events WHERE article_id = ?"
                                 " ORDER BY id DESC LIMIT ?", [article_id, limit])
        return [event_from_row(r) for r in rows]
