"""Guidelines and the keyboard cheat sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from nato_reader.ui import docs_path, help, i18n

ROOT = Path(__file__).resolve().parents[2]
# The offscreen platform says so each time a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _rows(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [
        (table.item(r, 0).text(), table.item(r, 1).text().replace(help.LRM, ""))
        for r in range(table.rowCount())
    ]


def test_cheatsheet_lists_each_action_with_its_shortcuts(qtbot, qapp):
    open_action = QAction("&Open article", qapp)
    open_action.setShortcut(QKeySequence("Ctrl+O"))
    accept = QAction("Accept && next", qapp)
    accept.setShortcuts([QKeySequence("A"), QKeySequence("Ctrl+Return")])
    separator = QAction(qapp)
    separator.setSeparator(True)
    no_key = QAction("Statistics", qapp)

    dialog = help.show_cheatsheet(None, [open_action, separator, accept, no_key])
    qtbot.addWidget(dialog)

    assert _rows(dialog) == [
        ("Open article", QKeySequence("Ctrl+O").toString(QKeySequence.SequenceFormat.NativeText)),
        (
            "Accept & next",
            "A\n" + QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText),
        ),
        ("Statistics", ""),
    ]


def test_cheatsheet_follows_a_changed_shortcut(qtbot, qapp):
    action = QAction("Reject", qapp)
    action.setShortcut(QKeySequence("R"))
    action.setShortcut(QKeySequence("Ctrl+Shift+X"))
    dialog = help.show_cheatsheet(None, [action])
    qtbot.addWidget(dialog)
    assert _rows(dialog) == [
        ("Reject", QKeySequence("Ctrl+Shift+X").toString(QKeySequence.SequenceFormat.NativeText))
    ]


@pytest.fixture()
def docs(tmp_path, monkeypatch):
    (tmp_path / "guidelines.md").write_text("# Guidelines\n\nMark **every** quote.\n", "utf-8")
    (tmp_path / "guidelines.ar.md").write_text("# الإرشادات\n\nعلّم **كل** اقتباس.\n", "utf-8")
    monkeypatch.setattr(docs_path, "docs_dir", lambda: tmp_path)
    yield tmp_path
    i18n.install_translators(QApplication.instance(), "en")


def test_guidelines_in_english_render_markdown(qtbot, qapp, docs):
    i18n.install_translators(qapp, "en")
    dialog = help.show_guidelines(None)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Mark every quote." in text  # Markdown rendered, not shown as source
    assert "**" not in text


def test_guidelines_in_arabic_when_the_interface_is_arabic(qtbot, qapp, docs):
    i18n.install_translators(qapp, "ar")
    dialog = help.show_guidelines(None)
    qtbot.addWidget(dialog)
    assert "علّم كل اقتباس." in dialog.browser.toPlainText()


def test_missing_guidelines_say_where_they_were_looked_for(qtbot, qapp, docs):
    (docs / "guidelines.md").unlink()
    i18n.install_translators(qapp, "en")
    dialog = help.show_guidelines(None)
    qtbot.addWidget(dialog)
    assert str(docs / "guidelines.md") in dialog.browser.toPlainText()


def test_checkout_docs_folder_is_found():
    assert docs_path.docs_dir() == ROOT / "docs"
    assert (docs_path.docs_dir() / "store-api.md").is_file()


def test_arabic_code_spans_keep_their_letters_joined(qtbot, qapp, docs):
    (docs / "guidelines.md").write_text("Tag `ينس ستولتنبرغ` as PERSON, not `PERSON x`.\n", "utf-8")
    i18n.install_translators(qapp, "en")
    dialog = help.show_guidelines(None)
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    fixed = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fixed[fragment.text()] = fragment.charFormat().fontFixedPitch()
            it += 1
        block = block.next()
    assert fixed["ينس ستولتنبرغ"] is False  # monospace Arabic does not join
    assert fixed["PERSON x"] is True  # Latin code keeps its monospace font
