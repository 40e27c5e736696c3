"""Options and helpers shared by the subcommands: ``--db``, ``--json``, opening the store.

Declared once here so every command spells and documents them the same way (as
sqlite-utils' CLI does with its shared decorators).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click
from click.core import ParameterSource

from nato_reader.store import Store, StoreError

F = TypeVar("F", bound=Callable[..., Any])


def _inherit_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    # ``nato-reader --db X search …`` and ``nato-reader search --db X …`` mean the same; a
    # --db typed after the command name wins, then one typed before it, then the environment.
    typed_here = ctx.get_parameter_source(param.name or "") is ParameterSource.COMMANDLINE
    root = ctx.find_root()
    if not typed_here and root is not ctx and root.obj and root.obj.get("db_path"):
        return root.obj["db_path"]
    return value


def db_option(f: F) -> F:
    """``--db PATH`` (env ``NATO_READER_DB``); the command receives ``db_path``."""
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), envvar="NATO_READER_DB",
        callback=_inherit_db,
        help="Database file (default: the user data folder; env NATO_READER_DB).",
    )(f)


def json_option(f: F) -> F:
    """``--json``: one JSON document on stdout instead of tables; the command gets ``as_json``."""
    return click.option("--json", "as_json", is_flag=True,
                        help="Print JSON instead of tables.")(f)


def open_store(db_path: str | None, *, seed: bool = True, create: bool = True) -> Store:
    """Open the store for a command; a StoreError ends the command with its message."""
    try:
        return Store.open(db_path, seed=seed, create=create)
    except StoreError as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def store_errors() -> Iterator[None]:
    """Turn a StoreError raised inside the block into a clean command-line error."""
    try:
        yield
    except StoreError as error:
        raise click.ClickException(str(error)) from None


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def echo_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain aligned table (Arabic cells stay in logical order, as pipes and files want)."""
    cells = [[str(h) for h in headers], *[["" if v is None else str(v) for v in r]
                                          for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def stderr_is_terminal() -> bool:
    """Progress bars go to stderr, and only when it is a terminal."""
    return sys.stderr.isatty()
