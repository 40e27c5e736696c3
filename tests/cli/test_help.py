"""Every command and every option explains itself in --help."""

from __future__ import annotations

import importlib

import click
import pytest
from click.testing import CliRunner

from nato_reader.cli import COMMANDS, cli


def _load(name: str) -> click.Command:
    module_name, attr = COMMANDS[name].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise  # the module exists but something it needs is missing: a real failure
        pytest.skip(f"{module_name} is not in this tree, so `{name}` cannot be checked")
    return getattr(module, attr)


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        for sub_name, sub in command.commands.items():
            found += _walk(sub, [*path, sub_name])
    return found


def _undocumented(command: click.Command) -> list[str]:
    missing = [] if (command.help or "").strip() else ["the command itself"]
    missing += [p.opts[0] for p in command.params
                if isinstance(p, click.Option) and not (p.help or "").strip()]
    return missing


def test_the_main_command_documents_itself():
    assert _undocumented(cli) == []
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_and_option_has_help(name: str):
    for path, command in _walk(_load(name), [name]):
        assert _undocumented(command) == [], f"nato-reader {' '.join(path)}"
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output
