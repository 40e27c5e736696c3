"""Small choosers: a searchable country list, and merging two people into one canonical name."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nato_reader.core.record import PERSON
from nato_reader.core.text import normalize_key
from nato_reader.ui.countries import all_countries

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class CountryPicker(QDialog):
    """Choose a country by typing part of its Arabic or English name or its ISO code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a country"))
        self.resize(480, 560)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search in Arabic or English, or type a code"))
        self.search.setClearButtonEnabled(True)
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Arabic"), self.tr("English"), self.tr("Code")])
        for country in all_countries():
            items = [
                QStandardItem(country.ar),
                QStandardItem(country.en),
                QStandardItem(country.code),
            ]
            items[0].setData(country.code, CODE_ROLE)
            names = (country.ar, country.en, country.code, *country.aliases)
            items[0].setData(normalize_key(" | ".join(names)).casefold(), SEARCH_ROLE)
            for item in items:
                item.setEditable(False)
            model.appendRow(items)
        # Rows whose folded names or code contain the folded query: hamza forms, tatweel and
        # diacritics do not matter, so typing ايران finds إيران.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept_if_chosen)
        self.table.doubleClicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(normalize_key(text).casefold())
        if self.proxy.rowCount():
            self.table.selectRow(0)  # Enter takes the best match without touching the mouse
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.selected_code() is not None
        )

    def _accept_if_chosen(self) -> None:
        if self.selected_code() is not None:
            self.accept()

    def selected_code(self) -> str | None:
        """ISO alpha-2 code of the highlighted country, if one is highlighted."""
        rows = self.table.selectionModel().selectedRows(0)
        return rows[0].data(CODE_ROLE) if rows else None

    @classmethod
    def get_country(cls, parent: QWidget | None = None) -> str | None:
        """Run the picker; the chosen code, or None when cancelled."""
        dialog = cls(parent)
        return dialog.selected_code() if dialog.exec() == QDialog.DialogCode.Accepted else None


def people_of(store, article_id: str) -> list[tuple[str, int]]:
    """(canonical name, mentions) of every person in the article.

    Longest name first: the fullest form is usually the one to keep (CONVENTIONS.md).
    """
    counts: dict[str, int] = {}
    for span in store.spans(article_id, include_rejected=False):
        if span.label == PERSON:
            name = span.attrs.get("canonical") or span.text
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-len(kv[0]), -kv[1], kv[0]))


class MergePeopleDialog(QDialog):
    """Two names for one person: every mention of the second takes the first's name.

    The dialog only asks; the caller performs ``store.merge_people`` (through its undo stack)
    with ``keep()`` and ``merged()`` once the dialog is accepted.
    """

    def __init__(self, store, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge people"))
        people = people_of(store, article_id)
        self.keep_box = QComboBox(self)
        self.merge_box = QComboBox(self)
        for name, count in people:
            text = self.tr("{name} (%n mention(s))", "", count).format(name=name)
            self.keep_box.addItem(text, name)
            self.merge_box.addItem(text, name)
        if len(people) > 1:
            self.merge_box.setCurrentIndex(1)
        explanation = QLabel(
            self.tr(
                "Every mention of the second person, and every quote attributed to them, "
                "will be given the first person's name."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.problem = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keep_box.currentIndexChanged.connect(self._update_ok)
        self.merge_box.currentIndexChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("Keep this name:"), self.keep_box)
        form.addRow(self.tr("Merge this person into it:"), self.merge_box)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update_ok()

    def keep(self) -> str | None:
        return self.keep_box.currentData()

    def merged(self) -> str | None:
        return self.merge_box.currentData()

    def _update_ok(self) -> None:
        if self.keep_box.count() < 2:
            problem = self.tr("This article names fewer than two people.")
        elif self.keep() == self.merged():
            problem = self.tr("Choose two different people.")
        else:
            problem = ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


def ask_merge_people(store, article_id: str, annotator: str, parent: QWidget | None = None):
    """Run the merge dialog and merge; the store's ``Event``, or None when cancelled."""
    dialog = MergePeopleDialog(store, article_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return store.merge_people(article_id, dialog.keep(), dialog.merged(), annotator=annotator)
