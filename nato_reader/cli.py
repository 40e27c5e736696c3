"""The ``nato-reader`` command: the window when run bare, subcommands otherwise.

Each subcommand lives in its own module under ``nato_reader.commands`` and is imported only
when used, so ``nato-reader analyze`` never pays for Qt or matplotlib. Options shared by
commands (``--db``) are declared once in ``nato_reader.commands.options``.
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from collections.abc import Callable
from typing import Any

import click

from nato_reader.licences import licences_text, version_text

# name -> "module:attribute"; the module is imported on first use.
COMMANDS: dict[str, str] = {
    "analyze": "nato_reader.commands.analyze:analyze",
    "quality": "nato_reader.commands.quality:quality",
    "import": "nato_reader.commands.importing:import_",
    "export": "nato_reader.commands.exporting:export",
    "search": "nato_reader.commands.search:search",
    "stats": "nato_reader.commands.stats:stats",
    "show": "nato_reader.commands.show:show",
    "db": "nato_reader.commands.db:db",
}


def _print_and_exit(
    text: Callable[[], str],
) -> Callable[[click.Context, click.Parameter, bool], None]:
    """A callback for an eager flag that prints ``text()`` and exits, as --help does."""

    def callback(ctx: click.Context, param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            click.echo(text())
            ctx.exit()

    return callback


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", "-V", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_and_exit(version_text),
              help="Show the version and the licences of the program, its fonts and data.")
@click.option("--licences", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_and_exit(licences_text),
              help="Print the full licence texts shipped with nato-reader and exit.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), envvar="NATO_READER_DB",
              help="Database file to open (default: the user data folder; env NATO_READER_DB).")
@click.option("--screenshot", type=click.Path(dir_okay=False),
              help="Render the main window to this PNG file and exit.")
@click.option("--article", "article_id", help="With --screenshot: the article to show.")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None, screenshot: str | None,
        article_id: str | None) -> None:
    """Read and label Arabic news. Without a command, opens the window."""
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is not None:
        return
    from nato_reader.ui.app import run  # Qt is loaded only for the window

    ctx.exit(run(db_path=db_path, screenshot=screenshot, article_id=article_id))


def main(argv: list[str] | None = None) -> Any:
    # Import analysis runs in "spawn" worker processes; in a frozen bundle a worker re-enters
    # here, and freeze_support turns it into a worker instead of a second copy of the app.
    multiprocessing.freeze_support()
    return cli.main(args=argv, prog_name="nato-reader")


def gui_main() -> Any:
    """Entry point for desktop launchers: the window, with errors shown as dialogs."""
    return main(sys.argv[1:])
