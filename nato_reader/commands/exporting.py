"""``nato-reader export``: the stored annotations as training data.

Records are streamed from the store, so memory does not grow with the corpus. A file given
with ``-o`` is written beside its target and moved over it only when complete: an export that
fails half-way leaves the previous file as it was.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import click

from nato_reader.commands.options import db_option, open_store
from nato_reader.core.record import LABELS
from nato_reader.formats.exporter import EXPORT_FORMATS, export_chunks, write_atomically
from nato_reader.store import STATUSES, ArticleFilter, StoreError


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-07-11") from None
    return value


@click.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="native",
              show_default=True, help="native records, Prodigy or doccano JSONL, quote "
              "attribution lines, or CoNLL tokens with BIO tags.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (default: standard output).")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
              help="Only articles with this status (repeatable).")
@click.option("--label", "labels", multiple=True, type=click.Choice(LABELS),
              help="Only spans with this label (repeatable).")
@click.option("--annotator", metavar="NAME",
              help="Only articles and spans annotated by NAME.")
@click.option("--only", type=click.Choice(["manual", "accepted"]),
              help="Only spans made or confirmed by a person (manual), or accepted ones.")
@click.option("--since", callback=_day, metavar="DATE",
              help="Only articles dated on or after DATE (YYYY-MM-DD).")
@click.option("--until", callback=_day, metavar="DATE",
              help="Only articles dated on or before DATE (YYYY-MM-DD).")
@click.option("--include-claims", is_flag=True,
              help="quotes: also write a line for each CLAIM.")
@click.option("--statements", is_flag=True,
              help="conll: add a second tag column for QUOTE and CLAIM.")
@db_option
def export(fmt: str, output: Path | None, statuses: tuple[str, ...], labels: tuple[str, ...],
           annotator: str | None, only: str | None, since: str | None, until: str | None,
           include_claims: bool, statements: bool, db_path: str | None) -> None:
    """Write the stored articles and their annotations for training tools.

    Rejected suggestions are never exported. Filters combine: all given ones must hold.
    """
    if output is not None and not output.parent.is_dir():
        raise click.BadParameter(f"the folder {output.parent} does not exist",
                                 param_hint="'-o'")
    flt = ArticleFilter(status=list(statuses) or None, annotator=annotator,
                        date_from=since, date_to=until)
    with open_store(db_path, seed=False, create=False) as store:
        records = store.iter_records(flt, labels=labels or None, only=only or "all",
                                     annotator=annotator)
        chunks = export_chunks(records, fmt, include_claims=include_claims,
                               statements=statements)
        try:
            if output is None:
                sys.stdout.flush()
                stream = sys.stdout.buffer
                for chunk in chunks:  # UTF-8 whatever the terminal's locale
                    stream.write(chunk.encode("utf-8"))
                stream.flush()
            else:
                write_atomically(output, chunks)
        except StoreError as error:
            raise click.ClickException(str(error)) from None
        except BrokenPipeError:
            # The reader stopped (``| head``): not an error. Point stdout at /dev/null so that
            # Python's final flush does not complain (the recipe of Python's signal docs).
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except OSError as error:
            where = output if output is not None else "standard output"
            raise click.ClickException(f"cannot write {where}: {error.strerror or error}") from None
