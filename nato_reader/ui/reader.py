"""The right-to-left reader: an article's text with its highlight layers, read-only.

Paragraphs run right to left whatever their first letter (a paragraph that opens with "NHK"
stays an Arabic paragraph; Qt's bidi keeps the Latin words in order inside it). The text is
never edited: selections, highlights and hover cards are all that change, and a change
repaints only the range it touches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from nato_reader.ui.highlight import Mark, Painter
from nato_reader.ui.qt_text import OffsetMap

FONT_FAMILY = "Amiri"
BASE_POINT_SIZE = 17
MIN_ZOOM, MAX_ZOOM = -8, 24


class Reader(QTextEdit):
    spanClicked = Signal(int)  # mark key, on a click (not a drag) inside a highlighted span

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        # Lines wrap at the widget's width, so a horizontal scroll bar is never useful.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(False)
        self.zoom = 0
        self.line_spacing = 160
        self.setDocument(self._new_document())
        self.painter = Painter(self.palette().color(QPalette.ColorRole.Base))
        self.omap = OffsetMap("")
        self.marks: list[Mark] = []
        # Every overlay of the article by mark key, and the keys already handed to Qt.
        self._overlays: dict[int, QTextEdit.ExtraSelection] = {}
        self._handed: set[int] = set()
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._sync_overlays())
        self._press: QPoint | None = None
        # (code-point offset) -> hover card rich text, or "" for none; set by the window.
        self.card_for: Callable[[int], str] = lambda _pos: ""

    # -- content ---------------------------------------------------------------------------

    def show_text(self, text: str, marks: Sequence[Mark]) -> None:
        """Replace the document with ``text`` and draw ``marks`` in one pass."""
        self.omap = OffsetMap(text)
        self.marks = list(marks)
        # A document not yet shown takes its text, formats and highlights without laying out
        # anything; attaching it lays it out once. Filling the shown one is several times slower.
        doc = self._new_document()
        doc.setPlainText(text)
        _keep_shapes(doc)
        self._set_block_formats(doc)
        self._overlays = self.painter.paint(doc, self.omap, self.marks, fresh=True)
        self._handed = set()
        old = self.document()
        self.setDocument(doc)
        self.setExtraSelections([])
        self.moveCursor(QTextCursor.MoveOperation.Start)
        # Moving the cursor to the start scrolls only as far as the cursor, which sits a
        # document margin below the top: a text that replaces a scrolled one opens at its top.
        self.verticalScrollBar().setValue(0)
        # Gone at once, not when control is back in the event loop: until then a long
        # document that was never fully laid out goes on laying itself out in idle steps.
        old.deleteLater()
        QCoreApplication.sendPostedEvents(old, QEvent.Type.DeferredDelete.value)
        self._sync_overlays()

    def update_marks(self, marks: Sequence[Mark], lo: int, hi: int) -> None:
        """New marks; only ``lo..hi`` (code points) changed on screen."""
        placed = {m.key: m for m in self.marks if m.key in self._overlays}
        self.marks = list(marks)
        if lo >= hi:
            return
        fresh = self.painter.paint(self.document(), self.omap, self.marks, lo, hi)
        # Overlays outside the range keep their cursors; only those inside are made anew.
        kept = {key: sel for key, sel in self._overlays.items()
                if key in placed and (placed[key].end <= lo or placed[key].start >= hi)}
        if len(kept) == len(self._overlays) and not fresh:
            return
        kept.update(fresh)
        self._overlays = kept
        self._handed &= kept.keys() - fresh.keys()
        self._sync_overlays(changed=True)

    def repaint_all(self) -> None:
        self._overlays = self.painter.paint(self.document(), self.omap, self.marks)
        self._handed = set()
        self._sync_overlays(changed=True)

    def _sync_overlays(self, changed: bool = False) -> None:
        """Hand Qt the overlays near the visible part of the text, adding more as it scrolls.

        Qt works out where every extra selection it is given lies, which lays out the document
        up to it: all of a long article's overlays at once would lay out the whole article
        before its first page shows. Overlays once handed over stay, so scrolling back costs
        nothing, and Qt skips those it already has."""
        lo, hi = self._near_view()
        near = {key for key, sel in self._overlays.items()
                if key not in self._handed
                and sel.cursor.selectionEnd() >= lo and sel.cursor.selectionStart() <= hi}
        if not near and not changed:
            return
        self._handed |= near
        self.setExtraSelections([self._overlays[key] for key in self._handed])

    def _near_view(self) -> tuple[int, int]:
        """Qt positions from a screen above the viewport to a screen below it, whole blocks."""
        doc = self.document()
        layout = doc.documentLayout()
        top = self.verticalScrollBar().value()
        height = max(1, self.viewport().height())
        fuzzy = Qt.HitTestAccuracy.FuzzyHit
        first = layout.hitTest(QPointF(0, max(0, top - height)), fuzzy)
        last = layout.hitTest(QPointF(self.viewport().width(), top + 2 * height), fuzzy)
        lo = doc.findBlock(max(0, first)).position()
        end = doc.findBlock(last) if last >= 0 else doc.lastBlock()
        return lo, end.position() + end.length()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._sync_overlays()

    # -- selection in code points -----------------------------------------------------------

    def selection(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return self.omap.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())

    def select(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.omap.to_qt(start))
        cursor.setPosition(self.omap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def position_at(self, point: QPoint) -> int:
        """Code-point offset of the character under ``point`` (viewport coordinates)."""
        return self.omap.from_qt(self.cursorForPosition(point).position())

    def marks_at(self, pos: int) -> list[Mark]:
        """Shown marks covering ``pos``, innermost first."""
        hits = [m for m in self.marks if m.start <= pos < m.end and self.painter.shown(m)]
        return sorted(hits, key=lambda m: m.end - m.start)

    # -- zoom and spacing -----------------------------------------------------------------

    def set_zoom(self, steps: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, steps))
        self.document().setDefaultFont(self._font())
        self._sync_overlays()

    def set_line_spacing(self, percent: int) -> None:
        self.line_spacing = max(100, min(300, percent))
        self._set_block_formats(self.document())
        self._sync_overlays()

    def _new_document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(18)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setDefaultFont(self._font())
        return doc

    def _set_block_formats(self, doc: QTextDocument) -> None:
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setBlockFormat(self._block_format())

    def point_size(self) -> int:
        return BASE_POINT_SIZE + self.zoom

    def _font(self) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSize(self.point_size())
        # Hinting off keeps Arabic joins smooth at every size.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def _block_format(self) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
        fmt.setLineHeight(
            float(self.line_spacing), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        fmt.setBottomMargin(10)
        return fmt

    # -- events ----------------------------------------------------------------------------

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            card = self.card_for(self.position_at(e.pos()))
            if card:
                QToolTip.showText(e.globalPos(), card, self.viewport())
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().viewportEvent(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._press = e.position().toPoint()
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        press, self._press = self._press, None
        if press is None or e.button() != Qt.MouseButton.LeftButton:
            return
        if (e.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag selects text
        hits = self.marks_at(self.position_at(press))
        if hits:
            self.spanClicked.emit(hits[0].key)


def _keep_shapes(doc: QTextDocument) -> None:
    """Let every paragraph keep its shaped glyphs after layout. By default a QTextLayout drops
    them at the end of each layout pass and shapes its lines again on every paint, which is
    most of what a repaint of Arabic text costs; the text never changes, so the glyphs are
    kept for as long as the article is open."""
    block = doc.begin()
    while block.isValid():
        block.layout().setCacheEnabled(True)
        block = block.next()
