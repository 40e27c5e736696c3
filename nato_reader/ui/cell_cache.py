"""Table cells drawn once and then copied.

A Qt item view paints every visible cell on every update, and inserting one row updates all
the rows below it. For each cell the standard delegate asks the model for seven roles and
shapes the cell's text again; from a model written in Python that is most of a repaint's
cost. ``CachedCellDelegate`` lets the standard delegate draw a cell once into a pixmap and
copies that pixmap while the cell shows the same thing. Qt keeps no such cache for item
views, so it is written here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

# A cell's look: what the model shows at (row, column), as a key that is equal exactly when
# two cells draw alike (same texts, colours and fonts).
Look = Callable[[int, int], Hashable]
# Changes of the view after which every cell draws differently.
RESTYLING = frozenset((
    QEvent.Type.PaletteChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.LayoutDirectionChange,
    QEvent.Type.DevicePixelRatioChange,
))


class CachedCellDelegate(QStyledItemDelegate):
    """The standard delegate's drawing, kept per look, state (selected, focused) and size of
    a cell; the least recently drawn ``capacity`` cells are kept (a few screens' worth)."""

    def __init__(self, look: Look, parent: QObject | None = None, capacity: int = 256) -> None:
        super().__init__(parent)
        self.look = look
        self.capacity = capacity
        self._drawn: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect = option.rect
        column = index.column()
        key = (column, self.look(index.row(), column), option.state.value,
               rect.width(), rect.height())
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = self._draw(option, index)
            self._drawn[key] = pixmap
            if len(self._drawn) > self.capacity:
                self._drawn.popitem(last=False)
        else:
            self._drawn.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw(self, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> QPixmap:
        size = option.rect.size()
        ratio = option.widget.devicePixelRatioF() if option.widget is not None else 1.0
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        at_origin = QStyleOptionViewItem(option)
        at_origin.rect = QRect(QPoint(0, 0), size)
        painter = QPainter(pixmap)
        super().paint(painter, at_origin, index)
        painter.end()
        return pixmap

    def forget(self) -> None:
        """Draw every cell anew (after a change in ``RESTYLING``)."""
        self._drawn.clear()
