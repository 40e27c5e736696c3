"""``nato-reader stats``: what the annotated corpus holds, by speaker, country, person, status."""

from __future__ import annotations

import click

from nato_reader.commands.options import (
    db_option,
    echo_json,
    echo_table,
    json_option,
    open_store,
    store_errors,
)


@click.command()
@json_option
@db_option
def stats(as_json: bool, db_path: str | None) -> None:
    """Quotes per speaker, mentions per country, labels per annotator and progress by status.

    Rejected suggestions are not counted.
    """
    with open_store(db_path) as store, store_errors():
        result = store.stats()
    if as_json:
        echo_json(result.to_dict())
        return
    click.echo("Progress by status")
    echo_table(["status", "articles"], list(result.progress_by_status.items()))
    click.echo("\nQuotes and claims per speaker")
    echo_table(["speaker", "quotes"], result.quotes_per_speaker or [("(none)", 0)])
    click.echo("\nMentions per country")
    echo_table(["country", "mentions"], result.mentions_per_country or [("(none)", 0)])
    click.echo("\nLabels per annotator")
    labels = sorted({label for per in result.labels_per_annotator.values() for label in per})
    echo_table(["annotator", *labels],
               [(name, *(per.get(label, 0) for label in labels))
                for name, per in sorted(result.labels_per_annotator.items())]
               or [("(none)",)])
