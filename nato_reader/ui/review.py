"""Review mode: an editor checks one article's annotations, span by span, then approves it or
returns it to the annotator with a comment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nato_reader.core.record import LABELS, STATEMENT_LABELS
from nato_reader.store import Event
from nato_reader.store.models import APPROVED, RETURNED, TRANSITIONS
from nato_reader.ui.countries import country_name
from nato_reader.ui.i18n import current_language
from nato_reader.ui.labels import label_name, status_name, verdict_name
from nato_reader.ui.undo import StoreCommand, perform_all

SPAN_PK = Qt.ItemDataRole.UserRole
VERDICT = Qt.ItemDataRole.UserRole + 1
_EXCERPT = 80  # characters of a long quote shown in the list


class ReturnDialog(QDialog):
    """Asks why an article goes back to its annotator; a comment is required."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return article"))
        prompt = QLabel(self.tr("What should the annotator change?"), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.editor)
        layout.addWidget(self.buttons)
        self._update_ok()

    def comment(self) -> str:
        return self.editor.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.comment()))


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1] + "…"


def _details(span) -> str:
    """What an editor checks besides the text: who said it, which country, whose name."""
    attrs = span.attrs
    if span.label in STATEMENT_LABELS:
        return attrs.get("speaker") or "—"
    if attrs.get("country"):
        return country_name(attrs["country"], arabic=current_language() == "ar")
    canonical = attrs.get("canonical")
    return canonical if canonical and canonical != span.text else ""


