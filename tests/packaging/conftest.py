"""Fixtures for the tests that install or freeze the program and start it as a user would."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest


@pytest.fixture()
def user_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user's session: no checkout on the path, offscreen Qt, and the
    data, settings and cache folders inside ``tmp_path`` so no real file is touched."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "NATO_READER_DB", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "home" / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
               XDG_CACHE_HOME=str(tmp_path / "home" / "cache"))
    return env


@pytest.fixture()
def run_in_tmp(
    tmp_path: Path, user_env: dict[str, str]
) -> Callable[[Sequence[str]], subprocess.CompletedProcess[str]]:
    """Run a command from ``tmp_path`` in the user's environment; fail with its output."""
    def run(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([str(a) for a in args], cwd=tmp_path, env=user_env,
                                capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, (
            f"{' '.join(map(str, args))} exited {result.returncode}\n"
            f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-3000:]}"
        )
        return result
    return run
