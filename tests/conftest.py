"""Test set-up shared by every test.

Qt runs offscreen (set before anything imports Qt). Tests under ``tests/ui`` are marked
``gui`` automatically. With ``NATO_READER_NO_QT=1`` (and ``-p no:pytest-qt``) ``import PySide6``
fails, so the non-UI tests prove the core, store, formats and command line work on a machine
without Qt; the UI tests are then skipped.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's real database or settings.
os.environ.pop("NATO_READER_DB", None)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


NO_QT = os.environ.get("NATO_READER_NO_QT") == "1"


class _NoQt:
    """Meta-path finder that refuses PySide6, as on a machine where Qt is not installed."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked: NATO_READER_NO_QT=1")
        return None


if NO_QT:
    sys.meta_path.insert(0, _NoQt())


def pytest_addoption(parser: pytest.Parser) -> None:
    if NO_QT:  # pytest-qt is disabled then; keep its settings in pyproject valid
        parser.addini("qt_api", "pytest-qt setting (unused without Qt)")
        parser.addini("qt_log_level_fail", "pytest-qt setting (unused without Qt)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    ui_dir = ROOT / "tests" / "ui"
    skip = pytest.mark.skip(reason="NATO_READER_NO_QT=1: Qt is treated as absent")
    for item in items:
        if ui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
            if NO_QT:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def sample_texts() -> dict[str, str]:
    """The shipped sample articles, decoded as the app decodes them."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))}


@pytest.fixture()
def tmp_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A database path in a temporary folder, also set as NATO_READER_DB."""
    path = tmp_path / "nato.db"
    monkeypatch.setenv("NATO_READER_DB", str(path))
    return path
