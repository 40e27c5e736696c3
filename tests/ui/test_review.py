"""Review mode: per-span verdicts and approving or returning an article, written to the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDockWidget

from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import Store
from nato_reader.ui.review import ReturnDialog, ReviewPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT = (
    "باريس\n"
    'قال وزير الخارجية الفرنسي جان نويل بارو إن بلاده "لن تتراجع" عن دعمها لأوكرانيا.\n'
    "وأضاف بارو أن الاتحاد الأوروبي سيواصل المساعدة."
)
EDITOR = "salma"


def span(text: str, label: str, sid: str, source: str, **attrs) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), label, text, id=sid, source=source, attrs=attrs)


def type_text(widget, text: str) -> None:
    for ch in text:  # qtbot.keyClicks aborts on non-ASCII characters
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


@pytest.fixture()
def store(tmp_db):
    store = Store.open(tmp_db, seed=False)
    record = Record(
        article_id(TEXT),
        TEXT,
        {"title": "باريس", "source": "test"},
        [
            span("جان نويل بارو", "PERSON", "s1", "manual", canonical="جان نويل بارو"),
            span("لن تتراجع", "QUOTE", "s2", "manual", speaker="جان نويل بارو"),
            span("أوكرانيا", "COUNTRY", "s3", "auto", country="UA"),
        ],
    )
    store.add_records([record], analyze=False, annotator="huda")
    start = TEXT.index("بارو أن")
    store.add_span(
        record.id,
        start,
        start + 4,
        "PERSON",
        annotator="omar",
        attrs={"canonical": "جان نويل بارو"},
    )
    yield store
    store.close()


@pytest.fixture()
def panel(qtbot, store):
    panel = ReviewPanel(store, EDITOR)
    qtbot.addWidget(panel)
    panel.set_article(article_id(TEXT))
    return panel


def group_titles(panel) -> list[str]:
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def span_item(panel, text: str):
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).text(1) == text:
                return top.child(j)
    raise AssertionError(f"{text!r} is not listed")


def test_annotations_are_grouped_by_annotator(panel):
    titles = group_titles(panel)
    assert titles[:2] == ["huda (2)", "omar (1)"]
    assert titles[2] == "Suggestions (not yet confirmed) (1)"  # the analyser's, last
    assert span_item(panel, "أوكرانيا").text(3) == "suggested"


def test_editors_see_speakers_countries_and_canonical_names(panel):
    assert span_item(panel, "لن تتراجع").text(2) == "جان نويل بارو"
    assert span_item(panel, "أوكرانيا").text(2) == "Ukraine"
    assert span_item(panel, "بارو").text(2) == "جان نويل بارو"  # the short mention's full name
    assert span_item(panel, "جان نويل بارو").text(2) == ""


def test_span_verdicts_are_written_to_the_store(qtbot, panel, store):
    item = span_item(panel, "لن تتراجع")
    pk = item.data(0, Qt.ItemDataRole.UserRole)
    item.setSelected(True)
    with qtbot.waitSignal(panel.changed) as changed:
        qtbot.mouseClick(panel.reject_span_button, Qt.MouseButton.LeftButton)
    assert changed.args == [article_id(TEXT)]
    assert store.get_span(pk).review == "rejected"
    assert span_item(panel, "لن تتراجع").text(4) == "rejected"
    assert span_item(panel, "لن تتراجع").isSelected()  # selection survives the refresh

    qtbot.mouseClick(panel.approve_span_button, Qt.MouseButton.LeftButton)
    assert store.get_span(pk).review == "approved"
    qtbot.mouseClick(panel.clear_span_button, Qt.MouseButton.LeftButton)
    assert store.get_span(pk).review is None


def test_span_buttons_need_a_selection(panel):
    assert not panel.approve_span_button.isEnabled()
    span_item(panel, "أوكرانيا").setSelected(True)
    assert panel.approve_span_button.isEnabled()


def test_article_buttons_follow_the_workflow(panel, store):
    assert not panel.approve_article_button.isEnabled()  # in progress: not ready for review
    assert not panel.return_article_button.isEnabled()
    store.set_status(article_id(TEXT), "done", annotator="huda")
    panel.refresh()
    assert panel.approve_article_button.isEnabled()
    assert panel.return_article_button.isEnabled()


def test_approving_the_article(qtbot, panel, store):
    store.set_status(article_id(TEXT), "done", annotator="huda")
    panel.refresh()
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.approve_article_button, Qt.MouseButton.LeftButton)
    assert store.get_article(article_id(TEXT)).status == "approved"
    assert panel.header.text().endswith("Status: Approved")
    assert not panel.approve_article_button.isEnabled()


def test_returning_with_a_comment_writes_status_and_comment(qtbot, panel, store):
    store.set_status(article_id(TEXT), "done", annotator="huda")
    panel.refresh()
    comment = "المتحدث في الاقتباس الثاني خطأ"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReturnDialog)
        type_text(dialog.editor, comment)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.return_article_button, Qt.MouseButton.LeftButton)
    article = store.get_article(article_id(TEXT))
    assert article.status == "returned"
    assert article.review_comment == comment
    assert comment in panel.comment_label.text()


def test_cancelling_the_return_dialog_changes_nothing(qtbot, panel, store):
    store.set_status(article_id(TEXT), "done", annotator="huda")
    panel.refresh()

    def cancel() -> None:
        QApplication.activeModalWidget().reject()

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(panel.return_article_button, Qt.MouseButton.LeftButton)
    assert store.get_article(article_id(TEXT)).status == "done"


def test_return_dialog_needs_a_comment(qtbot):
    dialog = ReturnDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_text(dialog.editor, "   ")
    assert not ok.isEnabled()
    type_text(dialog.editor, "راجع")
    assert ok.isEnabled()
    assert dialog.comment() == "راجع"


def test_keyboard_verdict_and_actions_for_the_cheat_sheet(qtbot, panel, store):
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    item = span_item(panel, "أوكرانيا")
    pk = item.data(0, Qt.ItemDataRole.UserRole)
    panel.tree.setCurrentItem(item)
    qtbot.keyClick(
        panel.tree,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store.get_span(pk).review == "rejected"
    shortcuts = {a.text(): a.shortcut().toString() for a in panel.actions()}
    assert shortcuts["Approve span"] == "Ctrl+Shift+A"
    assert shortcuts["Reject span"] == "Ctrl+Shift+R"


def test_enter_on_a_span_asks_to_show_it(qtbot, panel):
    item = span_item(panel, "لن تتراجع")
    pk = item.data(0, Qt.ItemDataRole.UserRole)
    panel.tree.setCurrentItem(item)
    with qtbot.waitSignal(panel.span_activated) as shown:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert shown.args == [pk]
    with qtbot.assertNotEmitted(panel.span_activated):
        panel.tree.itemActivated.emit(panel.tree.topLevelItem(0), 0)  # an annotator's row


def test_a_verdict_is_undone_and_redone_through_the_store(qtbot, panel, store):
    first, second = span_item(panel, "لن تتراجع"), span_item(panel, "أوكرانيا")
    pks = [first.data(0, Qt.ItemDataRole.UserRole), second.data(0, Qt.ItemDataRole.UserRole)]
    store.review_span(pks[1], "approved", annotator=EDITOR)
    panel.refresh()
    for text in ("لن تتراجع", "أوكرانيا"):
        span_item(panel, text).setSelected(True)
    before = [store.get_span(pk) for pk in pks]
    qtbot.mouseClick(panel.reject_span_button, Qt.MouseButton.LeftButton)
    assert [store.get_span(pk).review for pk in pks] == ["rejected", "rejected"]

    with qtbot.waitSignal(panel.changed):
        panel.undo_stack.undo()  # both spans of the one click, back as they were
    assert [store.get_span(pk) for pk in pks] == before
    assert span_item(panel, "لن تتراجع").text(4) == ""
    assert span_item(panel, "أوكرانيا").text(4) == "approved"

    panel.undo_stack.redo()
    assert [store.get_span(pk).review for pk in pks] == ["rejected", "rejected"]
    assert span_item(panel, "أوكرانيا").text(4) == "rejected"


def test_a_verdict_the_span_already_has_is_no_undo_step(qtbot, panel, store):
    item = span_item(panel, "أوكرانيا")
    item.setSelected(True)
    qtbot.mouseClick(panel.approve_span_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.approve_span_button, Qt.MouseButton.LeftButton)
    assert panel.undo_stack.count() == 1


def test_returning_is_undone_with_status_and_comment_back(qtbot, panel, store):
    aid = article_id(TEXT)
    store.set_status(aid, "done", annotator="huda")
    store.set_status(aid, "returned", annotator=EDITOR, comment="أضف المتحدث")
    store.set_status(aid, "done", annotator="huda")
    panel.refresh()
    comment = "التاريخ خطأ"

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        type_text(dialog.editor, comment)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(panel.return_article_button, Qt.MouseButton.LeftButton)
    returned = store.get_article(aid)
    assert (returned.status, returned.review_comment) == ("returned", comment)

    panel.undo_stack.undo()
    done = store.get_article(aid)
    assert (done.status, done.review_comment) == ("done", None)
    assert panel.header.text().endswith("Status: Done")
    assert panel.comment_label.isHidden()
    assert panel.approve_article_button.isEnabled()

    panel.undo_stack.redo()
    again = store.get_article(aid)
    assert (again.status, again.review_comment) == ("returned", comment)
    assert comment in panel.comment_label.text()


def test_approving_is_undone_from_the_window_keys(qtbot, window, store):
    """In the window, Ctrl+Z undoes the editor's approval like any annotation."""
    aid = window.article.id
    store.set_status(aid, "done", annotator=EDITOR)
    window.actions_by_name["review"].trigger()
    dock = window.findChild(QDockWidget, "review")
    review = dock.widget()
    assert review.undo_stack is window.undo_stack
    review.approve_article_action.trigger()
    assert store.get_article(aid).status == "approved"
    qtbot.waitUntil(lambda: window.article.status == "approved")

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(review.tree, Qt.Key.Key_Z, ctrl)
    assert store.get_article(aid).status == "done"
    assert review.approve_article_button.isEnabled()
    qtbot.waitUntil(lambda: window.article.status == "done")
    QTest.keyClick(review.tree, Qt.Key.Key_Z, ctrl | shift)
    assert store.get_article(aid).status == "approved"
