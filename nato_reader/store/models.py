"""Plain rows handed out by the store: the article list, spans, relations, events, statistics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

NEW = "new"
IN_PROGRESS = "in_progress"
DONE = "done"
APPROVED = "approved"
RETURNED = "returned"
STATUSES: tuple[str, ...] = (NEW, IN_PROGRESS, DONE, APPROVED, RETURNED)

# The review workflow: which status may follow which. ``returned`` needs a comment.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    NEW: (IN_PROGRESS, DONE),
    IN_PROGRESS: (DONE,),
    DONE: (APPROVED, RETURNED, IN_PROGRESS),
    RETURNED: (IN_PROGRESS, DONE),
    APPROVED: (RETURNED,),
}

OPEN = "open"
ACCEPTED = "accepted"
REJECTED = "rejected"
STATES: tuple[str, ...] = (OPEN, ACCEPTED, REJECTED)
VERDICTS: tuple[str | None, ...] = ("approved", "rejected", None)


@dataclass
class ArticleRow:
    """One line of the article list (no text: cheap to load by the hundred)."""

    id: str
    title: str
    source: str
    date: str | None
    status: str
    n_quotes: int
    n_open: int
    updated: str


@dataclass
class Article(ArticleRow):
    text: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    content_hash: str = ""
    review_comment: str | None = None


@dataclass
class ArticleFilter:
    """Every field is optional; all the given ones must hold."""

    query: str | None = None
    status: str | Sequence[str] | None = None
    label: str | None = None
    speaker: str | None = None
    country: str | None = None
    annotator: str | None = None
    date_from: str | None = None
    date_to: str | None = None


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class StoredSpan:
    pk: int
    article_id: str
    sid: str
    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any]
    source: str
    state: str
    annotator: str | None
    created: str
    updated: str
    review: str | None


@dataclass
class StoredRelation:
    pk: int
    article_id: str
    head: str
    child: str
    label: str


@dataclass
class Event:
    """One recorded change; ``before``/``after`` hold the changed rows, enough to invert it."""

    id: int
    article_id: str | None
    annotator: str
    action: str
    created: str
    span_pk: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    undoes: int | None = None  # for ``undo``/``redo`` events: the event they act on


@dataclass
class Entity:
    canonical: str
    label: str
    country: str | None
    aliases: list[str]
    count: int


@dataclass
class Stats:
    quotes_per_speaker: list[tuple[str, int]] = field(default_factory=list)
    mentions_per_country: list[tuple[str, int]] = field(default_factory=list)
    labels_per_annotator: dict[str, dict[str, int]] = field(default_factory=dict)
    progress_by_status: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["quotes_per_speaker"] = [list(p) for p in self.quotes_per_speaker]
        out["mentions_per_country"] = [list(p) for p in self.mentions_per_country]
        return out
