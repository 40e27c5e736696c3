"""Help windows: the annotation guidelines, and a keyboard cheat sheet built from the actions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nato_reader.ui.docs_path import guidelines_path
from nato_reader.ui.i18n import current_language

LRM = "\u200e"  # left-to-right mark
_ARABIC = re.compile(r"[\u0600-\u06ff]")


class HelpDialog(QDialog):
    """The annotation guidelines (a Markdown document) in a browser with working links to its
    neighbours, in the interface language, which it follows when that changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(760, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Annotation guidelines"))
        self.show_document(guidelines_path(current_language()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_document(self, path: Path) -> None:
        self.browser.setSearchPaths([str(path.parent)])
        try:
            markdown = path.read_text(encoding="utf-8")
        except OSError:
            markdown = self.tr("The document {path} is missing from this installation.").format(
                path=path
            )
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path)))
        self.browser.setMarkdown(markdown)
        _unfix_arabic_code(self.browser.document())


def _unfix_arabic_code(document: QTextDocument) -> None:
    """Draw Arabic inside `code` in the body font, on a tinted background.

    Markdown code spans get a monospace font; monospace Arabic glyphs (DejaVu Sans Mono's) sit
    apart instead of joining, which makes the guidelines' Arabic examples hard to read.
    """
    ranges = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontFixedPitch() and _ARABIC.search(fragment.text()):
                ranges.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    body = QTextCharFormat()
    body.setFontFixedPitch(False)
    body.setFontFamilies([document.defaultFont().family()])
    body.setBackground(QColor(128, 128, 128, 40))  # still marked as an example
    for position, length in ranges:  # changed after the walk, which they would disturb
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(body)


def show_guidelines(parent: QWidget | None) -> HelpDialog:
    """Open the annotation guidelines, in Arabic when the interface is Arabic."""
    dialog = HelpDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _plain_text(action: QAction) -> str:
    # "&Open…" shows as "Open…"; "&&" is a literal ampersand.
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(text, shortcuts) for every named action, in the order given; a key per line."""
    rows = []
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        keys = "\n".join(
            key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
        )
        rows.append((_plain_text(action), keys))
    return rows


class CheatSheetDialog(QDialog):
    """Every action's text and keys; read again from the actions when the language changes."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(520, 600)
        self.actions_shown = list(actions)
        self.table = QTableWidget(0, 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The window's actions are renamed on the same event; read them once it is done.
            QTimer.singleShot(0, self, self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        rows = shortcut_rows(self.actions_shown)
        self.table.setRowCount(len(rows))
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            # Key names read left to right even in an Arabic interface; without the marks a
            # right-to-left view shows "Ctrl+=" as "=+Ctrl".
            key_item = QTableWidgetItem("\n".join(f"{LRM}{k}{LRM}" for k in keys.split("\n") if k))
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, key_item)
        self.table.resizeRowsToContents()


def show_cheatsheet(parent: QWidget | None, actions: list[QAction]) -> CheatSheetDialog:
    """Open a table of every action's text and shortcut, read from the actions themselves."""
    dialog = CheatSheetDialog(actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
