"""The About dialog: version, licence, and the licence texts shipped with fonts and data."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from nato_reader import __version__
from nato_reader.ui import about

ROOT = Path(__file__).resolve().parents[2]
# The offscreen platform says so each time a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _tabs(dialog: about.AboutDialog) -> dict[str, str]:
    tabs = dialog.licences
    texts = {}
    for i in range(tabs.count()):
        view = tabs.widget(i)
        assert isinstance(view, QPlainTextEdit)
        texts[tabs.tabText(i)] = view.toPlainText()
    return texts


def test_about_shows_version_and_licence(qtbot):
    dialog = about.show_about(None)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert __version__ in dialog.heading.text()
    assert "GPL-3.0-or-later" in dialog.summary.text()


def test_about_shows_each_shipped_licence_file_as_shipped(qtbot):
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    tabs = _tabs(dialog)
    font_licence = (ROOT / "resources" / "fonts" / "Amiri-OFL.txt").read_text(encoding="utf-8")
    assert tabs["Amiri font: OFL-1.1"] == font_licence
    gpl = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert tabs["nato_reader: GPL-3.0-or-later"] == gpl


def test_licence_texts_stay_left_to_right_in_the_arabic_interface(qtbot, qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = about.AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for i in range(dialog.licences.count()):
            view = dialog.licences.widget(i)
            assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_app_icon_offers_every_rendered_size(qapp):
    icon = about.app_icon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(about.ICON_SIZES)
    image = icon.pixmap(48, 48).toImage()
    corner, centre = image.pixelColor(0, 0), image.pixelColor(24, 24)
    assert corner.alpha() == 0 and centre.alpha() == 255  # rounded tile on transparency
