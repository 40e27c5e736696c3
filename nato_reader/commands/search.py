"""``nato-reader search``: full-text search over the stored articles."""

from __future__ import annotations

from dataclasses import asdict

import click

from nato_reader.commands.options import (
    db_option,
    echo_json,
    echo_table,
    json_option,
    open_store,
    store_errors,
)

TITLE_WIDTH = 60


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"


@click.command()
@click.argument("query")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True,
              help="Show at most this many articles.")
@json_option
@db_option
def search(query: str, limit: int, as_json: bool, db_path: str | None) -> None:
    """Find articles whose title or text matches QUERY.

    Diacritics, tatweel and hamza/alef forms do not matter (إيران finds ايران). Write words,
    word* for a prefix, "quoted words" for a phrase, and AND, OR, NOT between terms.
    """
    with open_store(db_path) as store, store_errors():
        rows = store.search(query, limit=limit)
    if as_json:
        echo_json([asdict(r) for r in rows])
        return
    if not rows:
        click.echo(f"No article matches {query!r}.", err=True)
        return
    echo_table(["id", "status", "quotes", "open", "title"],
               [(r.id, r.status, r.n_quotes, r.n_open, _short(r.title)) for r in rows])
