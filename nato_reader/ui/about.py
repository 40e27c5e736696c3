"""The About dialog and the application icon.

The dialog shows the version, the program's licence and, one tab each, the licence files
shipped with the fonts and the lexicons, read from the installed files themselves
(``nato_reader.licences``), so what the user reads is what was shipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nato_reader import __version__, appdirs
from nato_reader.licences import PROJECT_LICENCE, bundled_licences
from nato_reader.paths import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon at every rendered size (for the window and the task bar)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"nato-reader-{size}.png")
        if path.is_file():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    """Version, licence, where the data lives, and the shipped licence texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About nato-reader"))
        self.resize(640, 560)

        logo = QLabel(self)
        logo.setPixmap(QPixmap(str(resource("icons", "nato-reader-64.png"))))
        self.heading = QLabel(f"<h2>nato-reader {__version__}</h2>", self)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(self.heading, 1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setText(self.tr(
            "Read and label Arabic news: entities, quotations, claims and their speakers."
            "<p>Licence: {licence}. This program comes with absolutely no warranty; you may"
            " redistribute it under the terms of the GNU General Public License, version 3"
            " or any later version.</p>"
            "<p>Your annotations are kept in: {data}</p>"
        ).format(licence=PROJECT_LICENCE, data=appdirs.data_dir()))

        self.licences = QTabWidget(self)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for entry in bundled_licences():
            view = QPlainTextEdit(self.licences)
            view.setReadOnly(True)
            view.setPlainText(entry.text())
            view.setFont(fixed)
            # Licence texts are English: keep them left to right in the Arabic interface.
            view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            label = entry.summary() if entry.identifiers else entry.subject
            self.licences.addTab(view, label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog beside ``parent``; it is deleted when closed."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
