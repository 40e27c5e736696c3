"""Checks shared by the wheel and bundle tests: what a user would see go wrong."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from subprocess import CompletedProcess

ROOT = Path(__file__).resolve().parents[2]
LABELS = {"PERSON", "ORG", "COUNTRY", "NORP", "LOCATION", "QUOTE", "CLAIM"}
Run = Callable[[Sequence[str]], CompletedProcess[str]]


def runtime_files() -> list[Path]:
    """Every file the program reads at run time, relative to its resources folder."""
    found = []
    for source, prefix in ((ROOT / "resources", Path()), (ROOT / "docs", Path("docs"))):
        for path in sorted(source.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                found.append(prefix / path.relative_to(source))
    return [*found, Path("LICENSE")]


def check_analysis(stdout: str) -> None:
    """``analyze`` printed records whose spans are consistent with their text."""
    records = [json.loads(line) for line in stdout.splitlines() if line.strip()]
    assert records, "analyze printed no record"
    for record in records:
        assert record["spans"], "the lexicons were not found: no span was suggested"
        for span in record["spans"]:
            assert span["label"] in LABELS
            assert record["text"][span["start"]:span["end"]] == span["text"]


def check_screenshot(path: Path) -> None:
    """A PNG of the window with something drawn in it (text, highlights, widgets)."""
    from PySide6.QtGui import QImage

    assert path.is_file(), "no screenshot was written"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    assert image.width() >= 800 and image.height() >= 500
    step = 8
    colours = {image.pixel(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)}
    assert len(colours) > 50, f"the screenshot looks blank ({len(colours)} colours)"


def screenshot_with_samples(run: Run, program: Sequence[str], samples: Path,
                            tmp_path: Path) -> Path:
    """Import the shipped samples into a new database and render the window on it."""
    db = tmp_path / "annotations.db"
    run([*program, "import", "--db", db, samples])
    shot = tmp_path / "window.png"
    run([*program, "--db", db, "--screenshot", shot])
    return shot
