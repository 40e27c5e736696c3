"""The reader lays Arabic out right to left, keeps Latin words in order inside it, zooms, and
tells what a highlighted span is on hover."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from nato_reader.ui.highlight import Mark
from nato_reader.ui.reader import Reader

TEXT = "NHK: قال مسؤول لقناة NHK إن منصة X أغلقت الحساب.\nذكرت وكالة يونهاب ذلك."

# What the offscreen platform cannot do, it says (tooltips are raised windows).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


@pytest.fixture()
def reader(qtbot) -> Reader:
    r = Reader()
    qtbot.addWidget(r)
    r.resize(800, 300)
    r.show()
    qtbot.waitExposed(r)
    r.show_text(TEXT, [])
    return r


def x_of(reader: Reader, pos: int) -> int:
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.omap.to_qt(pos))
    return reader.cursorRect(cursor).x()


def test_paragraphs_run_right_to_left_even_when_they_open_with_latin(reader: Reader) -> None:
    block = reader.document().firstBlock()
    assert block.layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    first_arabic = TEXT.index("قال")
    # "NHK:" opens the paragraph, so it stands at the right edge; قال follows to its left.
    assert x_of(reader, 0) > x_of(reader, first_arabic)
    assert x_of(reader, 0) > reader.viewport().width() * 0.7


def test_latin_words_keep_their_letter_order(reader: Reader) -> None:
    nhk = TEXT.index("NHK", 5)
    # The carets between N|H and H|K: left to right inside the right-to-left line.
    assert x_of(reader, nhk + 1) < x_of(reader, nhk + 2)
    x_word = TEXT.index(" X ") + 1
    # Arabic reading order around it: منصة (before X) lies to the right of X.
    assert x_of(reader, TEXT.index("منصة")) > x_of(reader, x_word)


def test_zoom_and_line_spacing_change_the_layout(reader: Reader) -> None:
    height = reader.document().size().height()
    reader.set_zoom(6)
    assert reader.document().defaultFont().pointSize() == reader.point_size()
    zoomed = reader.document().size().height()
    assert zoomed > height
    reader.set_line_spacing(220)
    assert reader.document().size().height() > zoomed
    reader.set_zoom(1000)
    assert reader.zoom == 24


def test_hover_card_names_the_span(qtbot, reader: Reader) -> None:
    start = TEXT.index("يونهاب")
    reader.show_text(TEXT, [Mark(start - 5, start + 6, "ORG", "accepted", 7)])
    reader.card_for = lambda pos: "<b>ORG</b>" if reader.marks_at(pos) else ""
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.omap.to_qt(start + 2))
    point = reader.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "ORG" in QToolTip.text()
    QToolTip.hideText()
    outside = reader.viewport().mapToGlobal(QPoint(5, 5))
    QApplication.sendEvent(reader.viewport(), QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5),
                                                         outside))
    assert reader.marks_at(reader.position_at(QPoint(5, 5))) == []


def test_opening_another_text_frees_the_previous_document(reader: Reader) -> None:
    """The document of the text before is gone as soon as the next one shows, so a long
    article read earlier neither holds memory nor goes on laying itself out."""
    import shiboken6

    reader.show_text("وقال الوزير إن الحلف سيواصل دعمه. " * 400, [])
    before = reader.document()
    reader.show_text("نص آخر", [])
    assert not shiboken6.isValid(before)
    assert reader.document().toPlainText() == "نص آخر"


def test_next_text_opens_at_its_top_after_scrolling_down(qtbot, reader: Reader) -> None:
    long_text = "وقال الوزير إن الحلف سيواصل دعمه للدول الأعضاء.\n" * 300
    bar = reader.verticalScrollBar()
    reader.show_text(long_text, [])
    bar.setValue(bar.maximum() // 2)
    qtbot.waitUntil(lambda: bar.value() > 100)
    reader.show_text(long_text.replace("الوزير", "المتحدث"), [])
    QApplication.processEvents()
    assert bar.value() == 0
    first_line = reader.cursorRect(QTextCursor(reader.document()))
    assert first_line.top() <= reader.document().documentMargin()
