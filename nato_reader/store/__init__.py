"""The annotation store: one SQLite file, reached only through ``Store`` (docs/store-api.md)."""

from nato_reader.store.database import default_path
from nato_reader.store.errors import SearchError, StoreError
from nato_reader.store.models import (
    STATUSES,
    Article,
    ArticleFilter,
    ArticleRow,
    Entity,
    Event,
    ImportResult,
    Stats,
    StoredRelation,
    StoredSpan,
)
from nato_reader.store.schema import SCHEMA_VERSION
from nato_reader.store.store import Store

__all__ = [
    "SCHEMA_VERSION",
    "STATUSES",
    "Article",
    "ArticleFilter",
    "ArticleRow",
    "Entity",
    "Event",
    "ImportResult",
    "SearchError",
    "Stats",
    "Store",
    "StoreError",
    "StoredRelation",
    "StoredSpan",
    "default_path",
]
