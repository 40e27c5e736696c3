"""``nato-reader db``: where the database is, and whether it is sound."""

from __future__ import annotations

import click

from nato_reader.commands.options import db_option, echo_json, json_option, open_store
from nato_reader.store import SCHEMA_VERSION, default_path


@click.group()
def db() -> None:
    """Look after the annotation database."""


@db.command()
@json_option
@db_option
def check(as_json: bool, db_path: str | None) -> None:
    """Check the database: SQLite integrity, foreign keys, schema version, counters, index.

    Exits with status 1 when a problem is found.
    """
    with open_store(db_path, seed=False, create=False) as store:
        report = {
            "path": str(store.path),
            "schema_version": store.schema_version(),
            "expected_schema_version": SCHEMA_VERSION,
            "counts": store.counts(),
            "problems": store.check(),
        }
    if as_json:
        echo_json(report)
    else:
        click.echo(f"database: {report['path']}")
        click.echo(f"schema version: {report['schema_version']} (current: {SCHEMA_VERSION})")
        for table, n in report["counts"].items():
            click.echo(f"{table}: {n}")
        for problem in report["problems"]:
            click.echo(f"problem: {problem}", err=True)
        click.echo("ok" if not report["problems"] else f"{len(report['problems'])} problems")
    if report["problems"]:
        raise SystemExit(1)


@db.command()
@db_option
def path(db_path: str | None) -> None:
    """Print the path of the database the commands use (--db, else NATO_READER_DB, else the
    user data folder)."""
    click.echo(db_path or default_path())
