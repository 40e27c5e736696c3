"""The palette follows the system's colour scheme and keeps text and selections readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from nato_reader.core.record import LABELS
from nato_reader.ui.highlight import Painter
from nato_reader.ui.theme import apply_theme, palette_for

Role = QPalette.ColorRole


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
@pytest.mark.parametrize(
    ("fg", "bg"),
    [
        (Role.Text, Role.Base),
        (Role.WindowText, Role.Window),
        (Role.HighlightedText, Role.Highlight),
        (Role.ButtonText, Role.Button),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
    ],
)
def test_text_meets_wcag_aa_contrast(scheme, fg, bg):
    palette = palette_for(scheme)
    assert contrast(palette.color(fg), palette.color(bg)) >= 4.5


def test_dark_scheme_gives_dark_background_and_light_text():
    dark = palette_for(Qt.ColorScheme.Dark)
    assert dark.color(Role.Base).lightness() < 60
    assert dark.color(Role.Text).lightness() > 200
    light = palette_for(Qt.ColorScheme.Light)
    assert light.color(Role.Base).lightness() > 200


@pytest.fixture()
def themed(qapp):
    """The application themed for one test, then given back its style and palette."""
    style, palette = qapp.style().name(), qapp.palette()
    apply_theme(qapp)
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_app_follows_system_switch(themed):
    qapp = themed
    hints = QGuiApplication.styleHints()
    signal = SIGNAL("colorSchemeChanged(Qt::ColorScheme)")
    receivers = hints.receivers(signal)
    apply_theme(qapp)  # a second call does not connect the handler again
    assert hints.receivers(signal) == receivers >= 1
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(Role.Window) == palette_for(Qt.ColorScheme.Dark).color(Role.Window)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(Role.Window) == palette_for(Qt.ColorScheme.Light).color(Role.Window)
    assert qapp.style().name().lower() == "fusion"


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_text_on_every_label_fill_stays_readable(scheme):
    palette = palette_for(scheme)
    painter = Painter(palette.color(Role.Base))
    for label in LABELS:
        fill = painter.formats[label, "accepted"].background().color()
        assert contrast(palette.color(Role.Text), fill) >= 4.5, label
