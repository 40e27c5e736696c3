"""Import and export dialogs: work on a worker thread, progress, cancel, problems by file+line."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDropEvent

from nato_reader.core.record import Record, article_id
from nato_reader.store import Store
from nato_reader.ui import import_export
from nato_reader.ui.import_export import run_export, run_import
from nato_reader.ui.jobs import ExportDialog, ImportDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ARTICLE = "عنوان الخبر\nقال المتحدث إن الاجتماع سيعقد في القاهرة يوم الأحد.\n"


@pytest.fixture()
def db(tmp_db) -> Path:
    Store.open(tmp_db, seed=False).close()
    return tmp_db


def snapshot(path: Path) -> tuple[dict[str, int], list[str]]:
    with Store.open(path, seed=False, create=False) as store:
        return store.counts(), sorted(r.id for r in store.list_articles())


def articles_dir(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03}.txt").write_text(f"خبر رقم {i}\n{ARTICLE}", encoding="utf-8")
    return folder


def run_dialog(qtbot, dialog):
    with qtbot.waitSignal(dialog.finished_job, timeout=30_000) as done:
        dialog.start_button.click()
    return done.args[0]


def test_import_dialog_imports_files_and_folders(qtbot, db, tmp_path, samples_dir):
    folder = articles_dir(tmp_path, 3)
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(ARTICLE.replace("الخبر", "قديم").encode("cp1256"))
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.analyze_box.setChecked(False)
    dialog.add_paths([folder, legacy, *sorted(samples_dir.glob("*.txt"))])
    progress_threads = []
    dialog.progress.valueChanged.connect(lambda _: progress_threads.append(QThread.currentThread()))

    outcome = run_dialog(qtbot, dialog)

    assert not outcome.cancelled and not outcome.problems
    assert len(outcome.added) == 3 + 1 + len(list(samples_dir.glob("*.txt")))
    assert dialog.status.text() == f"{len(outcome.added)} added, 0 already present."
    assert any(
        "Windows-1256" in dialog.problems.item(i).text() for i in range(dialog.problems.count())
    )
    assert progress_threads and all(t is dialog.thread() for t in progress_threads)
    assert snapshot(db)[1] == sorted(outcome.added)

    again = run_dialog(qtbot, dialog)  # the same files once more are not duplicated
    assert again.added == [] and len(again.skipped) == len(outcome.added)


def test_a_bad_file_is_listed_with_its_line_and_the_rest_go_in(qtbot, db, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    line = '{"text": "نص", "spans": []}\n'
    bad.write_text(line + line.replace("نص", "نص آخر") + '{"text": "مكسور",\n', encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.analyze_box.setChecked(False)
    dialog.add_paths([bad, good])

    outcome = run_dialog(qtbot, dialog)

    assert len(outcome.added) == 1
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any(text.startswith(f"{bad}:3: ") for text in listed)
    assert "1 file could not be read" in dialog.status.text()  # not "1 files"
    assert dialog.problems.isVisibleTo(dialog)


def test_cancel_between_files_leaves_the_database_as_before(qtbot, db, tmp_path, monkeypatch):
    folder = articles_dir(tmp_path, 5)
    before = snapshot(db)
    first_file_read = threading.Event()
    cancel_clicked = threading.Event()
    real_prepare = import_export.importer.prepare

    def slow_prepare(path, fmt="auto"):
        first_file_read.set()
        cancel_clicked.wait(10)
        return real_prepare(path, fmt)

    monkeypatch.setattr(import_export.importer, "prepare", slow_prepare)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.analyze_box.setChecked(False)
    dialog.add_paths([folder])
    with qtbot.waitSignal(dialog.finished_job, timeout=30_000) as done:
        dialog.start_button.click()
        assert first_file_read.wait(10)
        assert dialog.cancel_button.isEnabled()
        dialog.cancel_button.click()
        cancel_clicked.set()

    assert done.args[0].cancelled
    assert dialog.status.text() == "Cancelled: nothing was imported."
    assert snapshot(db) == before
    assert dialog.start_button.isEnabled()  # ready to try again


def test_cancel_while_handing_records_to_the_store_writes_nothing(db, tmp_path):
    folder = articles_dir(tmp_path, 4)
    before = snapshot(db)
    cancel = threading.Event()

    def progress(done: int, total: int, _what: str) -> None:
        if done == total:  # every file is read; the records go to the store next
            cancel.set()

    outcome = run_import(
        db, [folder], fmt="auto", analyze=False, annotator=None, cancel=cancel, progress=progress
    )
    assert outcome.cancelled
    assert snapshot(db) == before


@pytest.fixture()
def filled_db(db, tmp_path):
    folder = articles_dir(tmp_path, 30)
    outcome = run_import(
        db,
        [folder],
        fmt="auto",
        analyze=False,
        annotator=None,
        cancel=threading.Event(),
        progress=lambda *_: None,
    )
    assert len(outcome.added) == 30
    return db


def test_export_dialog_writes_every_article(qtbot, filled_db, tmp_path):
    target = tmp_path / "out.jsonl"
    dialog = ExportDialog(filled_db)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()  # no file chosen yet
    dialog.target.setText(str(target))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("native"))

    outcome = run_dialog(qtbot, dialog)

    assert outcome.written == 30
    assert len(target.read_text(encoding="utf-8").splitlines()) == 30
    assert str(target) in dialog.status.text()


def test_cancelled_export_keeps_the_old_file(filled_db, tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("the previous export\n", encoding="utf-8")
    cancel = threading.Event()
    outcome = run_export(
        filled_db,
        target,
        fmt="native",
        flt=None,
        only="all",
        include_claims=False,
        statements=False,
        cancel=cancel,
        progress=lambda *_: cancel.set(),
    )
    assert outcome.cancelled
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_export_into_a_missing_folder_is_reported(qtbot, filled_db, tmp_path):
    dialog = ExportDialog(filled_db)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "no such folder" / "out.jsonl"))
    assert run_dialog(qtbot, dialog) is None
    assert dialog.problems.item(0).text() == (
        f"{tmp_path / 'no such folder' / 'out.jsonl'}: cannot be written: "
        f"the folder {tmp_path / 'no such folder'} is missing"
    )


def test_files_dropped_on_the_dialog_are_added_once(qtbot, db, tmp_path):
    article = tmp_path / "dropped.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article)), QUrl("https://example.com/page.html")])
    for _ in range(2):
        drop = QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        dialog.dropEvent(drop)
    assert dialog.paths() == [str(article)]
    assert dialog.start_button.isEnabled()


def test_new_articles_get_suggestions_by_default(qtbot, db, samples_dir):
    dialog = ImportDialog(db, annotator="huda")
    qtbot.addWidget(dialog)
    assert dialog.analyze_box.isChecked()
    sample = sorted(samples_dir.glob("*.txt"))[0]
    dialog.add_paths([sample])
    outcome = run_dialog(qtbot, dialog)
    with Store.open(db, seed=False, create=False) as store:
        spans = store.spans(outcome.added[0])
    assert spans and {s.state for s in spans} == {"open"}


@pytest.fixture()
def team_db(db):
    """Three dated articles: one tagged by huda and done, one by omar, one untouched."""
    texts = [f"خبر {n}\nقال ماكرون إن فرنسا تدعم أوكرانيا.\n" for n in ("أول", "ثان", "ثالث")]
    with Store.open(db, seed=False, create=False) as store:
        ids = []
        for text, day in zip(texts, ("2024-03-01", "2024-05-10", "2024-07-20"), strict=True):
            record = Record(article_id(text), text, {"title": text.split("\n")[0], "date": day})
            store.add_records([record], analyze=False)
            ids.append(record.id)
        for aid, text, who in ((ids[0], texts[0], "huda"), (ids[1], texts[1], "omar")):
            for word, label in (("ماكرون", "PERSON"), ("فرنسا", "COUNTRY")):
                start = text.index(word)
                store.add_span(aid, start, start + len(word), label, annotator=who)
        store.set_status(ids[0], "done", annotator="huda")
    return db, ids


def exported(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_dialog_filters_as_the_command_line_does(qtbot, team_db, tmp_path):
    db, ids = team_db
    target = tmp_path / "huda.jsonl"
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.matching.text() == "Articles matching: 3 of 3"
    names = [dialog.annotator_box.itemText(i) for i in range(dialog.annotator_box.count())]
    assert names[1:] == ["huda", "omar"]
    for status, box in dialog.status_boxes.items():
        box.setChecked(status == "done")
    dialog.annotator_box.setCurrentIndex(dialog.annotator_box.findData("huda"))
    dialog.label_boxes["COUNTRY"].setChecked(False)
    assert dialog.matching.text() == "Articles matching: 1 of 3"
    dialog.target.setText(str(target))

    outcome = run_dialog(qtbot, dialog)

    assert outcome.written == 1
    [record] = exported(target)
    assert record["id"] == ids[0]
    assert [(s["label"], s["text"]) for s in record["spans"]] == [("PERSON", "ماكرون")]


def test_export_dialog_date_range(qtbot, team_db, tmp_path):
    db, ids = team_db
    target = tmp_path / "spring.jsonl"
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.since_box.setChecked(True)
    dialog.since.setDate(QDate(2024, 5, 1))
    dialog.until_box.setChecked(True)
    dialog.until.setDate(QDate(2024, 7, 20))  # the last day counts
    assert dialog.matching.text() == "Articles matching: 2 of 3"
    dialog.until.setDate(QDate(2024, 7, 19))
    assert dialog.matching.text() == "Articles matching: 1 of 3"
    dialog.target.setText(str(target))

    run_dialog(qtbot, dialog)

    assert [r["id"] for r in exported(target)] == [ids[1]]


def test_export_dialog_takes_several_statuses(qtbot, team_db, tmp_path):
    db, ids = team_db  # tagging put omar's article in progress; huda's is done
    target = tmp_path / "worked.jsonl"
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(target))
    for status, box in dialog.status_boxes.items():
        box.setChecked(status in ("done", "in_progress"))
    assert dialog.matching.text() == "Articles matching: 2 of 3"
    for box in dialog.status_boxes.values():
        box.setChecked(False)
    # Nothing ticked is nothing to export, not everything.
    assert dialog.matching.text() == "Articles matching: 0 of 3"
    assert not dialog.start_button.isEnabled()
    dialog.status_boxes["in_progress"].setChecked(True)
    dialog.status_boxes["done"].setChecked(True)

    run_dialog(qtbot, dialog)

    assert sorted(r["id"] for r in exported(target)) == sorted(ids[:2])


def test_export_needs_a_label(qtbot, team_db, tmp_path):
    db, _ids = team_db
    dialog = ExportDialog(db)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(tmp_path / "none.jsonl"))
    assert dialog.start_button.isEnabled()
    for box in dialog.label_boxes.values():
        box.setChecked(False)
    assert not dialog.start_button.isEnabled()
