"""``nato-reader analyze``: suggested spans for text files, one JSON record per line on stdout.

Nothing is stored: this is the text engine on the command line, for pipes and for checking
what the analyser suggests. A file that cannot be read is reported on stderr and the others
go on; the exit code is 0 only when every file was analysed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from nato_reader.core.analyze import analyze as analyze_text
from nato_reader.formats.textfile import (
    DecodedText,
    FormatError,
    decode_bytes,
    read_text_file,
    split_title,
)

STDIN = "-"


def _read(name: str) -> DecodedText:
    if name == STDIN:
        return decode_bytes(sys.stdin.buffer.read(), "<stdin>")
    return read_text_file(name)


@click.command("analyze")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
def analyze(files: tuple[str, ...]) -> None:
    """Analyse text FILEs (UTF-8 or Windows-1256; "-" reads standard input) and print one
    JSON record per file and line: the text, its title (the first line), and the suggested
    PERSON, ORG, COUNTRY, NORP, LOCATION, QUOTE and CLAIM spans with SAID_BY relations.
    """
    failed = 0
    for name in files:
        try:
            decoded = _read(name)
        except FormatError as error:
            click.echo(f"error: {error}", err=True)
            failed += 1
            continue
        if decoded.notice:
            click.echo(f"{name}: {decoded.notice}", err=True)
        source = "<stdin>" if name == STDIN else Path(name).name
        meta = {"title": split_title(decoded.text), "source": source, "date": None}
        record = analyze_text(decoded.text, meta=meta)
        try:
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        except BrokenPipeError:
            # The reader went away (| head): stop quietly, as command-line tools do.
            sys.stderr.close()
            sys.exit(failed and 1)
    if failed:
        raise click.exceptions.Exit(1)
