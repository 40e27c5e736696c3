"""The list's filter choices: how many live spans name each country and each speaker.

``filter_values`` (schema.m005_article_numbers) holds one count per (kind, value) and is
changed in the transaction of every write that adds, changes or removes spans, so that the
choices are read from a small table instead of from every span of the corpus.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from nato_reader.core.record import STATEMENT_LABELS
from nato_reader.store.models import REJECTED

COUNTRY = "country"
SPEAKER = "speaker"

# What the table must hold, computed from the spans themselves (for the migration's twin in
# ``Store.check``): the same rules as ``named_in``.
RECOUNT_SQL = f"""
    SELECT '{COUNTRY}', json_extract(attrs, '$.country'), count(*) FROM spans
    WHERE state != '{REJECTED}' AND json_type(attrs, '$.country') = 'text' GROUP BY 2
    UNION ALL
    SELECT '{SPEAKER}', json_extract(attrs, '$.speaker'), count(*) FROM spans
    WHERE state != '{REJECTED}' AND label IN ({", ".join(f"'{x}'" for x in STATEMENT_LABELS)})
      AND json_type(attrs, '$.speaker') = 'text' GROUP BY 2
"""


def named_in(label: str, state: str, attrs: dict[str, Any]) -> list[tuple[str, str]]:
    """The (kind, value) pairs one span counts towards."""
    if state == REJECTED:
        return []
    out = []
    country = attrs.get("country")
    if isinstance(country, str):
        out.append((COUNTRY, country))
    speaker = attrs.get("speaker")
    if label in STATEMENT_LABELS and isinstance(speaker, str):
        out.append((SPEAKER, speaker))
    return out


def row_counts(rows: Iterable[dict[str, Any]]) -> Counter[tuple[str, str]]:
    """What stored span rows (``attrs`` as JSON text) count towards."""
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        counts.update(named_in(row["label"], row["state"], json.loads(row["attrs"])))
    return counts


def add(db: Database, counts: Counter[tuple[str, str]] | dict[tuple[str, str], int]) -> None:
    """Add ``counts`` (negative to subtract) to the table; values reaching 0 leave it."""
    changes = [(kind, value, n) for (kind, value), n in counts.items() if n]
    if not changes:
        return
    db.conn.executemany(
        "INSERT INTO filter_values (kind, value, n) VALUES (?, ?, ?)"
        " ON CONFLICT (kind, value) DO UPDATE SET n = n + excluded.n", changes)
    if any(n < 0 for _, _, n in changes):
        db.conn.executemany("DELETE FROM filter_values WHERE kind = ? AND value = ? AND n <= 0",
                            [(kind, value) for kind, value, n in changes if n < 0])


def values(db: Database, kind: str) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT value FROM filter_values WHERE kind = ? ORDER BY value", [kind])]
