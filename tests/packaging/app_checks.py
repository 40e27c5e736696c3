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


def saved_news_page(samples: Path, folder: Path) -> Path:
    """A news page as a browser saves it, around the text of a shipped sample article."""
    title, *paragraphs = [
        line for line in sorted(samples.glob("*.txt"))[0].read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    page = folder / "saved-page.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>جميع الحقوق محفوظة</footer>"
        f"</body></html>",
        encoding="utf-8",
    )
    return page


def screenshot_with_samples(run: Run, program: Sequence[str], samples: Path,
                            tmp_path: Path) -> Path:
    """Import the shipped samples and a saved web page (the HTML reader and its data files)
    into a new database, and render the window on it."""
    db = tmp_path / "annotations.db"
    run([*program, "import", "--db", db, samples])
    run([*program, "import", "--db", db, saved_news_page(samples, tmp_path)])
    shot = tmp_path / "window.png"
    shown = run([*program, "--db", db, "--screenshot", shot])
    assert "cannot load font" not in shown.stderr
    return shot
