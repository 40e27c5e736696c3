"""``nato-reader import``: articles from text, HTML and JSONL files (or folders of them).

Each file is read and checked whole before anything is stored, and goes in entirely or not at
all. Small checked files are stored many to a transaction (so that their analysis runs in
parallel); when such a batch is refused, its files are stored one by one, so the good ones go
in and the message names the bad one. A bad file is reported as ``path:line: message`` and the
others go on; the exit code is 0 only when every file went in.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Protocol

import click

from nato_reader.commands.options import db_option, open_store, stderr_is_terminal
from nato_reader.formats.importer import IMPORT_FORMATS, ImportFile, find_files, prepare
from nato_reader.formats.textfile import FormatError
from nato_reader.store import Store, StoreError

# Files of at most SMALL_FILE records are stored together, up to BATCH_RECORDS records per
# transaction, so that a folder of single-article files is analysed in parallel; larger files
# go alone (the store reads them in chunks).
SMALL_FILE = 50
BATCH_RECORDS = 500


class _Progress(Protocol):
    def update(self, n_steps: int, current_item: Path | None = None) -> None: ...


class _Quiet:
    def update(self, n_steps: int, current_item: Path | None = None) -> None:
        """No bar when stderr is not a terminal."""


@contextmanager
def _progress(n_files: int) -> Iterator[_Progress]:
    if n_files > 1 and stderr_is_terminal():
        with click.progressbar(length=n_files, label="Importing", file=sys.stderr,
                               item_show_func=lambda p: p.name if p else None) as bar:
            yield bar
    else:
        yield _Quiet()


@dataclass
class _Tally:
    added: int = 0
    present: int = 0
    failed: int = 0

    def fail(self, message: str) -> None:
        click.echo(message, err=True)
        self.failed += 1


def _store_files(store: Store, loaded: list[ImportFile], tally: _Tally, bar: _Progress, *,
                 analyze: bool, annotator: str | None) -> None:
    """Add checked files in one transaction; when it is refused, each file on its own, so
    that the good ones go in and the message names the bad one."""
    records = (record for file in loaded for record in file.records())
    try:
        result = store.add_records(records, analyze=analyze, annotator=annotator)
    except (FormatError, StoreError) as error:
        if len(loaded) > 1:
            for file in loaded:
                _store_files(store, [file], tally, bar, analyze=analyze, annotator=annotator)
            return
        tally.fail(str(error) if isinstance(error, FormatError) else
                   f"{loaded[0].path}: {error}")
    else:
        tally.added += len(result.added)
        tally.present += len(result.skipped)
    bar.update(len(loaded), loaded[-1].path)


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
    tally = _Tally(failed=failed)
    if files:
        with open_store(db_path, seed=False) as store, _progress(len(files)) as bar:
            store_batch = partial(_store_files, store, tally=tally, bar=bar,
                                  analyze=not no_analyze, annotator=annotator)
            batch: list[ImportFile] = []
            for path in files:
                try:
                    loaded = prepare(path, fmt)
                except FormatError as error:
                    tally.fail(str(error))
                    bar.update(1, path)
                    continue
                for notice in loaded.notices:
                    click.echo(f"{path}: {notice}", err=True)
                if loaded.count > SMALL_FILE:
                    store_batch([loaded])
                    continue
                batch.append(loaded)
                if sum(f.count for f in batch) >= BATCH_RECORDS:
                    store_batch(batch)
                    batch = []
            if batch:
                store_batch(batch)
    added, present, failed = tally.added, tally.present, tally.failed
    summary = f"{added} added, {present} already present"
    if failed:
        summary += f"; {failed} {'file' if failed == 1 else 'files'} not imported"
    click.echo(summary)
    if failed:
        raise click.exceptions.Exit(1)
