"""ArticleFilter → SQL. Each condition uses an index (see schema.m002_list_counters)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from nato_reader.store.errors import StoreError
from nato_reader.store.models import STATUSES, ArticleFilter
from nato_reader.store.searchtext import to_fts_query

# order name -> ORDER BY clause; ``id`` breaks ties so pages never overlap, in the direction
# of the rest so that SQLite reads the page straight from the matching index.
ORDERS = {
    "updated": "a.updated DESC, a.id DESC",
    "created": "a.created DESC, a.id DESC",
    "date": "a.date DESC, a.id DESC",
    "title": "a.title, a.id",
    "status": "a.status, a.updated, a.id",
    "quotes": "a.n_quotes DESC, a.id DESC",
    "open": "a.n_open DESC, a.id DESC",
}


def where(flt: ArticleFilter | None, *,
          many_matches: bool = False) -> tuple[str, list[Any]]:
    """A WHERE clause over ``articles a`` (``1`` when there is no filter) and its parameters.

    ``many_matches`` says the full-text query matches a large part of the corpus (see
    ``ArticlesMixin._many_matches``): SQLite then walks the list's own index and tests each
    article against the set of matches, instead of reading every match and sorting them.
    """
    if flt is None:
        return "1", []
    clauses: list[str] = []
    params: list[Any] = []
    if flt.query:
        # By rowid, which the index reads from its doclists alone (schema.m005_article_numbers).
        # The unary ``+`` keeps SQLite from starting at the matches (its choice whatever their
        # number), which for a word found in most articles means a lookup and a sort of each.
        column = "+a.num" if many_matches else "a.num"
        clauses.append(f"{column} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(to_fts_query(flt.query))
    if flt.status:
        statuses = [flt.status] if isinstance(flt.status, str) else list(flt.status)
        unknown = [s for s in statuses if s not in STATUSES]
        if unknown:
            raise StoreError(f"unknown status {unknown[0]!r} (one of: {', '.join(STATUSES)})")
        clauses.append(f"a.status IN ({', '.join('?' for _ in statuses)})")
        params.extend(statuses)
    if flt.label:
        clauses.append("a.id IN (SELECT article_id FROM spans WHERE label = ?"
                       " AND state != 'rejected')")
        params.append(flt.label)
    if flt.speaker:
        clauses.append("a.id IN (SELECT article_id FROM spans"
                       " WHERE json_extract(attrs, '$.speaker') = ?"
                       " AND label IN ('QUOTE', 'CLAIM') AND state != 'rejected')")
        params.append(flt.speaker)
    if flt.country:
        clauses.append("a.id IN (SELECT article_id FROM spans"
                       " WHERE json_extract(attrs, '$.country') = ? AND state != 'rejected')")
        params.append(flt.country.upper())
    if flt.annotator:
        clauses.append("(a.id IN (SELECT article_id FROM spans WHERE annotator = ?)"
                       " OR a.id IN (SELECT article_id FROM events WHERE annotator = ?))")
        params.extend([flt.annotator, flt.annotator])
    if flt.date_from:
        clauses.append("a.date >= ?")
        params.append(flt.date_from)
    if flt.date_to:
        # A date given as a day includes every time of that day.
        clauses.append("a.date <= ?")
        params.append(flt.date_to + ("\uffff" if len(flt.date_to) <= 10 else ""))
    return (" AND ".join(clauses) or "1"), params


def only_query(flt: ArticleFilter) -> bool:
    """True when the filter holds nothing but a full-text query."""
    return not any(getattr(flt, f.name) for f in fields(flt) if f.name != "query")


def order_by(order: str) -> str:
    try:
        return ORDERS[order]
    except KeyError:
        raise StoreError(f"unknown order {order!r} (one of: {', '.join(ORDERS)})") from None
