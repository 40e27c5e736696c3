"""Import and export dialogs whose work runs on a worker thread.

The work itself is in ``import_export.py``; here a QThread runs it and reports back only
through signals, which Qt queues to the GUI thread, so no widget is touched from the worker.
Cancel sets a flag the work checks between files or records.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QThread, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nato_reader.core.record import LABELS
from nato_reader.formats import exporter, importer
from nato_reader.formats.textfile import FormatError
from nato_reader.store import STATUSES, ArticleFilter, Store, StoreError
from nato_reader.ui.import_export import (
    ExportOutcome,
    ImportOutcome,
    Progress,
    run_export,
    run_import,
)
from nato_reader.ui.labels import label_name, status_name

T = TypeVar("T")


class Worker(QThread):
    """Runs one job function off the GUI thread and posts its progress and result back."""

    progressed = Signal(int, int, str)  # done, total, what is being worked on
    succeeded = Signal(object)  # ImportOutcome | ExportOutcome
    failed = Signal(str)  # a message for the user

    def __init__(self, job: Callable[[threading.Event, Progress], object], parent=None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_flag = threading.Event()

    def cancel(self) -> None:
        self.cancel_flag.set()

    def run(self) -> None:
        try:
            result = self._job(self.cancel_flag, self.progressed.emit)
        except (StoreError, FormatError, OSError) as err:
            self.failed.emit(str(err))
        except Exception as err:  # a worker must never end silently with the dialog waiting
            self.failed.emit(f"{type(err).__name__}: {err}")
        else:
            self.succeeded.emit(result)


class JobDialog(QDialog):
    """Shared frame: a form on top, progress, the problems list and Start/Cancel/Close."""

    finished_job = Signal(object)  # the outcome, once the worker is done

    def __init__(self, store_path: str | Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.worker: Worker | None = None
        self.outcome: ImportOutcome | ExportOutcome | None = None
        self.form = QFormLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.problems = QListWidget(self)
        # Paths and the file readers' messages are left-to-right text in any interface.
        self.problems.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.problems.hide()
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def add_row(self, label: QLabel, field: QWidget | QHBoxLayout | QGridLayout) -> None:
        """A form row whose label ``retranslate`` names."""
        self.form.addRow(label, field)

    def retranslate(self) -> None:
        """Every text of the dialog in the interface language; the subclasses add theirs.
        A finished job's summary is written again, the running one's next step will be."""
        self.start_button.setText(QCoreApplication.translate("JobDialog", "Start"))
        if self.outcome is not None and not self.is_running():
            self.status.setText(self.outcome_text(self.outcome))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def make_job(self) -> Callable[[threading.Event, Progress], object] | None:
        raise NotImplementedError

    def show_outcome(self, outcome) -> None:
        raise NotImplementedError

    def outcome_text(self, outcome) -> str:
        """The one-line summary of a finished job."""
        raise NotImplementedError

    def start(self) -> None:
        job = self.make_job()
        if job is None or self.is_running():
            return
        self.problems.clear()
        self.problems.hide()
        self.outcome = None
        self.worker = Worker(job, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_succeeded)
        self.worker.failed.connect(self._on_failed)
        self.worker.finished.connect(self._on_thread_finished)
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.status.setText(QCoreApplication.translate("JobDialog", "Working…"))
        self.worker.start()

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate("JobDialog", "Cancelling…"))

    def reject(self) -> None:
        # Closing the window (Esc, title bar) while working means cancel, then wait.
        self._stop()
        super().reject()

    def _stop(self) -> None:
        # A running QThread must not be destroyed with its dialog (or the application).
        if self.is_running():
            self.cancel()
            self.worker.wait()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if total == 0:
            self.progress.setRange(0, 0)  # busy: the step cannot be measured
            self.status.setText(QCoreApplication.translate("JobDialog", "Writing to the database…"))
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if what:
            self.status.setText(what)

    def _on_succeeded(self, outcome) -> None:
        self.outcome = outcome
        self.show_outcome(outcome)

    def _on_failed(self, message: str) -> None:
        self.status.setText(message)
        self.add_problem(message)

    def add_problem(self, text: str) -> None:
        self.problems.addItem(text)
        self.problems.show()

    def _on_thread_finished(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.outcome and not self.outcome.cancelled else 0)
        self.start_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.finished_job.emit(self.outcome)


class ImportDialog(JobDialog):
    """Choose files or folders and import them into the database at ``store_path``."""

    def __init__(
        self, store_path: str | Path, parent: QWidget | None = None, annotator: str | None = None
    ) -> None:
        super().__init__(store_path, parent)
        self.resize(640, 480)
        self.annotator = annotator
        self.files = QListWidget(self)
        self.files.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.add_files = QPushButton(self)
        self.add_folder = QPushButton(self)
        self.add_files.clicked.connect(self._choose_files)
        self.add_folder.clicked.connect(self._choose_folder)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_files)
        file_buttons.addWidget(self.add_folder)
        file_buttons.addStretch(1)
        self.format_box = QComboBox(self)
        self.format_box.addItem("", "auto")
        for name in importer.IMPORT_FORMATS:
            if name != "auto":
                self.format_box.addItem(name, name)
        self.analyze_box = QCheckBox(self)
        self.analyze_box.setChecked(True)
        self.files_label = QLabel(self)
        self.format_label = QLabel(self)
        self.add_row(self.files_label, self.files)
        self.form.addRow("", file_buttons)
        self.add_row(self.format_label, self.format_box)
        self.form.addRow("", self.analyze_box)
        self.setAcceptDrops(True)
        self.retranslate()
        self._update_start()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import articles"))
        self.add_files.setText(self.tr("Add files…"))
        self.add_folder.setText(self.tr("Add folder…"))
        self.format_box.setItemText(0, self.tr("Recognise from the file"))
        self.analyze_box.setText(self.tr("Suggest annotations for new articles"))
        self.files_label.setText(self.tr("Files:"))
        self.format_label.setText(self.tr("Format:"))
        super().retranslate()

    def add_paths(self, paths: Iterable[str | Path]) -> None:
        known = set(self.paths())
        for path in map(str, paths):
            if path not in known:
                self.files.addItem(path)
                known.add(path)
        self._update_start()

    # Files and folders dragged from a file manager are added to the list.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths(url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile())
        event.acceptProposedAction()

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import files"),
            "",
            self.tr("Articles and annotations (*.txt *.jsonl *.json *.html *.htm);;All files (*)"),
        )
        self.add_paths(chosen)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.add_paths([folder])

    def _update_start(self) -> None:
        self.start_button.setEnabled(bool(self.paths()) and not self.is_running())

    def make_job(self):
        paths = self.paths()
        if not paths:
            return None
        fmt = self.format_box.currentData()
        analyze = self.analyze_box.isChecked()
        store_path, annotator = self.store_path, self.annotator

        def job(cancel: threading.Event, progress: Progress) -> ImportOutcome:
            return run_import(
                store_path,
                paths,
                fmt=fmt,
                analyze=analyze,
                annotator=annotator,
                cancel=cancel,
                progress=progress,
            )

        return job

    def show_outcome(self, outcome: ImportOutcome) -> None:
        for problem in outcome.problems:
            self.add_problem(str(problem))
        for notice in outcome.notices:
            self.add_problem(notice)
        self.status.setText(self.outcome_text(outcome))

    def outcome_text(self, outcome: ImportOutcome) -> str:
        if outcome.cancelled:
            return self.tr("Cancelled: nothing was imported.")
        text = self.tr("{added} added, {skipped} already present.").format(
            added=len(outcome.added), skipped=len(outcome.skipped)
        )
        if outcome.problems:
            text += " " + self.tr(
                "%n file(s) could not be read (listed below).", "", len(outcome.problems)
            )
        return text


class ExportDialog(JobDialog):
    """Write the database at ``store_path`` (or part of it) to a file in one of the formats.

    The filters are those of ``nato-reader export`` (status, labels, annotator, dates, manual
    or accepted spans) and go to the same store and exporter calls; the number of articles
    they match is shown before the export starts.
    """

    def __init__(self, store_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(store_path, parent)
        self.resize(620, 520)
        self._counts: tuple[int, int] | None = None
        self.format_box = QComboBox(self)
        for name in exporter.EXPORT_FORMATS:
            self.format_box.addItem(name, name)
        self.include_claims = QCheckBox(self)
        self.statements = QCheckBox(self)
        # Several statuses at once ("done" and "approved"), as --status repeats on the
        # command line: all ticked means every status.
        self.status_boxes: dict[str, QCheckBox] = {}
        status_row = QHBoxLayout()
        for status in STATUSES:
            box = QCheckBox(self)
            box.setChecked(True)
            box.toggled.connect(self._filters_changed)
            self.status_boxes[status] = box
            status_row.addWidget(box)
        status_row.addStretch(1)
        self.label_boxes: dict[str, QCheckBox] = {}
        labels_row = QGridLayout()
        for i, label in enumerate(LABELS):
            box = QCheckBox(self)
            box.setChecked(True)
            box.toggled.connect(self._filters_changed)
            self.label_boxes[label] = box
            labels_row.addWidget(box, i // 4, i % 4)
        self.matching = QLabel(self)
        self.annotator_box = QComboBox(self)
        self.annotator_box.addItem("", None)
        for name in self._read(lambda store: store.annotators(), []):
            self.annotator_box.addItem(name, name)
        self.only_box = QComboBox(self)
        for only in ("all", "manual", "accepted"):
            self.only_box.addItem("", only)
        self.since_box, self.since = self._date_row()
        self.until_box, self.until = self._date_row()
        dates_row = QHBoxLayout()
        for widget in (self.since_box, self.since, self.until_box, self.until):
            dates_row.addWidget(widget)
        dates_row.addStretch(1)
        self.target = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse)
        self.row_labels = {key: QLabel(self) for key in (
            "format", "status", "labels", "annotator", "annotations", "dated", "file")}
        self.add_row(self.row_labels["format"], self.format_box)
        self.form.addRow("", self.include_claims)
        self.form.addRow("", self.statements)
        self.add_row(self.row_labels["status"], status_row)
        self.add_row(self.row_labels["labels"], labels_row)
        self.add_row(self.row_labels["annotator"], self.annotator_box)
        self.add_row(self.row_labels["annotations"], self.only_box)
        self.add_row(self.row_labels["dated"], dates_row)
        self.form.addRow("", self.matching)
        self.add_row(self.row_labels["file"], target_row)
        self.target.textChanged.connect(self._update_start)
        self.format_box.currentIndexChanged.connect(self._update_options)
        self.annotator_box.currentIndexChanged.connect(self._filters_changed)
        self.retranslate()
        self._update_options()
        self._filters_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        formats = {
            "native": self.tr("nato_reader records (JSONL)"),
            "prodigy": self.tr("Prodigy (JSONL)"),
            "doccano": self.tr("doccano (JSONL)"),
            "quotes": self.tr("Quotes with their speakers (JSONL)"),
            "conll": self.tr("CoNLL: tokens with BIO tags"),
        }
        for i in range(self.format_box.count()):
            name = self.format_box.itemData(i)
            self.format_box.setItemText(i, formats.get(name, name))
        self.include_claims.setText(self.tr("Also write claims"))
        self.statements.setText(self.tr("Add a column for quotes and claims"))
        for status, box in self.status_boxes.items():
            box.setText(status_name(status))
        for label, box in self.label_boxes.items():
            box.setText(label_name(label))
        self.annotator_box.setItemText(0, self.tr("Anyone"))
        only = {
            "all": self.tr("All annotations"),
            "manual": self.tr("Only those made or confirmed by people"),
            "accepted": self.tr("Only accepted ones"),
        }
        for i in range(self.only_box.count()):
            self.only_box.setItemText(i, only[self.only_box.itemData(i)])
        self.since_box.setText(self.tr("from"))
        self.until_box.setText(self.tr("until"))
        self.browse.setText(self.tr("Choose…"))
        rows = {
            "format": self.tr("Format:"),
            "status": self.tr("Status:"),
            "labels": self.tr("Labels:"),
            "annotator": self.tr("Annotator:"),
            "annotations": self.tr("Annotations:"),
            "dated": self.tr("Dated:"),
            "file": self.tr("File:"),
        }
        for key, label in self.row_labels.items():
            label.setText(rows[key])
        self._show_matching()
        super().retranslate()

    def _date_row(self) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(self)
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        box.toggled.connect(self._filters_changed)
        edit.dateChanged.connect(self._filters_changed)
        return box, edit

    def _read(self, ask: Callable[[Store], T], otherwise: T) -> T:
        # A short-lived connection of the GUI thread's own: the worker opens another.
        try:
            with Store.open(self.store_path, seed=False, create=False) as store:
                return ask(store)
        except StoreError as err:
            self.matching.setText(str(err))
            return otherwise

    def article_filter(self) -> ArticleFilter:
        """The articles chosen by status, annotator and dates."""

        def day(box: QCheckBox, edit: QDateEdit) -> str | None:
            return edit.date().toString("yyyy-MM-dd") if box.isChecked() else None

        return ArticleFilter(
            status=self.chosen_statuses(),
            annotator=self.annotator_box.currentData(),
            date_from=day(self.since_box, self.since),
            date_to=day(self.until_box, self.until),
        )

    def chosen_statuses(self) -> list[str] | None:
        """The statuses to keep; None when every one is."""
        chosen = [status for status, box in self.status_boxes.items() if box.isChecked()]
        return None if len(chosen) == len(self.status_boxes) else chosen

    def chosen_labels(self) -> list[str] | None:
        """The labels to keep; None when every one is."""
        chosen = [label for label, box in self.label_boxes.items() if box.isChecked()]
        return None if len(chosen) == len(self.label_boxes) else chosen

    def _filters_changed(self) -> None:
        flt = self.article_filter()
        # No status ticked matches nothing (an empty filter would mean every article).
        counts = self._read(lambda store: (store.count_articles(flt) if flt.status != [] else 0,
                                           store.count_articles()), None)
        if counts is not None:
            self._counts = counts
            self._show_matching()
        self._update_start()

    def _show_matching(self) -> None:
        if self._counts is not None:
            n, total = self._counts
            self.matching.setText(
                self.tr("Articles matching: {n} of {total}").format(n=n, total=total)
            )

    def _update_options(self) -> None:
        fmt = self.format_box.currentData()
        self.include_claims.setEnabled(fmt == "quotes")
        self.statements.setEnabled(fmt == "conll")

    def _choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.target.text(),
            self.tr("JSON lines (*.jsonl);;CoNLL (*.conll);;All files (*)"),
        )
        if path:
            self.target.setText(path)

    def _update_start(self) -> None:
        self.start_button.setEnabled(
            bool(self.target.text().strip())
            and self.chosen_labels() != []
            and self.chosen_statuses() != []
            and not self.is_running()
        )

    def make_job(self):
        target = self.target.text().strip()
        labels = self.chosen_labels()
        if not target or labels == [] or self.chosen_statuses() == []:
            return None
        flt = self.article_filter()
        fmt = self.format_box.currentData()
        only = self.only_box.currentData()
        annotator = self.annotator_box.currentData()
        include_claims = self.include_claims.isChecked() and fmt == "quotes"
        statements = self.statements.isChecked() and fmt == "conll"
        store_path = self.store_path

        def job(cancel: threading.Event, progress: Progress) -> ExportOutcome:
            return run_export(
                store_path,
                target,
                fmt=fmt,
                flt=flt,
                only=only,
                labels=labels,
                annotator=annotator,
                include_claims=include_claims,
                statements=statements,
                cancel=cancel,
                progress=progress,
            )

        return job

    def show_outcome(self, outcome: ExportOutcome) -> None:
        self.status.setText(self.outcome_text(outcome))

    def outcome_text(self, outcome: ExportOutcome) -> str:
        if outcome.cancelled:
            return self.tr("Cancelled: no file was written.")
        return self.tr("%n article(s) written to {path}.", "", outcome.written).format(
            path=outcome.path
        )
