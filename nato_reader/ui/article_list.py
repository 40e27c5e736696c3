"""The article list: a windowed model over the store and the search and filter bar above it.

The model never holds the corpus: it knows the count and keeps a few pages of rows, fetched
from ``store.list_articles`` as the view scrolls to them, so 100,000 articles cost the memory
of a few hundred rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nato_reader.core.record import LABELS
from nato_reader.store import (
    STATUSES,
    Article,
    ArticleFilter,
    ArticleRow,
    SearchError,
    Store,
    StoreError,
)
from nato_reader.ui.labels import label_name, status_name

PAGE = 200
MAX_PAGES = 6
WAITING_FOR_REVIEW = "done"
COLUMNS: tuple[str, ...] = ("title", "source", "date", "status", "n_quotes", "n_open")
# column -> the store's order for it (the source column has none)
ORDERS: dict[str, str] = {
    "title": "title",
    "date": "date",
    "status": "status",
    "n_quotes": "quotes",
    "n_open": "open",
}
ARTICLE_ID = Qt.ItemDataRole.UserRole
_TITLE_CHARS = 140  # a title that is a whole paragraph is cut in the list, whole in its tooltip


class ArticleListModel(QAbstractTableModel):
    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter = ArticleFilter()
        self.order = "created"
        self.error: str | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self.reload()

    # -- what is shown --------------------------------------------------------------------

    def set_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Count again and forget every cached row (after a filter change or an import)."""
        self.beginResetModel()
        self._pages.clear()
        try:
            self._count = self.store.count_articles(self.filter)
            self.error = None
        except SearchError as error:
            self._count, self.error = 0, str(error)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = ORDERS.get(COLUMNS[column], "created")
        self.reload()

    # -- rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> ArticleRow | None:
        if not 0 <= row < self._count:
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            try:
                page = self.store.list_articles(
                    self.filter, offset=page_no * PAGE, limit=PAGE, order=self.order
                )
            except StoreError as error:
                self.error, page = str(error), []
            self._pages[page_no] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        i = row - page_no * PAGE
        return page[i] if i < len(page) else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def row_of(self, article_id: str) -> int | None:
        """The row of ``article_id`` if it is on a cached page (the ones on screen)."""
        for page_no, page in self._pages.items():
            for i, row in enumerate(page):
                if row.id == article_id:
                    return page_no * PAGE + i
        return None

    def refresh_article(self, article_id: str, fresh: Article | None = None) -> None:
        """Re-read one article's line (its status and counts changed); ``fresh``: the article
        as the store holds it now, when the caller has just read it."""
        row = self.row_of(article_id)
        if row is None:
            return
        if fresh is None:
            fresh = self.store.get_article(article_id)
        page = self._pages[row // PAGE]
        old = page[row % PAGE]
        page[row % PAGE] = replace(
            old,
            status=fresh.status,
            n_quotes=fresh.n_quotes,
            n_open=fresh.n_open,
            updated=fresh.updated,
        )
        # Most actions change neither: then the line is not drawn again.
        if (old.status, old.n_quotes, old.n_open) != (fresh.status, fresh.n_quotes, fresh.n_open):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, column)
            if column == "title":
                return value if len(value) <= _TITLE_CHARS else value[:_TITLE_CHARS] + "…"
            if column == "status":
                return status_name(value)
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("n_quotes", "n_open"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ARTICLE_ID:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "title": self.tr("Title"),
            "source": self.tr("Source"),
            "date": self.tr("Date"),
            "status": self.tr("Status"),
            "n_quotes": self.tr("Quotes"),
            "n_open": self.tr("Open"),
        }[COLUMNS[section]]


