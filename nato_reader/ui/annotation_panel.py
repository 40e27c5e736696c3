"""The spans of the open article beside the reader: quotes with their speakers, claims with
their check-worthiness and note, and accept / reject for suggestions.

The table is a model over the article's span list (no widget per row), so an article with
thousands of spans opens as fast as one with ten.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nato_reader.core.record import CLAIM, STATEMENT_LABELS
from nato_reader.store import StoredSpan
from nato_reader.ui.cell_cache import RESTYLING, CachedCellDelegate
from nato_reader.ui.highlight import OKABE_ITO
from nato_reader.ui.labels import label_name

SPAN_PK = Qt.ItemDataRole.UserRole
CHECKWORTHY = ("yes", "no", "unsure")
_EXCERPT = 90


_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset((_DISPLAY, _DECORATION, _TOOLTIP, _FONT, _FOREGROUND, SPAN_PK))


def _struck() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


def _dimmed() -> QColor:
    return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "…"


class SpanTableModel(QAbstractTableModel):
    COLUMNS = ("label", "text", "detail")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.spans: list[StoredSpan] = []
        self._cache: dict[int, tuple[StoredSpan, tuple[str, str, str]]] = {}
        # Room for text in each column (pixels) and the font that fills it, set by the view;
        # 0 leaves a column's text whole.
        self.text_widths: list[int] = [0] * len(self.COLUMNS)
        self.metrics: QFontMetrics | None = None
        self._fitted: dict[tuple[int, int], tuple[str, int, str]] = {}
        self._struck = _struck()
        self._dimmed = _dimmed()

    def set_spans(self, spans: Sequence[StoredSpan], changed: set[int] | None = None) -> None:
        """Show ``spans``; with ``changed`` (the pks that differ from what is shown) only the
        rows that changed, appeared or went are redrawn, when that is all that happened."""
        new = list(spans)
        self._dimmed = _dimmed()
        old_pks = [s.pk for s in self.spans]
        new_pks = [s.pk for s in new]
        if changed is None or not self._update_rows(new, old_pks, new_pks, changed):
            self.beginResetModel()
            self.spans = new
            self.endResetModel()

    def _update_rows(self, new: list[StoredSpan], old_pks: list[int], new_pks: list[int],
                     changed: set[int]) -> bool:
        old_set, new_set = set(old_pks), set(new_pks)
        if [pk for pk in new_pks if pk in old_set] != [pk for pk in old_pks if pk in new_set]:
            return False  # rows moved: let the view start over
        for row in reversed(range(len(old_pks))):
            if old_pks[row] not in new_set:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.spans[row]
                self.endRemoveRows()
        for row, span in enumerate(new):
            if span.pk not in old_set:
                self.beginInsertRows(QModelIndex(), row, row)
                self.spans.insert(row, span)
                self.endInsertRows()
        self.spans = new
        last = len(self.COLUMNS) - 1
        for row, span in enumerate(new):
            if span.pk in changed and span.pk in old_set:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def retranslate(self) -> None:
        """Labels, states and column titles again, in the interface language."""
        self._cache.clear()
        self.beginResetModel()
        self.endResetModel()

    def row_of(self, pk: int) -> int | None:
        for i, span in enumerate(self.spans):
            if span.pk == pk:
                return i
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spans)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        # The view asks for a dozen roles per cell on every paint: unknown roles return at
        # once, and a row's texts are worked out once per span version.
        if role not in _ROLES:
            return None
        span = self.spans[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._fit(span.pk, column, self._cells(span)[column])
        if role == _DECORATION:
            return QColor(OKABE_ITO.get(span.label, "#777777")) if column == 0 else None
        if role == _TOOLTIP:
            return f"{span.text}\n{label_name(span.label)} · {state_name(span.state)}"
        # The state at a glance: suggestions dimmed, rejected spans also struck through (no
        # italics: Arabic fonts have none, and a slanted fallback is hard to read).
        if role == _FONT:
            return self._struck if span.state == "rejected" else None
        if role == _FOREGROUND:
            return None if span.state == "accepted" else self._dimmed
        return span.pk  # SPAN_PK

    def _cells(self, span: StoredSpan) -> tuple[str, str, str]:
        cached = self._cache.get(span.pk)
        if cached is None or cached[0] is not span:
            cached = (span, (label_name(span.label), excerpt(span.text), detail_text(span)))
            self._cache[span.pk] = cached
        return cached[1]

    def look(self, row: int, column: int) -> tuple[str, str, str]:
        """What the cell draws (its text, colour chip, font and colour follow from these)."""
        span = self.spans[row]
        return (span.label, span.state, self._fit(span.pk, column, self._cells(span)[column]))

    def _fit(self, pk: int, column: int, text: str) -> str:
        """``text`` elided to its column, once per text and width: the view would elide every
        cell again on every paint, and shaping Arabic to elide it is most of a repaint's cost.
        Text that still does not fit is elided by the view as before."""
        width = self.text_widths[column]
        if width <= 0 or self.metrics is None:
            return text
        hit = self._fitted.get((pk, column))
        if hit is None or hit[0] != text or hit[1] != width:
            hit = (text, width, self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            self._fitted[pk, column] = hit
        return hit[2]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Label"), self.tr("Text"), self.tr("Details"))[section]


def span_counts(spans: Sequence[StoredSpan]) -> tuple[int, int, int]:
    """(spans not rejected, quotes and claims among them, open suggestions), in one pass."""
    shown = statements = open_ = 0
    for s in spans:
        if s.state == "rejected":
            continue
        shown += 1
        if s.label in STATEMENT_LABELS:
            statements += 1
        if s.state == "open":
            open_ += 1
    return shown, statements, open_


def detail_text(span: StoredSpan) -> str:
    """What matters most about a span in one short line: a statement's speaker, an entity's
    country or canonical name."""
    attrs = span.attrs
    if span.label in STATEMENT_LABELS:
        speaker = attrs.get("speaker")
        parts = ["← " + speaker if speaker else "← ?"]
        if attrs.get("checkworthy"):
            parts.append(f"[{attrs['checkworthy']}]")
        return " ".join(parts)
    parts = []
    if attrs.get("canonical") and attrs["canonical"] != span.text:
        parts.append(str(attrs["canonical"]))
    if attrs.get("country"):
        parts.append(str(attrs["country"]))
    return " · ".join(parts)


def state_name(state: str) -> str:
    names = {
        "open": QCoreApplication.translate("SpanState", "suggested"),
        "accepted": QCoreApplication.translate("SpanState", "accepted"),
        "rejected": QCoreApplication.translate("SpanState", "rejected"),
    }
    return names.get(state, state)


class AnnotationPanel(QWidget):
    currentSpanChanged = Signal(int)  # pk
    acceptRequested = Signal(int)
    rejectRequested = Signal(int)
    attrsEdited = Signal(int, dict)  # pk, attributes to merge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SpanTableModel(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.cells = CachedCellDelegate(self.model.look, self.view)
        self.view.setItemDelegate(self.cells)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 100)
        header.resizeSection(2, 100)
        # The header says a section's new size before it answers sectionSize() with it.
        header.sectionResized.connect(lambda column, _old, size: self._fit_columns({column: size}))
        self._fit_columns()
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        self.details = QGroupBox()
        self.span_text = QLabel()
        self.span_text.setWordWrap(True)
        self.span_text.setTextFormat(Qt.TextFormat.PlainText)
        self.span_text.setMaximumHeight(110)
        self.speaker = QLabel()
        self.speaker.setTextFormat(Qt.TextFormat.PlainText)
        self.checkworthy = QComboBox()
        self.checkworthy.addItem("—", None)
        for value in CHECKWORTHY:
            self.checkworthy.addItem("", value)
        self.checkworthy.activated.connect(self._checkworthy_chosen)
        self.note = QLineEdit()
        self.note.editingFinished.connect(self._note_done)
        self.accept_button = QPushButton()
        self.reject_button = QPushButton()
        self.accept_button.clicked.connect(lambda: self._emit_current(self.acceptRequested))
        self.reject_button.clicked.connect(lambda: self._emit_current(self.rejectRequested))
        form = QFormLayout(self.details)
        form.addRow(self.span_text)
        self.field_labels = {field: QLabel() for field in
                             (self.speaker, self.checkworthy, self.note)}
        for field, label in self.field_labels.items():
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the panel in the interface language: at start and on a switch."""
        for value, text in zip(
            CHECKWORTHY, (self.tr("yes"), self.tr("no"), self.tr("unsure")), strict=True
        ):
            self.checkworthy.setItemText(self.checkworthy.findData(value), text)
        self.note.setPlaceholderText(self.tr("Note for this claim"))
        self.accept_button.setText(self.tr("Accept (A)"))
        self.reject_button.setText(self.tr("Reject (R)"))
        for label, text in zip(self.field_labels.values(), (self.tr("Speaker"),
                               self.tr("Check-worthy"), self.tr("Note")), strict=True):
            label.setText(text)
        current = self.current_span()
        self.model.retranslate()
        self.set_spans(self.model.spans, current=current.pk if current else None)

    def _fit_columns(self, sizes: dict[int, int] | None = None) -> None:
        """Tell the model how much text each column holds: the section (``sizes`` where it is
        known better than the header knows it) less the item's margins and, in the label
        column, its colour chip."""
        style = self.view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                        self.view) + 1)
        chip = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.view) + margin
        header = self.view.horizontalHeader()
        sizes = sizes or {}
        widths = [sizes.get(i, header.sectionSize(i)) - margin
                  for i in range(len(self.model.COLUMNS))]
        widths[0] -= chip
        self.model.text_widths = [max(1, w) for w in widths]
        self.model.metrics = QFontMetrics(self.view.font())

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() in RESTYLING:
            self.cells.forget()
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()
        elif e.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- content --------------------------------------------------------------------------

    def set_spans(self, spans: Sequence[StoredSpan], current: int | None = None,
                  changed: set[int] | None = None) -> None:
        self.model.set_spans(spans, changed)
        _n_shown, n_quotes, n_open = span_counts(spans)
        self.heading.setText(
            self.tr("%n span(s)", "", len(spans))
            + " · "
            + self.tr("%n statement(s)", "", n_quotes)
            + " · "
            + self.tr("%n open", "", n_open)
        )
        self.select_span(current)

    def current_span(self) -> StoredSpan | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.spans):
            return None
        return self.model.spans[index.row()]

    def select_span(self, pk: int | None) -> None:
        """Make ``pk`` the current row (None: no row) without emitting currentSpanChanged."""
        row = None if pk is None else self.model.row_of(pk)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clear()
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        selection.blockSignals(False)
        self._show_details()

    # -- details of the current span ------------------------------------------------------

    def _show_details(self) -> None:
        span = self.current_span()
        self.details.setEnabled(span is not None)
        if span is None:
            self.details.setTitle(self.tr("No span selected"))
            self.span_text.clear()
            self.speaker.clear()
            self.note.clear()
            self.checkworthy.setCurrentIndex(0)
            return
        self.details.setTitle(f"{label_name(span.label)} · {state_name(span.state)}")
        self.span_text.setText(span.text)
        statement = span.label in STATEMENT_LABELS
        self.speaker.setText(span.attrs.get("speaker") or (self.tr("none — press S") if statement
                                                             else ""))
        is_claim = span.label == CLAIM
        self.checkworthy.setEnabled(is_claim)
        self.note.setEnabled(is_claim)
        self.checkworthy.setCurrentIndex(max(0, self.checkworthy.findData(
            span.attrs.get("checkworthy"))))
        self.note.setText(str(span.attrs.get("note") or ""))
        self.accept_button.setEnabled(span.state != "accepted")
        self.reject_button.setEnabled(span.state != "rejected")

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()
        if current.isValid():
            self.currentSpanChanged.emit(self.model.spans[current.row()].pk)

    def _emit_current(self, signal: Any) -> None:
        span = self.current_span()
        if span is not None:
            signal.emit(span.pk)

    def _checkworthy_chosen(self, _index: int) -> None:
        span = self.current_span()
        value = self.checkworthy.currentData()
        if span is not None and span.attrs.get("checkworthy") != value:
            self.attrsEdited.emit(span.pk, {"checkworthy": value})

    def _note_done(self) -> None:
        span = self.current_span()
        note = self.note.text().strip() or None
        if span is not None and span.label == CLAIM and span.attrs.get("note") != note:
            self.attrsEdited.emit(span.pk, {"note": note})
