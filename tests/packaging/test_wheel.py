"""The wheel carries everything the program needs, and installs and runs outside the checkout.

The dependencies are installed from a wheelhouse (``build/wheelhouse``, or
``$NATO_READER_WHEELHOUSE``) filled from the package index the first time, so later runs
work offline and fast.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from app_checks import (
    ROOT,
    check_analysis,
    check_screenshot,
    runtime_files,
    screenshot_with_samples,
)

from nato_reader import __version__

pytestmark = pytest.mark.slow
WHEELHOUSE = Path(os.environ.get("NATO_READER_WHEELHOUSE", ROOT / "build" / "wheelhouse"))


def pip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check",
                           *map(str, args)], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = pip("wheel", ROOT, "--no-deps", "-q", "-w", out)
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("nato_reader-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment, without the checkout's packages, holding the wheel."""
    target = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", target], check=True)
    python = target / "bin" / "python"
    # --no-compile: byte-compiling numpy and matplotlib costs more than it saves here.
    install = ("--python", python, "install", "-q", "--no-compile", "--find-links", WHEELHOUSE)
    if pip(*install, "--no-index", wheel).returncode != 0:
        filled = pip("wheel", "-q", "--find-links", WHEELHOUSE, "-w", WHEELHOUSE, wheel)
        assert filled.returncode == 0, f"cannot fetch the dependencies:\n{filled.stderr}"
        for own in WHEELHOUSE.glob("nato_reader-*.whl"):
            own.unlink()
        result = pip(*install, "--no-index", wheel)
        assert result.returncode == 0, result.stderr
    return target


def test_wheel_carries_every_runtime_file(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [str(rel) for rel in runtime_files()
               if f"nato_reader/resources/{rel.as_posix()}" not in names]
    assert not missing, f"left out of the wheel: {missing}"
    assert "nato_reader/cli.py" in names


def test_installed_program_runs_outside_the_checkout(venv: Path, run_in_tmp, tmp_path: Path):
    python, program = venv / "bin" / "python", venv / "bin" / "nato-reader"
    where = run_in_tmp([python, "-c", "import nato_reader.paths as p; print(p.__file__); "
                        "print(p.resource('samples'))"]).stdout.split()
    assert all(Path(path).is_relative_to(venv) for path in where), where
    samples = Path(where[1])

    version = run_in_tmp([program, "--version"]).stdout
    assert version.splitlines()[0] == f"nato-reader {__version__} (GPL-3.0-or-later)"
    assert "Amiri font: OFL-1.1" in version

    check_analysis(run_in_tmp([program, "analyze", *sorted(samples.glob("*.txt"))]).stdout)
    check_screenshot(screenshot_with_samples(run_in_tmp, [program], samples, tmp_path))
