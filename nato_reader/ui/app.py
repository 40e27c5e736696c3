"""Starting the window: Qt, the bundled fonts, translations, theme, the database, the
annotator's name on first run; or, with ``--screenshot``, one picture of the window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from nato_reader.paths import resource
from nato_reader.store import Store, StoreError
from nato_reader.ui.about import app_icon
from nato_reader.ui.binding_guard import guard_none
from nato_reader.ui.main_window import MainWindow
from nato_reader.ui.settings import APPLICATION, ORGANIZATION, Settings

SCREENSHOT_SIZE = (1440, 900)


def register_fonts() -> list[str]:
    """Register the fonts shipped in resources/fonts; returns the families Qt now knows."""
    families: list[str] = []
    for path in sorted(resource("fonts").glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            print(f"nato-reader: cannot load font {path}", file=sys.stderr)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ask_annotator(parent: QWidget | None = None) -> str | None:
    """The first-run question; None when the user cancels."""
    while True:
        name, ok = QInputDialog.getText(
            parent,
            QApplication.translate("App", "Welcome to nato-reader"),
            QApplication.translate(
                "App", "Your name is recorded with every annotation you make.\nYour name:"
            ),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return None
        if name.strip():
            return name.strip()



def _setup_application() -> QApplication:
    guard_none()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("nato-reader")
    # The desktop file's name lets Wayland match the window to its menu entry and icon.
    app.setDesktopFileName("nato-reader")
    app.setWindowIcon(app_icon())
    register_fonts()
    return app


def _apply_language_and_theme(app: QApplication, settings: Settings) -> None:
    from nato_reader.ui.i18n import install_translators
    from nato_reader.ui.theme import apply_theme

    language = install_translators(app, settings.get("language") or None)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    apply_theme(app)


def _scratch_settings(real: Settings, folder: str) -> Settings:
    """A copy of the user's settings that a screenshot may change without touching them."""
    copy = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    for key in real.qs.allKeys():
        copy.setValue(key, real.qs.value(key))
    return Settings(copy)


def run(db_path: str | None, screenshot: str | None = None, article_id: str | None = None) -> int:
    """The window on the database at ``db_path`` (None: the default); the exit status."""
    app = _setup_application()
    settings = Settings()
    _apply_language_and_theme(app, settings)
    try:
        store = Store.open(db_path)
    except StoreError as error:
        if screenshot:
            print(f"nato-reader: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "nato-reader", str(error))
        return 1
    try:
        if screenshot:
            with tempfile.TemporaryDirectory() as folder:
                return take_screenshot(store, _scratch_settings(settings, folder),
                                       Path(screenshot), article_id)
        annotator = settings.get("annotator")
        if not annotator:
            annotator = ask_annotator()
            if annotator is None:
                return 1
            settings.set("annotator", annotator)
        window = MainWindow(store, settings, annotator)
        window.show()
        return app.exec()
    finally:
        store.close()


def take_screenshot(store: Store, settings: Settings, path: Path,
                    article_id: str | None = None) -> int:
    """Render the main window on ``store`` to the PNG ``path``; the exit status."""
    app = QApplication.instance()
    window = MainWindow(store, settings, settings.get("annotator") or "—")
    window.resize(*SCREENSHOT_SIZE)
    if article_id:
        try:
            article_id = store.resolve_id(article_id)
        except StoreError as error:
            print(f"nato-reader: {error}", file=sys.stderr)
            return 1
        window.open_article(article_id)
    window.show()
    if window.spans:  # show the panel's details on a span, as when working
        window.next_span()
    for _ in range(3):
        app.processEvents()
    image = window.grab().toImage()
    if not image.save(str(path), "PNG"):
        print(f"nato-reader: cannot write {path}", file=sys.stderr)
        return 1
    window.close()
    return 0
