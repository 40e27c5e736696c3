"""``nato-reader import``: articles from text, HTML and JSONL files (or folders of them).

Each file is read and checked whole before anything is stored, then stored in one
transaction: it goes in entirely or not at all. A bad file is reported as ``path:line:
message`` and the others go on; the exit code is 0 only when every file went in.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from nato_reader.commands.options import db_option, open_store, stderr_is_terminal
from nato_reader.formats.importer import IMPORT_FORMATS, find_files, prepare
from nato_reader.formats.textfile import FormatError
from nato_reader.store import Store, StoreError


@contextmanager
def _progress(files: list[Path]) -> Iterator[Iterable[Path]]:
    if len(files) > 1 and stderr_is_terminal():
        with click.progressbar(files, label="Importing", file=sys.stderr,
                               item_show_func=lambda p: p.name if p else None) as bar:
            yield bar
    else:
        yield files


def _import_file(store: Store, path: Path, fmt: str, *, analyze: bool,
                 annotator: str | None) -> tuple[int, int]:
    """(added, already present) for one file; FormatError or StoreError when it fails."""
    loaded = prepare(path, fmt)
    for notice in loaded.notices:
        click.echo(f"{path}: {notice}", err=True)
    result = store.add_records(loaded.records(), analyze=analyze, annotator=annotator)
    return len(result.added), len(result.skipped)


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(IMPORT_FORMATS), default="auto",
              show_default=True,
              help="Format of the files; auto tells it from the name and the content.")
@click.option("--no-analyze", is_flag=True,
              help="Store new articles without suggested spans.")
@click.option("--annotator", metavar="NAME",
              help="Record this person as the one who imported the files.")
@db_option
def import_(paths: tuple[Path, ...], fmt: str, no_analyze: bool, annotator: str | None,
            db_path: str | None) -> None:
    """Import articles from PATHS: files, or folders searched recursively.

    Plain text (.txt; first line is the title), saved news pages (.html; the article's text
    is extracted), and JSONL in nato_reader's own format, Prodigy's or doccano's (their
    spans and relations come in as manual annotations). Text files may be UTF-8 or
    Windows-1256. An article already stored (same text) is not added twice.

    Each file goes in whole or not at all: a bad one is reported with its line and the
    others go on (the exit code is then 1). A database that this command creates starts
    without the sample articles.
    """
    failed = 0
    files: list[Path] = []
    for path in paths:
        found = find_files([path], fmt)
        if path.is_dir() and not found:
            click.echo(f"{path}: holds no file to import", err=True)
            failed += 1
        files.extend(found)
    added = present = 0
    if files:
        with open_store(db_path, seed=False) as store, _progress(files) as todo:
            for path in todo:
                try:
                    n_added, n_present = _import_file(store, path, fmt, analyze=not no_analyze,
                                                      annotator=annotator)
                except FormatError as error:
                    click.echo(str(error), err=True)
                    failed += 1
                except StoreError as error:
                    click.echo(f"{path}: {error}", err=True)
                    failed += 1
                else:
                    added += n_added
                    present += n_present
    summary = f"{added} added, {present} already present"
    if failed:
        summary += f"; {failed} {'file' if failed == 1 else 'files'} not imported"
    click.echo(summary)
    if failed:
        raise click.exceptions.Exit(1)
