"""What the window needs to know to tag and redraw: lexicon lookups for a new span, the marks
the reader draws for the store's spans, and which stretch of text a change touched."""

from __future__ import annotations

import threading
from bisect import insort
from collections.abc import Sequence
from functools import cache

from nato_reader.core.lexicon import Entry, key_of, lexicon
from nato_reader.store import Event, StoredSpan
from nato_reader.ui.highlight import Mark


@cache
def _entry(key: str) -> Entry | None:
    return lexicon().entries.get(key)


def lexicon_entry(name: str) -> Entry | None:
    """The gazetteer entry of ``name``; a stem left by ل+ال (لصين) is looked up as الصين."""
    entry = _entry(key_of(name))
    if entry is None and name.startswith("ل") and not name.startswith("ال"):
        entry = _entry(key_of("ا" + name))
    return entry


def warm_up() -> threading.Thread:
    """Read the lexicon on a thread of its own, so the first tag of a session does not wait
    for it (reading the gazetteers takes a few tenths of a second)."""
    thread = threading.Thread(target=lexicon, name="lexicon", daemon=True)
    thread.start()
    return thread


def known_name(name: str) -> bool:
    return lexicon_entry(name) is not None


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country, nationality or place the lexicon knows, else None."""
    entry = lexicon_entry(name)
    return entry.country or None if entry is not None else None


def marks_of(spans: Sequence[StoredSpan]) -> list[Mark]:
    return [Mark(s.start, s.end, s.label, s.state, s.pk) for s in spans]


def changed_range(old: Sequence[StoredSpan], new: Sequence[StoredSpan]) -> tuple[int, int]:
    """The smallest stretch of text covering every span that appeared, went or was redrawn
    differently between ``old`` and ``new``; (0, 0) when nothing on screen changed."""
    def look(s: StoredSpan) -> tuple[int, int, str, str]:
        return (s.start, s.end, s.label, s.state)

    before = {s.pk: look(s) for s in old}
    after = {s.pk: look(s) for s in new}
    lo, hi = None, None
    for pk in before.keys() | after.keys():
        if before.get(pk) == after.get(pk):
            continue
        for shape in (before.get(pk), after.get(pk)):
            if shape is not None:
                lo = shape[0] if lo is None else min(lo, shape[0])
                hi = shape[1] if hi is None else max(hi, shape[1])
    return (0, 0) if lo is None or hi is None else (lo, hi)


def changed_span_pks(events: Sequence[Event]) -> set[int]:
    """The spans an event's before and after rows name (the store records exactly those)."""
    pks: set[int] = set()
    for event in events:
        for side in (event.before, event.after):
            for row in (side or {}).get("spans", []):
                pks.add(int(row["pk"]))
    return pks


def only_article_changed(events: Sequence[Event]) -> bool:
    """True when ``events`` changed the article's own row (its status) and nothing else."""
    return bool(events) and all(
        set(event.before or {}) | set(event.after or {}) <= {"article"} for event in events
    )


def patched(spans: Sequence[StoredSpan], fresh: dict[int, StoredSpan | None]) -> list[StoredSpan]:
    """``spans`` with the rows in ``fresh`` replaced, added or (None) removed, in the store's
    order (start, longest first, pk)."""
    out = [s for s in spans if s.pk not in fresh]
    for span in fresh.values():
        if span is not None:
            insort(out, span, key=_order)
    return out


def _order(span: StoredSpan) -> tuple[int, int, int]:
    return (span.start, -span.end, span.pk)
