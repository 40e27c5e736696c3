"""Starting the program: the screenshot mode renders the window on a database to a PNG, and
the first run asks for the annotator's name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog
from ui_probe import PROBE_ID

from nato_reader.store import Store
from nato_reader.ui import app as app_module
from nato_reader.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_screenshot_of_an_article(store: Store, qsettings: QSettings, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert app_module.take_screenshot(store, Settings(qsettings), out, PROBE_ID[:6]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == app_module.SCREENSHOT_SIZE
    # Not a blank picture: the reader's page, text and highlights give many colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 50


def test_screenshot_of_an_unknown_article_fails(store: Store, qsettings: QSettings,
                                                tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert app_module.take_screenshot(store, Settings(qsettings), out, "zzzz") == 1
    assert not out.exists()


def test_command_line_screenshot(tmp_path: Path) -> None:
    """The real program, as a user runs it, on a new database seeded with the samples."""
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "nato_reader", "--db", str(tmp_path / "x.db"),
         "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == app_module.SCREENSHOT_SIZE[0]


def test_first_run_asks_for_a_name_until_one_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([("   ", True), ("سارة", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    assert app_module.ask_annotator() == "سارة"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    assert app_module.ask_annotator() is None
