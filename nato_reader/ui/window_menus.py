"""The main window's menus and keys, and the dialogs they open.

Dialogs that live in other modules (import and export, statistics, help, review, about) are
imported when first opened, so the window does not pay for them at start-up.
Single-letter keys act only while the focus is in the reader or the span panel, never while
typing in the search box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMenu, QMenuBar

from nato_reader.core.record import LABELS
from nato_reader.ui.highlight import LABEL_KEYS
from nato_reader.ui.labels import label_name

if TYPE_CHECKING:
    from nato_reader.ui.review import ReviewPanel

SPACINGS = (130, 160, 200)  # line spacing choices, percent


class UndoAction(QAction):
    """Undo or redo as ``QUndoStack.createUndoAction`` makes them ("Undo" and the command's
    text), but with a prefix that can change language; written by hand because Qt's keeps
    the prefix it was made with."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.prefix = ""
        self.command = ""

    def set_prefix(self, prefix: str) -> None:
        self.prefix = prefix
        self._show()

    @Slot(str)
    def show_command(self, text: str) -> None:
        self.command = text
        self._show()

    def _show(self) -> None:
        self.setText(f"{self.prefix} {self.command}".strip())


class WindowMenus:
    """Mixed into MainWindow: builds ``actions_by_name`` and the menu bar, and puts the whole
    window in another language when the translators change."""

    # -- texts -----------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        """Menu titles and action texts by name, in the interface language: the one place
        that building the menus and retranslating them both read."""
        texts = {
            "menu_file": self.tr("&File"),
            "import": self.tr("&Import…"),
            "export": self.tr("&Export…"),
            "quit": self.tr("&Quit"),
            "menu_edit": self.tr("&Edit"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "find": self.tr("&Find articles"),
            "annotator": self.tr("Annotator &name…"),
            "menu_annotate": self.tr("&Annotate"),
            "accept": self.tr("&Accept suggestion"),
            "reject": self.tr("&Reject suggestion"),
            "edit_label": self.tr("&Edit label…"),
            "accept_all": self.tr("Accept a&ll suggestions"),
            "speaker": self.tr("Link &speaker"),
            "cancel": self.tr("Cancel linking"),
            "next": self.tr("&Next span"),
            "previous": self.tr("&Previous span"),
            "merge": self.tr("&Merge people…"),
            "done": self.tr("Mark article &done"),
            "menu_view": self.tr("&View"),
            "zoom_in": self.tr("Zoom &in"),
            "zoom_out": self.tr("Zoom &out"),
            "zoom_reset": self.tr("&Normal size"),
            "menu_spacing": self.tr("&Line spacing"),
            "menu_language": self.tr("&Language"),
            "language_system": self.tr("System"),
            # Each language is named in itself, so it can be found from any interface.
            "language_ar": "العربية",
            "language_en": "English",
            "review": self.tr("&Review mode"),
            "review_dock": self.tr("Review"),
            "stats": self.tr("&Statistics…"),
            "menu_help": self.tr("&Help"),
            "guidelines": self.tr("Annotation &guidelines"),
            "cheatsheet": self.tr("&Keyboard shortcuts"),
            "about": self.tr("&About nato-reader"),
        }
        for label in LABELS:
            texts[f"tag_{label}"] = self.tr("Tag as %s") % label_name(label)
        for percent in SPACINGS:
            texts[f"spacing_{percent}"] = f"{percent}%"
        return texts

    def retranslate(self) -> None:
        """Every text of the window in the interface language. Child widgets (the article
        list, the panels) retranslate themselves on the same LanguageChange event."""
        texts = self._texts()
        for name, menu in self.menus_by_name.items():
            menu.setTitle(texts[name])
        for name, action in self.actions_by_name.items():
            if isinstance(action, UndoAction):
                action.set_prefix(texts[name])
            else:
                action.setText(texts[name])
        dock = self.review_dock
        if dock is not None:
            dock.setWindowTitle(texts["review_dock"])
        self.legend.set_names(self._names())
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- menus -----------------------------------------------------------------------------

    def _action(self, name: str, slot: Callable[[], object],
                keys: str | list[str] | None = None, *, work_area: bool = False) -> QAction:
        action = QAction(self)
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

    def _menu(self, parent: QMenuBar | QMenu, name: str) -> QMenu:
        menu = parent.addMenu("")
        self.menus_by_name[name] = menu
        return menu

    def _undo_action(self, name: str) -> UndoAction:
        stack = self.undo_stack
        redo = name == "redo"
        action = UndoAction(self)
        action.setEnabled(stack.canRedo() if redo else stack.canUndo())
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(action.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(action.show_command)
        action.triggered.connect(stack.redo if redo else stack.undo)
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        self.menus_by_name: dict[str, QMenu] = {}
        bar = self.menuBar()
        file_menu = self._menu(bar, "menu_file")
        file_menu.addAction(self._action("import", self._import, "Ctrl+I"))
        file_menu.addAction(self._action("export", self._export, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.close, "Ctrl+Q"))

        edit = self._menu(bar, "menu_edit")
        undo = self._undo_action("undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self._undo_action("redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self._action("find", self.article_list.search.setFocus, "Ctrl+F"))
        edit.addAction(self._action("annotator", self._ask_annotator))

        annotate = self._menu(bar, "menu_annotate")
        for label in LABELS:
            annotate.addAction(self._action(
                f"tag_{label}", lambda lab=label: self.tag_selection(lab), LABEL_KEYS[label],
                work_area=True))
        annotate.addSeparator()
        annotate.addAction(self._action("accept", self._accept_or_link,
                                        ["A", "Return", "Enter"], work_area=True))
        annotate.addAction(self._action("reject", self.reject_span, ["R", "Delete"],
                                        work_area=True))
        annotate.addAction(self._action("edit_label", self.edit_label, "E", work_area=True))
        annotate.addAction(self._action("accept_all", self.accept_all, "Ctrl+Shift+A"))
        annotate.addSeparator()
        annotate.addAction(self._action("speaker", self.link_speaker, "S", work_area=True))
        annotate.addAction(self._action("cancel", self.cancel_linking, "Esc", work_area=True))
        annotate.addAction(self._action("next", self.next_span, "Tab", work_area=True))
        annotate.addAction(self._action("previous", lambda: self.next_span(-1), "Shift+Tab",
                                        work_area=True))
        annotate.addSeparator()
        annotate.addAction(self._action("merge", self.merge_people, "Ctrl+M"))
        annotate.addAction(self._action("done", self.mark_done, "Ctrl+D"))

        view = self._menu(bar, "menu_view")
        view.addAction(self._action("zoom_in", lambda: self.set_zoom(self.reader.zoom + 1),
                                    ["Ctrl++", "Ctrl+="]))
        view.addAction(self._action("zoom_out", lambda: self.set_zoom(self.reader.zoom - 1),
                                    "Ctrl+-"))
        view.addAction(self._action("zoom_reset", lambda: self.set_zoom(0), "Ctrl+0"))
        spacing = self._menu(view, "menu_spacing")
        for percent in SPACINGS:
            spacing.addAction(self._action(f"spacing_{percent}",
                                           lambda p=percent: self.set_line_spacing(p)))
        language = self._menu(view, "menu_language")
        group = QActionGroup(self)
        for code in ("", "ar", "en"):
            action = self._action(f"language_{code or 'system'}",
                                  lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(self.settings.get("language") == code)
            group.addAction(action)
            language.addAction(action)
        view.addSeparator()
        view.addAction(self._action("review", self._toggle_review, "Ctrl+R"))
        view.addAction(self._action("stats", self._stats))

        help_menu = self._menu(bar, "menu_help")
        help_menu.addAction(self._action("guidelines", self._guidelines, "F1"))
        help_menu.addAction(self._action("cheatsheet", self._cheatsheet, "Ctrl+/"))
        help_menu.addAction(self._action("about", self._about))
        self.retranslate()

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
        dock = self.review_dock
        if dock is not None:  # the review panel's keys are listed too once it exists
            actions += dock.widget().actions()
        show_cheatsheet(self, actions)

    def _about(self) -> None:
        from nato_reader.ui.about import show_about

        show_about(self)

    def _toggle_review(self) -> None:
        from nato_reader.ui.review import ReviewPanel

        dock = self.review_dock
        if dock is None:
            dock = self.review_dock = QDockWidget(self._texts()["review_dock"], self)
            dock.setObjectName("review")
            review = ReviewPanel(self.store, self.annotator, dock, undo_stack=self.undo_stack)
            review.changed.connect(self._review_changed)
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

    def review_panel(self) -> ReviewPanel | None:
        """The review panel while it is on screen, else None: a hidden one is brought up to
        date when it opens, so only a shown one follows the reader."""
        dock = self.review_dock
        if dock is None or not dock.isVisible():
            return None
        return dock.widget()

    def _review_changed(self, article_id: str) -> None:
        if self.article is not None and self.article.id == article_id:
            self._reviewed = article_id
        self.refresh_article(article_id)

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
            if self.review_dock is not None:
                self.review_dock.widget().annotator = self.annotator
            self._update_status()