class ReviewPanel(QWidget):
    """The annotations of one article grouped by who made them, with the editor's verdicts.

    Every verdict and status change is a ``StoreCommand`` on ``undo_stack`` (the window's,
    so Ctrl+Z and Ctrl+Shift+Z there undo and redo them; a panel of its own otherwise).
    """

    changed = Signal(str)  # article id, after any verdict or status change
    span_activated = Signal(int)  # span pk: a span row was double-clicked or Enter pressed

    def __init__(
        self,
        store,
        annotator: str,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.annotator = annotator
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.article_id: str | None = None
        self._status: str | None = None

        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_label = QLabel(self)
        self.comment_label.setWordWrap(True)
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._on_activated)

        # Actions, so the window's keyboard cheat sheet can list them (``actions()``); each
        # button shows one and follows its enabled state. Their texts are set in retranslate.
        self.approve_span_action = self._action(
            "Ctrl+Shift+A", lambda: self.review_selected(APPROVED)
        )
        self.reject_span_action = self._action(
            "Ctrl+Shift+R", lambda: self.review_selected("rejected")
        )
        self.clear_span_action = self._action(None, lambda: self.review_selected(None))
        self.approve_article_action = self._action(None, self.approve_article)
        self.return_article_action = self._action(None, self.return_article)
        self.approve_span_button = self._button(self.approve_span_action)
        self.reject_span_button = self._button(self.reject_span_action)
        self.clear_span_button = self._button(self.clear_span_action)
        self.approve_article_button = self._button(self.approve_article_action)
        self.return_article_button = self._button(self.return_article_action)

        span_row = QHBoxLayout()
        for button in (self.approve_span_button, self.reject_span_button, self.clear_span_button):
            span_row.addWidget(button)
        article_row = QHBoxLayout()
        article_row.addWidget(self.approve_article_button)
        article_row.addWidget(self.return_article_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(span_row)
        layout.addLayout(article_row)
        self.retranslate()
        self.set_article(None)

    def retranslate(self) -> None:
        """Every text of the panel in the interface language (at start and on a switch); the
        list is read again only when shown (a hidden panel is refreshed when it opens)."""
        self.tree.setHeaderLabels(
            [
                self.tr("Label"),
                self.tr("Text"),
                self.tr("Speaker or country"),
                self.tr("State"),
                self.tr("Verdict"),
            ]
        )
        self.approve_span_action.setText(self.tr("Approve span"))
        self.reject_span_action.setText(self.tr("Reject span"))
        self.clear_span_action.setText(self.tr("Clear verdict"))
        self.approve_article_action.setText(self.tr("Approve article"))
        self.return_article_action.setText(self.tr("Return with comment…"))
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def sizeHint(self) -> QSize:
        # Wide enough for the five columns when shown in a dock.
        return QSize(480, 600)

    def _action(self, key: str | None, slot) -> QAction:
        action = QAction(self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- showing an article ---------------------------------------------------------------

    def set_article(self, article_id: str | None) -> None:
        """Show ``article_id`` (None: nothing)."""
        self.article_id = article_id
        self.refresh()

    def refresh(self) -> None:
        selected = set(self.selected_span_pks())
        self.tree.clear()
        if self.article_id is None:
            self._status = None
            self.header.setText(self.tr("No article selected."))
            self.comment_label.hide()
            self._update_buttons()
            return
        article = self.store.get_article(self.article_id)
        self._status = article.status
        # Title and status on lines of their own: an Arabic title would otherwise carry an
        # English status to the wrong end of the line. A title made from a whole first
        # paragraph is cut, so the list keeps its room.
        self.header.setText(
            self.tr("{title}\nStatus: {status}").format(
                title=_excerpt(article.title), status=status_name(article.status)
            )
        )
        if article.review_comment:
            self.comment_label.setText(
                self.tr("Review comment: {comment}").format(comment=article.review_comment)
            )
            self.comment_label.show()
        else:
            self.comment_label.hide()
        groups: dict[str | None, list] = {}
        for span in self.store.spans(self.article_id):
            groups.setdefault(span.annotator, []).append(span)
        # People's work first, by name; the analyser's unconfirmed suggestions last.
        for annotator in sorted(groups, key=lambda a: (a is None, a or "")):
            spans = groups[annotator]
            who = annotator or self.tr("Suggestions (not yet confirmed)")
            top = QTreeWidgetItem([self.tr("{name} ({count})").format(name=who, count=len(spans))])
            bold = top.font(0)
            bold.setBold(True)
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)  # only takes effect once the item is in the tree
            for span in spans:
                item = QTreeWidgetItem(
                    [
                        label_name(span.label),
                        _excerpt(span.text),
                        _details(span),
                        self._state_text(span.state),
                        verdict_name(span.review) if span.review else "",
                    ]
                )
                item.setData(0, SPAN_PK, span.pk)
                item.setData(0, VERDICT, span.review)
                item.setToolTip(1, span.text)
                top.addChild(item)
                item.setSelected(span.pk in selected)
            top.setExpanded(True)
        self._fit_label_column()
        self._update_buttons()

    def _fit_label_column(self) -> None:
        # Fitted by hand: Qt's ResizeToContents would also fit the spanned annotator rows,
        # leaving the text column no room.
        metrics = self.tree.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(label_name(label)) for label in LABELS),
            default=0,
        )
        self.tree.header().resizeSection(0, widest + 2 * self.tree.indentation() + 16)

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        pk = item.data(0, SPAN_PK)
        if pk is not None:
            self.span_activated.emit(pk)

    def _state_text(self, state: str) -> str:
        return {
            "open": self.tr("suggested"),
            "accepted": self.tr("accepted"),
            "rejected": self.tr("rejected"),
        }.get(state, state)

    def selected_span_pks(self) -> list[int]:
        return [
            pk for item in self.tree.selectedItems() if (pk := item.data(0, SPAN_PK)) is not None
        ]

    def _update_buttons(self) -> None:
        has_spans = bool(self.selected_span_pks())
        for action in (self.approve_span_action, self.reject_span_action, self.clear_span_action):
            action.setEnabled(has_spans)
        allowed = TRANSITIONS.get(self._status or "", ())
        self.approve_article_action.setEnabled(APPROVED in allowed)
        self.return_article_action.setEnabled(RETURNED in allowed)

    # -- actions ----------------------------------------------------------------------------

    def review_selected(self, verdict: str | None) -> None:
        """Give every selected span the editor's verdict (None clears it), as one undo step."""
        if self.article_id is None:
            return
        pks = [
            item.data(0, SPAN_PK)
            for item in self.tree.selectedItems()
            if item.data(0, SPAN_PK) is not None and item.data(0, VERDICT) != verdict
        ]
        if not pks:
            return
        texts = {
            APPROVED: self.approve_span_action.text(),
            "rejected": self.reject_span_action.text(),
            None: self.clear_span_action.text(),
        }
        store, annotator = self.store, self.annotator
        steps = [
            lambda _done, pk=pk: store.review_span(pk, verdict, annotator=annotator) for pk in pks
        ]
        self._push(texts[verdict], lambda: perform_all(store, annotator, *steps))

    def approve_article(self) -> None:
        self._set_status(APPROVED, None, self.approve_article_action.text())

    def return_article(self) -> None:
        dialog = ReturnDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set_status(RETURNED, dialog.comment(), self.tr("Return article"))

    def _set_status(self, status: str, comment: str | None, text: str) -> None:
        if self.article_id is None:
            return
        store, annotator, article_id = self.store, self.annotator, self.article_id
        self._push(
            text,
            lambda: [store.set_status(article_id, status, annotator=annotator, comment=comment)],
        )

    def _push(self, text: str, perform) -> None:
        # The store commits first (StoreCommand.redo); only then does the panel show it.
        self.undo_stack.push(
            StoreCommand(
                text,
                self.article_id,
                perform,
                store=self.store,
                annotator=self.annotator,
                refresh=self._after_change,
                report=self._show_error,
            )
        )

    def _after_change(self, article_id: str, _events: list[Event]) -> None:
        """After a verdict or status change, or its undo or redo: show that article as the
        store now holds it and tell the window."""
        self.article_id = article_id
        self.refresh()
        self.changed.emit(article_id)

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Review"), message)
