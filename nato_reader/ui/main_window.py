"""The main window: article list, reader and annotation panel, with every action on a key.

Every annotation action goes through ``StoreCommand``: the store commits it first, then the
screen shows it, so closing or killing the program at any moment loses nothing the user saw.
After a change only the stretch of text it touched is redrawn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nato_reader.core.record import (
    COUNTRY,
    ENTITY_LABELS,
    LABELS,
    NORP,
    PERSON,
    STATEMENT_LABELS,
)
from nato_reader.core.selection import snap_selection
from nato_reader.store import Article, Event, Store, StoredSpan, StoreError
from nato_reader.store.models import DONE, TRANSITIONS
from nato_reader.ui import tagging
from nato_reader.ui.after_paint import AfterPaint
from nato_reader.ui.annotation_panel import AnnotationPanel, span_counts
from nato_reader.ui.article_list import ArticleList
from nato_reader.ui.highlight import Legend, hover_card
from nato_reader.ui.labels import label_name, status_name
from nato_reader.ui.reader import Reader
from nato_reader.ui.settings import Settings
from nato_reader.ui.undo import StoreCommand, perform_all
from nato_reader.ui.window_menus import WindowMenus

# Labels that can name who said a quote or claim.
SPEAKER_LABELS = ("PERSON", "ORG", "COUNTRY", "NORP")
STATUS_TIMEOUT_MS = 6000


class MainWindow(WindowMenus, QMainWindow):
    def __init__(self, store: Store, settings: Settings, annotator: str) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.annotator = annotator
        self.article: Article | None = None
        self.spans: list[StoredSpan] = []
        self.current_pk: int | None = None
        self.linking_head: int | None = None  # a QUOTE/CLAIM waiting for its speaker
        self._reviewed: str | None = None  # an article the review panel has just redrawn
        self.review_dock: QDockWidget | None = None  # made when review mode is first opened
        self.undo_stack = QUndoStack(self)
        self._after_paint = AfterPaint(self._after_change, self)
        self.setWindowTitle("nato-reader")

        self.article_list = ArticleList(store)
        self.article_list.articleActivated.connect(self.open_article)
        self.reader = Reader()
        self.reader.card_for = self._card
        self.reader.spanClicked.connect(self._span_clicked)
        self.legend = Legend(self._names())
        self.legend.toggled.connect(self._layer_toggled)
        self.panel = AnnotationPanel()
        self.panel.currentSpanChanged.connect(self._panel_span_chosen)
        self.panel.acceptRequested.connect(self.accept_span)
        self.panel.rejectRequested.connect(self.reject_span)
        self.panel.attrsEdited.connect(self.edit_attrs)

        reader_box = QWidget()
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.legend)
        reader_layout.addWidget(self.reader, 1)
        # The work area: the keys of annotation act while the focus is in it.
        self.work = QSplitter(Qt.Orientation.Horizontal)
        self.work.addWidget(reader_box)
        self.work.addWidget(self.panel)
        self.work.setStretchFactor(0, 3)
        self.work.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_list)
        self.splitter.addWidget(self.work)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.status_annotator = QLabel()
        self.status_article = QLabel()
        self.status_counts = QLabel()
        self.status_zoom = QLabel()
        for label in (self.status_annotator, self.status_article, self.status_counts,
                      self.status_zoom):
            self.statusBar().addPermanentWidget(label)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self._restore()
        self._update_status()
        tagging.warm_up()

    # -- opening articles -----------------------------------------------------------------

    def open_article(self, article_id: str) -> bool:
        """Show ``article_id`` with all its highlights; False when the store has no such one."""
        try:
            article = self.store.get_article(article_id)
        except StoreError as error:
            self.show_message(str(error))
            return False
        self.cancel_linking()
        self.article = article
        self.spans = self.store.spans(article_id)
        self.current_pk = None
        self.reader.show_text(article.text, tagging.marks_of(self.spans))
        self.panel.set_spans(self.spans)
        self.article_list.select_article(article_id)
        self.settings.set("last_article", article_id)
        review = self.review_panel()
        if review is not None:
            review.set_article(article_id)
        self.setWindowTitle(f"{article.title[:80]} — nato-reader")
        self._update_status()
        return True

    def open_first_article(self) -> bool:
        row = self.article_list.model.row_at(0)
        return row is not None and self.open_article(row.id)

    # -- tagging ---------------------------------------------------------------------------

    def tag_selection(self, label: str) -> bool:
        """Tag the reader's selection (snapped to words) with ``label``; True when stored."""
        if self.article is None:
            return False
        if self.linking_head is not None and label == PERSON:
            return self.link_speaker()
        start, end = self.reader.selection()
        text = self.article.text
        snapped = snap_selection(text, start, end, label, known=tagging.known_name)
        if snapped is None:
            self.show_message(self.tr("Select the words to tag first."))
            return False
        start, end = snapped
        attrs: dict[str, str] = {}
        if label in (COUNTRY, NORP, "LOCATION"):
            code = tagging.country_code(text[start:end])
            if code is None and label in (COUNTRY, NORP):
                code = self._pick_country()
                if code is None:
                    return False
            if code:
                attrs["country"] = code
        same = [s for s in self.spans if s.start == start and s.end == end]
        same.sort(key=lambda s: (s.state == "rejected", s.label != label))
        if same and same[0].label == label and same[0].state == "accepted":
            self._select(same[0])
            return False
        name = label_name(label)
        if same:
            pk = same[0].pk
            self._push(self.tr("Tag %s") % name,
                       lambda: [self.store.update_span(pk, label=label, attrs=attrs or None,
                                                       annotator=self.annotator)],
                       select=pk)
            return True
        article_id = self.article.id
        return self._push(self.tr("Tag %s") % name,
                          lambda: [self.store.add_span(article_id, start, end, label,
                                                       attrs=attrs or None,
                                                       annotator=self.annotator)])

    def _pick_country(self) -> str | None:
        from nato_reader.ui.pickers import CountryPicker

        return CountryPicker.get_country(self)

    # -- suggestions -----------------------------------------------------------------------

    def accept_span(self, pk: int | None = None) -> bool:
        span = self._span(pk)
        if span is None or span.state == "accepted":
            return False
        return self._push(self.tr("Accept %s") % label_name(span.label),
                          lambda: [self.store.accept_span(span.pk, annotator=self.annotator)],
                          select=span.pk)

    def reject_span(self, pk: int | None = None) -> bool:
        span = self._span(pk)
        if span is None or span.state == "rejected":
            return False
        return self._push(self.tr("Reject %s") % label_name(span.label),
                          lambda: [self.store.reject_span(span.pk, annotator=self.annotator)],
                          select=span.pk)

    def accept_all(self) -> bool:
        if self.article is None or not any(s.state == "open" for s in self.spans):
            return False
        article_id = self.article.id
        return self._push(self.tr("Accept all suggestions"),
                          lambda: [self.store.accept_all(article_id, annotator=self.annotator)])

    def edit_label(self, label: str | None = None) -> bool:
        """Give the current span another label (asked for when ``label`` is None)."""
        span = self._span(None)
        if span is None:
            return False
        if label is None:
            names = [label_name(lab) for lab in LABELS]
            choice, ok = QInputDialog.getItem(self, self.tr("Change label"), self.tr("Label:"),
                                              names, LABELS.index(span.label), False)
            if not ok:
                return False
            label = LABELS[names.index(choice)]
        if label == span.label:
            return False
        attrs: dict[str, str | None] = {}
        if label in ENTITY_LABELS and label != PERSON:
            attrs["country"] = tagging.country_code(span.text)
        return self._push(self.tr("Change label to %s") % label_name(label),
                          lambda: [self.store.update_span(span.pk, label=label,
                                                          attrs=attrs or None,
                                                          annotator=self.annotator)],
                          select=span.pk)

    def edit_attrs(self, pk: int, attrs: dict) -> bool:
        return self._push(self.tr("Edit %s") % ", ".join(attrs),
                          lambda: [self.store.update_span(pk, attrs=attrs,
                                                          annotator=self.annotator)],
                          select=pk)

    # -- speakers --------------------------------------------------------------------------

    def link_speaker(self) -> bool:
        """S: first on a quote or claim, to start; then on a selection (which becomes a new
        PERSON span) or on the current mention, to finish. A click on a mention also finishes."""
        if self.article is None:
            return False
        if self.linking_head is None:
            span = self._span(None)
            if span is None or span.label not in STATEMENT_LABELS:
                self.show_message(self.tr("Move to a quote or claim first (Tab), then press S."))
                return False
            self.linking_head = span.pk
            self.show_message(self.tr("Click the speaker's name, or select it and press S "
                                      "(Esc cancels)."), timeout=0)
            return True
        head = self._span(self.linking_head)
        start, end = self.reader.selection()
        if head is not None and start < end:
            snapped = snap_selection(self.article.text, start, end, PERSON,
                                     known=tagging.known_name)
            if snapped is not None:
                return self._link_new_person(head, *snapped)
        current = self._span(None)
        if head is not None and current is not None and current.label in SPEAKER_LABELS:
            return self._link(head, current)
        self.show_message(self.tr("Select the speaker's name or click a highlighted one."))
        return False

    def cancel_linking(self) -> None:
        if self.linking_head is not None:
            self.linking_head = None
            self.statusBar().clearMessage()

    def _link(self, head: StoredSpan, child: StoredSpan) -> bool:
        self.linking_head = None
        self.statusBar().clearMessage()
        article_id = head.article_id
        return self._push(self.tr("Link speaker"),
                          lambda: [self.store.link(article_id, head.sid, child.sid,
                                                   annotator=self.annotator)],
                          select=head.pk)

    def _link_new_person(self, head: StoredSpan, start: int, end: int) -> bool:
        self.linking_head = None
        self.statusBar().clearMessage()
        article_id = head.article_id
        existing = next((s for s in self.spans if (s.start, s.end) == (start, end)
                         and s.label in SPEAKER_LABELS and s.state != "rejected"), None)
        if existing is not None:
            return self._link(head, existing)

        def add(_done: list[Event]) -> Event:
            return self.store.add_span(article_id, start, end, PERSON, annotator=self.annotator)

        def link(done: list[Event]) -> Event:
            child = self.store.get_span(done[0].span_pk)
            return self.store.link(article_id, head.sid, child.sid, annotator=self.annotator)

        return self._push(self.tr("Link new speaker"),
                          lambda: perform_all(self.store, self.annotator, add, link),
                          select=head.pk)

    def _span_clicked(self, pk: int) -> None:
        self._span_chosen(pk, from_reader=True)

    def _panel_span_chosen(self, pk: int) -> None:
        self._span_chosen(pk, from_reader=False)

    def _span_chosen(self, pk: int, *, from_reader: bool) -> None:
        """A span picked in the reader or the panel: a speaker while linking, else the
        current span, shown in the other view."""
        span = self._span(pk)
        if span is None:
            return
        if self.linking_head is not None and span.label in SPEAKER_LABELS:
            head = self._span(self.linking_head)
            if head is not None:
                self._link(head, span)
            return
        self.current_pk = pk
        if from_reader:
            self.panel.select_span(pk)
        else:
            self.reader.select(span.start, span.end)

    # -- people ----------------------------------------------------------------------------

    def merge_people(self) -> bool:
        if self.article is None:
            return False
        from nato_reader.ui.pickers import MergePeopleDialog

        dialog = MergePeopleDialog(self.store, self.article.id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        keep, merged, article_id = dialog.keep(), dialog.merged(), self.article.id
        if not keep or not merged:
            return False
        return self._push(self.tr("Merge people"),
                          lambda: [self.store.merge_people(article_id, keep, merged,
                                                           annotator=self.annotator)])

    # -- moving between spans --------------------------------------------------------------

    def next_span(self, step: int = 1) -> StoredSpan | None:
        """Tab / Shift+Tab: the next (previous) span in reading order, selected everywhere.
        While a quote waits for its speaker, only mentions that can speak are visited."""
        wanted = [s for s in self.spans if s.state != "rejected"
                  and (self.linking_head is None or s.label in SPEAKER_LABELS)]
        if not wanted:
            return None
        pks = [s.pk for s in wanted]
        if self.current_pk in pks:
            i = (pks.index(self.current_pk) + step) % len(wanted)
        else:
            caret = self.reader.selection()[0]
            after = [i for i, s in enumerate(wanted) if s.start >= caret]
            i = (after[0] if after else 0) if step > 0 else ((after[0] - 1) if after else -1)
        span = wanted[i % len(wanted)]
        self._select(span)
        return span

    def _select(self, span: StoredSpan) -> None:
        self.current_pk = span.pk
        self.reader.select(span.start, span.end)
        self.panel.select_span(span.pk)

    def _span(self, pk: int | None) -> StoredSpan | None:
        """The span ``pk``, or with None the current one."""
        pk = self.current_pk if pk is None else pk
        return next((s for s in self.spans if s.pk == pk), None)

    # -- committing and showing changes ----------------------------------------------------

    def _push(self, text: str, perform: Callable[[], list[Event]],
              select: int | None = None) -> bool:
        if self.article is None:
            return False
        before = self.undo_stack.count()

        def run() -> list[Event]:
            events = perform()
            self.current_pk = select if select is not None else events[0].span_pk
            return events

        command = StoreCommand(text, self.article.id, run, store=self.store,
                               annotator=self.annotator, refresh=self.refresh_article,
                               report=self.show_error)
        self.undo_stack.push(command)
        return self.undo_stack.count() > before

    def refresh_article(self, article_id: str, events: list[Event] | None = None) -> None:
        """Bring the screen up to what the store holds for ``article_id`` after ``events``.

        Only the spans the events name are read again (an article may have thousands);
        without events, or when they name none, everything is.
        """
        if self.article is None or self.article.id != article_id:
            self.open_article(article_id)
            return
        if tagging.only_article_changed(events or []):
            # A status change: the spans on screen are still the store's.
            self._after_paint.add(article_id)
            return
        old = self.spans
        pks = tagging.changed_span_pks(events or [])
        if pks:
            fresh: dict[int, StoredSpan | None] = {}
            for pk in pks:
                try:
                    fresh[pk] = self.store.get_span(pk)
                except StoreError:  # deleted (an undone add)
                    fresh[pk] = None
            self.spans = tagging.patched(old, fresh)
            lo, hi = tagging.changed_range([s for s in old if s.pk in pks],
                                           [s for s in fresh.values() if s is not None])
        else:
            self.spans = self.store.spans(article_id)
            lo, hi = tagging.changed_range(old, self.spans)
        if pks:
            marks = [m for m in self.reader.marks if m.key not in pks]
            marks.extend(tagging.marks_of([s for s in fresh.values() if s is not None]))
        else:
            marks = tagging.marks_of(self.spans)
        self.reader.update_marks(marks, lo, hi)
        current = self._span(None)
        if current is not None:
            self.reader.select(current.start, current.end)
        self.panel.set_spans(self.spans, current=self.current_pk, changed=pks or None)
        # The list's line and the status bar follow once the change is on screen.
        self._after_paint.add(article_id)

    def _after_change(self, article_id: str) -> None:
        fresh = None
        if self.article is not None and self.article.id == article_id:
            fresh = self.article = self.store.get_article(article_id)
        self.article_list.model.refresh_article(article_id, fresh)
        self.article_list.refresh_choices()
        self._update_status()
        review = self.review_panel()
        if review is not None and article_id == review.article_id:
            if self._reviewed == article_id:  # the panel made the change and shows it
                self._reviewed = None
            else:
                review.refresh()

    # -- the rest of the window ------------------------------------------------------------

    def mark_done(self) -> bool:
        if self.article is None:
            return False
        if not can_mark_done(self.article.status):
            # Said in the status bar, not a dialog: pressing the key twice is no error.
            self.show_message(self.tr("The article is already marked %s.")
                              % status_name(self.article.status))
            return False
        article_id = self.article.id
        return self._push(self.tr("Mark article done"),
                          lambda: [self.store.set_status(article_id, "done",
                                                         annotator=self.annotator)],
                          select=self.current_pk)

    def set_zoom(self, steps: int) -> None:
        self.reader.set_zoom(steps)
        self.settings.set("reader/zoom", self.reader.zoom)
        self._update_status()

    def set_line_spacing(self, percent: int) -> None:
        self.reader.set_line_spacing(percent)
        self.settings.set("reader/line_spacing", self.reader.line_spacing)

    def _layer_toggled(self, name: str, on: bool) -> None:
        if name == "suggestions":
            self.reader.painter.show_open = on
            self.settings.set("layers/suggestions", on)
        else:
            self.reader.painter.visible[name] = on
            self.settings.set(f"layers/{name}", on)
        self.reader.repaint_all()

    def set_language(self, language: str) -> None:
        """Switch the interface language ("" for the system's) at once: the new translators
        send every widget a LanguageChange (see ``retranslate``) and the layout is mirrored."""
        self.settings.set("language", language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            from nato_reader.ui.i18n import install_translators

            install_translators(app, language or None)

    def show_message(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        self.statusBar().showMessage(text, timeout)

    def show_error(self, text: str) -> None:
        self.show_message(text)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Not saved"), text)

    def _update_status(self) -> None:
        self.status_annotator.setText(self.tr("Annotator: %s") % self.annotator)
        self.actions_by_name["done"].setEnabled(
            self.article is not None and can_mark_done(self.article.status))
        if self.article is None:
            self.status_article.setText(self.tr("No article"))
            self.status_counts.clear()
        else:
            self.status_article.setText(status_name(self.article.status))
            n_shown, n_statements, n_open = span_counts(self.spans)
            self.status_counts.setText(" · ".join((
                self.tr("%n span(s)", "", n_shown),
                self.tr("%n quote(s) or claim(s)", "", n_statements),
                self.tr("%n open", "", n_open),
            )))
        self.status_zoom.setText(self.tr("Zoom %d pt") % self.reader.point_size())

    def _card(self, pos: int) -> str:
        hits = self.reader.marks_at(pos)
        if not hits:
            return ""
        span = self._span(hits[0].key)
        if span is None:
            return ""
        return hover_card(label_name(span.label), span.text, span.attrs, span.state,
                          self._names())

    def _names(self) -> dict[str, str]:
        names = {label: label_name(label) for label in LABELS}
        names.update(
            suggestions=self.tr("Suggestions"),
            canonical=self.tr("Name"),
            country=self.tr("Country"),
            speaker=self.tr("Speaker"),
            checkworthy=self.tr("Check-worthy"),
            note=self.tr("Note"),
            open=self.tr("suggested"),
            accepted=self.tr("accepted"),
            rejected=self.tr("rejected"),
        )
        return names

    # -- remembering the window ------------------------------------------------------------

    def _restore(self) -> None:
        s = self.settings
        geometry: QByteArray = s.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1400, 860)
        state: QByteArray = s.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        if not self.splitter.restoreState(s.get("window/splitter")):
            self.splitter.setSizes([300, 1100])
        if not self.work.restoreState(s.get("window/work_splitter")):
            self.work.setSizes([780, 340])
        self.reader.set_zoom(s.get("reader/zoom"))
        self.reader.set_line_spacing(s.get("reader/line_spacing"))
        for label in LABELS:
            on = s.get(f"layers/{label}")
            self.reader.painter.visible[label] = on
            self.legend.set_checked(label, on)
        self.reader.painter.show_open = s.get("layers/suggestions")
        self.legend.set_checked("suggestions", self.reader.painter.show_open)
        last = s.get("last_article")
        if not (last and self.open_article(last)):
            self.open_first_article()

    def save_settings(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.set("window/work_splitter", self.work.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)


def can_mark_done(status: str) -> bool:
    """Whether an article in ``status`` may be marked done (not when done or approved)."""
    return DONE in TRANSITIONS.get(status, ())
