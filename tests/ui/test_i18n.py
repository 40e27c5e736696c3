"""The Arabic interface: translators, layout direction and the translation files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget

from nato_reader.ui import i18n
from nato_reader.ui.review import ReturnDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "nato_reader_ar.ts"
TS_EN = TS.with_name("nato_reader_en.ts")
PLACEHOLDER = re.compile(r"\{\w+\}|%[sdn]|%\d|<[^>]+>")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    i18n.install_translators(qapp, "en")


def _context_of(source: str) -> str:
    """The translation context (the class) whose code shows ``source``."""
    return next(context for context, message in _messages() if message.findtext("source") == source)


def test_arabic_translates_menus_and_turns_the_layout_right_to_left(qtbot, qapp):
    assert i18n.install_translators(qapp, "ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate(_context_of("&File"), "&File") == "&ملف"
    dialog = ReturnDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "إعادة المقالة"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_qt_own_buttons_come_out_arabic(qtbot, qapp):
    i18n.install_translators(qapp, "ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert text != "Cancel" and re.search(r"[\u0621-\u064a]", text)


def test_english_removes_the_arabic_translators(qtbot, qapp):
    i18n.install_translators(qapp, "ar")
    assert i18n.install_translators(qapp, "en") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate(_context_of("&File"), "&File") == "&File"
    assert i18n.current_language() == "en"


@pytest.mark.parametrize(
    ("system", "expected"), [("ar_EG", "ar"), ("en_GB", "en"), ("fr_FR", "en")]
)
def test_default_follows_the_system_locale(qapp, monkeypatch, system, expected):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.install_translators(qapp, None) == expected
    assert i18n.install_translators(qapp, "fr") == expected  # no French: the system's choice


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_string_is_translated_with_its_placeholders():
    seen = 0
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"not translated: {where}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text]
        for form in forms:
            assert (form and re.search(r"[\u0621-\u064a]", form)) or source == form, where
            wanted = sorted(p for p in PLACEHOLDER.findall(source) if p != "%n")
            assert sorted(p for p in PLACEHOLDER.findall(form) if p != "%n") == wanted, where
        seen += 1
    assert seen > 50


@pytest.mark.skipif(
    not shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)),
    reason="pyside6-lrelease is not installed next to this Python",
)
@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["ar", "en"])
def test_compiled_translation_matches_the_source(tmp_path, ts):
    built = tmp_path / "check.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is older than the .ts: run scripts/update_translations.sh"
    )


def test_every_english_count_has_a_singular_and_a_plural():
    messages = list(ET.parse(TS_EN).getroot().iter("message"))
    assert {m.findtext("source") for m in messages} >= {"%n span(s)", "%n open"}
    for message in messages:
        source = message.findtext("source")
        one, many = (f.text or "" for f in message.iter("numerusform"))
        assert "(s)" not in one + many and one.count("%n") == many.count("%n") == 1, source
        assert sorted(PLACEHOLDER.findall(one)) == sorted(PLACEHOLDER.findall(source)), source


def test_english_counts_are_singular_for_one(qapp):
    i18n.install_translators(qapp, "en")
    assert QCoreApplication.translate("ImportDialog", "%n file(s) could not be read "
                                      "(listed below).", "", 1).startswith("1 file could")
    assert QCoreApplication.translate("MainWindow", "%n span(s)", "", 2) == "2 spans"


def test_switching_language_retranslates_the_open_window(qtbot, qapp, window):
    file_menu = window.menus_by_name["menu_file"]
    export = window.actions_by_name["export"]
    assert (file_menu.title(), export.text()) == ("&File", "&Export…")

    window.set_language("ar")
    qtbot.waitUntil(lambda: file_menu.title() == "&ملف")
    arabic = QCoreApplication.translate("WindowMenus", "&Export…")
    assert arabic != "&Export…" and export.text() == arabic
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The panels and the status bar follow without a restart.
    assert window.article_list.waiting.text() == QCoreApplication.translate(
        "ArticleList", "Waiting for review"
    )
    assert window.panel.accept_button.text() == QCoreApplication.translate(
        "AnnotationPanel", "Accept (A)"
    )
    person = QCoreApplication.translate("Labels", "Person")
    assert window.legend.boxes["PERSON"].text().startswith(person)
    assert window.status_annotator.text().startswith(
        QCoreApplication.translate("MainWindow", "Annotator: %s").split("%s")[0]
    )

    window.set_language("en")
    qtbot.waitUntil(lambda: file_menu.title() == "&File")
    assert export.text() == "&Export…"
    assert window.panel.accept_button.text() == "Accept (A)"
    assert window.legend.boxes["PERSON"].text().startswith("Person")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_review_dock_follows_the_language(qtbot, qapp, window):
    window.actions_by_name["review"].trigger()
    dock = window.findChild(QDockWidget, "review")
    review = dock.widget()
    window.set_language("ar")
    wanted = QCoreApplication.translate("ReviewPanel", "Approve span")
    qtbot.waitUntil(lambda: review.approve_span_action.text() == wanted)
    assert wanted != "Approve span"
    assert dock.windowTitle() == QCoreApplication.translate("WindowMenus", "Review")
    window.set_language("en")
    qtbot.waitUntil(lambda: review.approve_span_action.text() == "Approve span")
    assert dock.windowTitle() == "Review"


def test_an_open_export_dialog_follows_the_language(qtbot, qapp, tmp_db):
    from nato_reader.store import Store
    from nato_reader.ui.jobs import ExportDialog

    Store.open(tmp_db, seed=False).close()
    dialog = ExportDialog(tmp_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Export"
    every = dialog.status_boxes["done"].text()
    i18n.install_translators(qapp, "ar")
    wanted = QCoreApplication.translate("ExportDialog", "Export")
    assert wanted != "Export"
    qtbot.waitUntil(lambda: dialog.windowTitle() == wanted)
    assert dialog.status_boxes["done"].text() == QCoreApplication.translate(
        "Statuses", "Done") != every
    assert dialog.start_button.text() == QCoreApplication.translate("JobDialog", "Start")
    assert dialog.matching.text().startswith(
        QCoreApplication.translate("ExportDialog", "Articles matching: {n} of {total}")[:5])
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install_translators(qapp, "en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Export")
    assert dialog.status_boxes["done"].text() == every
