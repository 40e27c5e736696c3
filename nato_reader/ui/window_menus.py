"""The main window's menus and keys, and the dialogs they open.

Dialogs that live in other modules (import and export, statistics, help, review, about) are
imported when first opened, so the window does not pay for them at start-up.
Single-letter keys act only while the focus is in the reader or the span panel, never while
typing in the search box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog

from nato_reader.core.record import LABELS
from nato_reader.ui.highlight import LABEL_KEYS
from nato_reader.ui.labels import label_name


class WindowMenus:
    """Mixed into MainWindow: builds ``actions_by_name`` and the menu bar."""

    # -- menus -----------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot: Callable[[], object],
                keys: str | list[str] | None = None, *, work_area: bool = False) -> QAction:
        action = QAction(text, self)
        if keys:
            sequences = [QKeySequence(k) for k in ([keys] if isinstance(keys, str) else keys)]
            action.setShortcuts(sequences)
        if work_area:
            # Single keys must not fire while typing in the search box or a dialog.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.work.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self._action("import", self.tr("&Import…"), self._import, "Ctrl+I"))
        file_menu.addAction(self._action("export", self.tr("&Export…"), self._export, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.tr("&Quit"), self.close, "Ctrl+Q"))

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.actions_by_name["undo"], self.actions_by_name["redo"] = undo, redo
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self._action("find", self.tr("&Find articles"),
                                    self.article_list.search.setFocus, "Ctrl+F"))
        edit.addAction(self._action("annotator", self.tr("Annotator &name…"),
                                    self._ask_annotator))

        annotate = bar.addMenu(self.tr("&Annotate"))
        for label in LABELS:
            annotate.addAction(self._action(
                f"tag_{label}", self.tr("Tag as %s") % label_name(label),
                lambda lab=label: self.tag_selection(lab), LABEL_KEYS[label], work_area=True))
        annotate.addSeparator()
        annotate.addAction(self._action("accept", self.tr("&Accept suggestion"),
                                        self._accept_or_link, ["A", "Return", "Enter"],
                                        work_area=True))
        annotate.addAction(self._action("reject", self.tr("&Reject suggestion"),
                                        self.reject_span, ["R", "Delete"], work_area=True))
        annotate.addAction(self._action("edit_label", self.tr("&Edit label…"),
                                        self.edit_label, "E", work_area=True))
        annotate.addAction(self._action("accept_all", self.tr("Accept a&ll suggestions"),
                                        self.accept_all, "Ctrl+Shift+A"))
        annotate.addSeparator()
        annotate.addAction(self._action("speaker", self.tr("Link &speaker"),
                                        self.link_speaker, "S", work_area=True))
        annotate.addAction(self._action("cancel", self.tr("Cancel linking"),
                                        self.cancel_linking, "Esc", work_area=True))
        annotate.addAction(self._action("next", self.tr("&Next span"), self.next_span, "Tab",
                                        work_area=True))
        annotate.addAction(self._action("previous", self.tr("&Previous span"),
                                        lambda: self.next_span(-1), "Shift+Tab",
                                        work_area=True))
        annotate.addSeparator()
        annotate.addAction(self._action("merge", self.tr("&Merge people…"), self.merge_people,
                                        "Ctrl+M"))
        annotate.addAction(self._action("done", self.tr("Mark article &done"), self.mark_done,
                                        "Ctrl+D"))

        view = bar.addMenu(self.tr("&View"))
        view.addAction(self._action("zoom_in", self.tr("Zoom &in"),
                                    lambda: self.set_zoom(self.reader.zoom + 1),
                                    ["Ctrl++", "Ctrl+="]))
        view.addAction(self._action("zoom_out", self.tr("Zoom &out"),
                                    lambda: self.set_zoom(self.reader.zoom - 1), "Ctrl+-"))
        view.addAction(self._action("zoom_reset", self.tr("&Normal size"),
                                    lambda: self.set_zoom(0), "Ctrl+0"))
        spacing = view.addMenu(self.tr("&Line spacing"))
        for percent in (130, 160, 200):
            spacing.addAction(self._action(f"spacing_{percent}", f"{percent}%",
                                           lambda p=percent: self.set_line_spacing(p)))
        language = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, text in (("", self.tr("System")), ("ar", "العربية"), ("en", "English")):
            action = self._action(f"language_{code or 'system'}", text,
                                  lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(self.settings.get("language") == code)
            group.addAction(action)
            language.addAction(action)
        view.addSeparator()
        view.addAction(self._action("review", self.tr("&Review mode"), self._toggle_review,
                                    "Ctrl+R"))
        view.addAction(self._action("stats", self.tr("&Statistics…"), self._stats))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action("guidelines", self.tr("Annotation &guidelines"),
                                         self._guidelines, "F1"))
        help_menu.addAction(self._action("cheatsheet", self.tr("&Keyboard shortcuts"),
                                         self._cheatsheet, "Ctrl+/"))
        help_menu.addAction(self._action("about", self.tr("&About nato-reader"), self._about))

    def _accept_or_link(self) -> None:
        if self.linking_head is not None:
            self.link_speaker()
        else:
            self.accept_span()

    # -- dialogs of the other modules, loaded when first used ------------------------------

    def _import(self) -> None:
        from nato_reader.ui.jobs import ImportDialog

        dialog = ImportDialog(self.store.path, self, annotator=self.annotator)
        # The list refreshes as soon as the work ends, not when the dialog is closed.
        dialog.finished_job.connect(lambda _outcome: self._corpus_changed())
        dialog.show()

    def _export(self) -> None:
        from nato_reader.ui.jobs import ExportDialog

        ExportDialog(self.store.path, self).show()

    def _corpus_changed(self) -> None:
        self.article_list.model.reload()
        self.article_list.refresh_choices()

    def _stats(self) -> None:
        from nato_reader.ui.stats_view import StatsDialog

        StatsDialog(self.store, self).show()

    def _guidelines(self) -> None:
        from nato_reader.ui.help import show_guidelines

        show_guidelines(self)

    def _cheatsheet(self) -> None:
        from nato_reader.ui.help import show_cheatsheet

        actions = list(self.actions_by_name.values())
        dock = self.findChild(QDockWidget, "review")
        if dock is not None:  # the review panel's keys are listed too once it exists
            actions += dock.widget().actions()
        show_cheatsheet(self, actions)

    def _about(self) -> None:
        from nato_reader.ui.about import show_about

        show_about(self)

    def _toggle_review(self) -> None:
        from nato_reader.ui.review import ReviewPanel

        dock = self.findChild(QDockWidget, "review")
        if dock is None:
            dock = QDockWidget(self.tr("Review"), self)
            dock.setObjectName("review")
            review = ReviewPanel(self.store, self.annotator, dock)
            review.changed.connect(self.refresh_article)
            review.span_activated.connect(self._show_reviewed_span)
            dock.setWidget(review)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        review = dock.widget()
        showing = not dock.isVisible()
        dock.setVisible(showing)
        # The review panel's own keys (Ctrl+Shift+A approves a span) replace accept-all there.
        self.actions_by_name["accept_all"].setEnabled(not showing)
        if showing and isinstance(review, ReviewPanel):
            review.set_article(self.article.id if self.article else None)

    def _show_reviewed_span(self, pk: int) -> None:
        span = self._span(pk)
        if span is not None:
            self._select(span)

    def _ask_annotator(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Annotator"), self.tr("Your name:"),
                                        text=self.annotator)
        if ok and name.strip():
            self.annotator = name.strip()
            self.settings.set("annotator", self.annotator)
            self._update_status()
