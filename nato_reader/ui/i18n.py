"""The interface language: Qt's own Arabic strings plus the application's, and the layout.

Qt ships translations of its dialogs and standard buttons (``qtbase_ar``); the application's
strings come from ``resources/translations/nato_reader_ar.qm``, built from the ``.ts`` file by
``scripts/update_translations.sh``. English needs a file too, for its plurals only: a count in
the source reads "%n span(s)", and ``nato_reader_en.qm`` turns it into "1 span" or "2 spans".
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from nato_reader.paths import resource

LANGUAGES: tuple[str, ...] = ("ar", "en")

# QTranslator objects must outlive their installation; the application does not own them.
_installed: list[QTranslator] = []
_language: str | None = None


def default_language() -> str:
    """Arabic on a system whose locale is Arabic, English elsewhere."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def app_translation_file(language: str) -> str:
    return str(resource("translations", f"nato_reader_{language}.qm"))


def install_translators(app: QApplication, language: str | None) -> str:
    """Install the translators for ``language`` (None: the system's) and return "ar" or "en".

    An unknown language falls back to the system's. Calling again replaces the translators
    installed before; widgets made afterwards come out in the new language.
    """
    if language not in LANGUAGES:
        language = default_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = [app_translation_file(language)]
    if language == "ar":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own strings first: the application's translator, installed last, wins.
        files.insert(0, f"{qt_dir}/qtbase_ar.qm")
    for file in files:
        translator = QTranslator(app)
        if translator.load(file):
            app.installTranslator(translator)
            _installed.append(translator)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    global _language
    _language = language
    return language


def current_language() -> str:
    """The interface language last installed ("ar" or "en"); the system's before that."""
    return _language or default_language()
