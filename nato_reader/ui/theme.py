"""Light and dark palettes that follow the system colour scheme.

Qt's own palettes differ between platforms and some dark ones pair a pale selection with white
text. The two palettes here are fixed, so selected text and the annotation highlights (which
sit on the Base colour) keep the same contrast everywhere. The Fusion style is used because it
draws every widget from the palette; native styles may ignore it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1b1b1b",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f3f7",
    QPalette.ColorRole.Text: "#1b1b1b",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
    QPalette.ColorRole.Button: "#e9e9e9",
    QPalette.ColorRole.ButtonText: "#1b1b1b",
    QPalette.ColorRole.BrightText: "#b00020",
    QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1b1b1b",
    QPalette.ColorRole.Highlight: "#1f5fa8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b57a4",
    QPalette.ColorRole.LinkVisited: "#6a3d9a",
    QPalette.ColorRole.Mid: "#b8b8b8",
    QPalette.ColorRole.Dark: "#8a8a8a",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Shadow: "#5a5a5a",
}

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#111213",
    QPalette.ColorRole.AlternateBase: "#24272b",
    QPalette.ColorRole.Text: "#f5f5f5",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.ToolTipBase: "#2d2f33",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#0b1a2e",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Mid: "#4a4d52",
    QPalette.ColorRole.Dark: "#121314",
    QPalette.ColorRole.Light: "#3c3f44",
    QPalette.ColorRole.Shadow: "#000000",
}

# Disabled widgets keep the layout but fade their text toward the background.
_DISABLED_TEXT = {"light": "#9a9a9a", "dark": "#6f7277"}

_following_system = False


def is_dark(scheme: Qt.ColorScheme) -> bool:
    return scheme == Qt.ColorScheme.Dark


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """The palette for a colour scheme; an unknown scheme gets the light one."""
    dark = is_dark(scheme)
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    faded = QColor(_DISABLED_TEXT["dark" if dark else "light"])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, faded)
    return palette


def current_scheme() -> Qt.ColorScheme:
    return QGuiApplication.styleHints().colorScheme()


def apply_theme(app: QApplication) -> None:
    """Use the palette of the system's colour scheme, now and whenever the system switches."""
    app.setStyle("Fusion")
    _apply(app, current_scheme())
    global _following_system
    if not _following_system:  # a second call must not connect the handler twice
        QGuiApplication.styleHints().colorSchemeChanged.connect(_on_scheme_changed)
        _following_system = True


def _apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    app.setPalette(palette_for(scheme))


def _on_scheme_changed(scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        _apply(app, scheme)
