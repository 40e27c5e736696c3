"""``nato-reader quality``: score the text engine against hand-made gold records.

Each gold record's text goes through ``analyze`` and the suggestions are compared with the
gold spans (``nato_reader.evaluation``). The command reports; it does not judge: it exits 0
whatever the scores, and non-zero only when a gold file cannot be read or the analyser
fails on a record.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from nato_reader.core.record import Record, RecordError
from nato_reader.evaluation import Report, evaluate
from nato_reader.formats.jsonl import iter_json_lines
from nato_reader.formats.textfile import FormatError


def gold_files(paths: tuple[Path, ...]) -> list[Path]:
    """The JSONL files named, and those inside the folders named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.jsonl"))
            if not found:
                raise FormatError(path, "is a folder with no .jsonl files")
            files.extend(found)
        else:
            files.append(path)
    return files


def read_gold(path: Path) -> list[tuple[str, Record]]:
    """("file:line", record) for every record of one gold file; FormatError names the line."""
    records = []
    for number, value in iter_json_lines(path):
        try:
            record = Record.from_dict(value, validate=True)
        except RecordError as err:
            raise FormatError(path, f"is not a valid record: {err}", number) from None
        records.append((f"{path}:{number}", record))
    if not records:
        raise FormatError(path, "holds no records")
    return records


def _print_errors(report: Report, where: dict[str, str]) -> None:
    current = None
    for error in report.errors:
        if error.record_id != current:
            current = error.record_id
            click.echo(f"\n{where.get(current, current)}")
        click.echo(f"  {error.describe()}")


@click.command("quality")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--show-errors", is_flag=True,
              help="List every missed, spurious and wrongly attributed span.")
def quality(paths: tuple[Path, ...], as_json: bool, show_errors: bool) -> None:
    """Score the engine's suggestions against gold JSONL files (or folders of them).

    Precision, recall and F1 per label count exact spans only (COUNTRY and NORP also need the
    right country code); ~F1 counts any overlap. Speaker accuracy is the share of gold quotes
    and claims found with the right speaker.
    """
    if not paths:
        raise click.UsageError(
            "give the gold files or folders to score, e.g. nato-reader quality tests/data/gold"
        )
    from nato_reader.core.analyze import analyze  # the engine is loaded only when scoring

    try:
        gold = [item for path in gold_files(paths) for item in read_gold(path)]
    except FormatError as err:
        raise click.ClickException(str(err)) from None

    where = {record.id: place for place, record in gold}
    pairs = []
    for place, record in gold:
        try:
            predicted = analyze(record.text, meta=record.meta, record_id=record.id)
        except Exception as err:  # the engine's failure is reported, with the record that caused it
            raise click.ClickException(
                f"{place}: the analyser failed on this record ({type(err).__name__}: {err})"
            ) from None
        pairs.append((record, predicted))
    report = evaluate(pairs)

    if as_json:
        data = report.to_dict()
        if show_errors:
            for error in data["errors"]:
                error["where"] = where.get(error["record"], error["record"])
        else:
            del data["errors"]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(report.format_table())
    if show_errors:
        _print_errors(report, where)
