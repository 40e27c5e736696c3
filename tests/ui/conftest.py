"""Fixtures of the window's tests: a seeded database per test, settings in a temporary file
(so no first-run dialog blocks and the user's settings are never touched), and the window."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from ui_probe import ANNOTATOR, PROBE_ID, PROBE_TEXT, probe_spans

from nato_reader.core.record import Record
from nato_reader.paths import resource
from nato_reader.store import Store
from nato_reader.ui.binding_guard import guard_none
from nato_reader.ui.i18n import install_translators
from nato_reader.ui.main_window import MainWindow
from nato_reader.ui.settings import Settings


@pytest.fixture(scope="session", autouse=True)
def _qt_ready(qapp) -> None:
    guard_none()
    for path in resource("fonts").glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(path))
    # As the program does at start: English has a translator too (for its plurals).
    install_translators(qapp, "en")


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the sample corpus (analysed once per session) and the probe article."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    store = Store.open(path, seed=True)
    store.add_records(
        [Record(PROBE_ID, PROBE_TEXT, {"title": "probe", "source": "test"}, probe_spans())],
        analyze=False,
    )
    store.close()
    return path


@pytest.fixture()
def store(seeded_db: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "x.db"
    shutil.copy(seeded_db, path)
    opened = Store.open(path, seed=False)
    yield opened
    opened.close()


@pytest.fixture()
def qsettings(tmp_path: Path) -> QSettings:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("annotator", ANNOTATOR)
    return qs


@pytest.fixture()
def window(qtbot, store: Store, qsettings: QSettings) -> MainWindow:
    w = MainWindow(store, Settings(qsettings), ANNOTATOR)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