class ChoicesCombo(QComboBox):
    """A filter whose values come from the store, read when its list is first opened (the
    countries of 100,000 articles take a second to collect: not at start-up)."""

    def __init__(self, choices: Callable[[], list[str]]) -> None:
        super().__init__()
        self.choices = choices
        self.stale = True

    def showPopup(self) -> None:
        if self.stale:
            self.load()
        super().showPopup()

    def load(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for value in self.choices():
            self.addItem(value, value)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
        self.stale = False


class ArticleList(QWidget):
    """Search box, filters and the list; emits the id of the article the user opens."""

    articleActivated = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = ArticleListModel(store, self)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)

        self.status = self._combo(STATUSES)
        self.label = self._combo(LABELS)
        self.speaker = self._combo((), store.speakers)
        self.country = self._combo((), store.countries)
        self.annotator = self._combo((), store.annotators)
        self.waiting = QCheckBox()
        self.waiting.toggled.connect(self.apply_filter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        # Fixed row heights let the view skip measuring rows it does not show.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        # Sizing columns to their contents would read a thousand rows: widths are set, the
        # title gets the most room and the user can resize every column.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((230, 110, 80, 80, 44, 44)):
            header.resizeSection(column, width)
        self.view.setSortingEnabled(False)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self.model.sort)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        filters = QGridLayout()
        filters.addWidget(self.status, 0, 0)
        filters.addWidget(self.label, 0, 1)
        filters.addWidget(self.waiting, 0, 2)
        filters.addWidget(self.speaker, 1, 0)
        filters.addWidget(self.country, 1, 1)
        filters.addWidget(self.annotator, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the list in the interface language: at start and on a switch."""
        self.search.setPlaceholderText(self.tr("Search titles and text…"))
        for combo, any_text in ((self.status, self.tr("Any status")),
                                (self.label, self.tr("Any label")),
                                (self.speaker, self.tr("Any speaker")),
                                (self.country, self.tr("Any country")),
                                (self.annotator, self.tr("Any annotator"))):
            combo.setItemText(0, any_text)
        for combo, name in ((self.status, status_name), (self.label, label_name)):
            for i in range(1, combo.count()):
                combo.setItemText(i, name(combo.itemData(i)))
        self.waiting.setText(self.tr("Waiting for review"))
        # Column titles and the status column come from the model, asked again after these.
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.model.rowCount():
            column = COLUMNS.index("status")
            self.model.dataChanged.emit(self.model.index(0, column),
                                        self.model.index(self.model.rowCount() - 1, column))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _combo(self, values: Sequence[str],
               choices: Callable[[], list[str]] | None = None) -> QComboBox:
        """A filter: "any" first, then ``values`` (their texts are set by retranslate)."""
        combo = QComboBox() if choices is None else ChoicesCombo(choices)
        combo.addItem("", None)
        for value in values:
            combo.addItem("", value)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def refresh_choices(self) -> None:
        """Speakers, countries and annotators grow as people work: read them again the next
        time their list opens."""
        for combo in (self.speaker, self.country, self.annotator):
            if isinstance(combo, ChoicesCombo):
                combo.stale = True

    def current_filter(self) -> ArticleFilter:
        status = WAITING_FOR_REVIEW if self.waiting.isChecked() else self.status.currentData()
        return ArticleFilter(
            query=self.search.text().strip() or None,
            status=status,
            label=self.label.currentData(),
            speaker=self.speaker.currentData(),
            country=self.country.currentData(),
            annotator=self.annotator.currentData(),
        )

    def apply_filter(self) -> None:
        self.status.setEnabled(not self.waiting.isChecked())
        self.model.set_filter(self.current_filter())
        if self.model.error:
            self.message.setText(self.model.error)
            self.message.show()
        else:
            self.message.hide()

    def select_article(self, article_id: str) -> None:
        """Highlight ``article_id``'s line when it is among the rows already fetched."""
        row = self.model.row_of(article_id)
        if row is not None:
            self.view.selectionModel().blockSignals(True)
            self.view.selectRow(row)
            self.view.selectionModel().blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID)
        if article_id:
            self.articleActivated.emit(article_id)
