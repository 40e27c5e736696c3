"""The real window on a temporary database: what the user does with the keyboard and the
mouse ends up in the database, survives undo/redo and a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui_probe import ANNOTATOR, PROBE_ID, PROBE_TEXT

from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import Store
from nato_reader.ui.labels import label_name, status_name
from nato_reader.ui.main_window import MainWindow
from nato_reader.ui.settings import Settings

# The offscreen platform says so whenever a shown window's layout sets its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def focus_reader(qtbot, w: MainWindow) -> None:
    w.activateWindow()
    w.reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.reader)


def select_text(w: MainWindow, text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = w.article.text.index(text, start + 1)
    w.reader.select(start, start + len(text))
    return start, start + len(text)


def span_named(store: Store, text: str, label: str | None = None):
    return [s for s in store.spans(PROBE_ID) if s.text == text
            and (label is None or s.label == label)]


def char_point(w: MainWindow, pos: int) -> QPoint:
    """Viewport point in the middle of the character at code-point offset ``pos``."""
    cursor = QTextCursor(w.reader.document())
    cursor.setPosition(w.reader.omap.to_qt(pos))
    left = w.reader.cursorRect(cursor)
    cursor.setPosition(w.reader.omap.to_qt(pos + 1))
    right = w.reader.cursorRect(cursor)
    return QPoint((left.x() + right.x()) // 2, left.center().y())


def test_opens_every_article_of_the_sample_corpus(window: MainWindow, store: Store) -> None:
    view = window.article_list.view
    assert window.article_list.model.rowCount() == store.count_articles() == 3
    seen = set()
    for row in range(3):
        view.selectRow(row)
        assert window.article is not None
        article = store.get_article(window.article.id)
        shown = window.reader.document().toRawText().replace("\u2029", "\n")
        assert shown == article.text
        assert window.panel.model.rowCount() == len(store.spans(article.id))
        seen.add(article.id)
    assert len(seen) == 3


def test_key_tags_selection_without_proclitic_and_undo_redo(qtbot, window: MainWindow,
                                                            store: Store) -> None:
    assert window.open_article(PROBE_ID)
    focus_reader(qtbot, window)
    select_text(window, "لأوكرانيا")
    QTest.keyClick(window.reader, Qt.Key.Key_C)
    tagged = span_named(store, "أوكرانيا", "COUNTRY")
    assert len(tagged) == 1
    assert tagged[0].attrs.get("country") == "UA"
    assert tagged[0].state == "accepted" and tagged[0].annotator == ANNOTATOR
    assert store.get_article(PROBE_ID).status == "in_progress"
    assert any(m.key == tagged[0].pk for m in window.reader.marks)

    QTest.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert span_named(store, "أوكرانيا") == []
    assert all(m.key != tagged[0].pk for m in window.reader.marks)

    QTest.keyClick(window.reader, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    again = span_named(store, "أوكرانيا", "COUNTRY")
    assert len(again) == 1
    assert any(m.key == again[0].pk for m in window.reader.marks)


def test_selection_inside_words_snaps_to_whole_words(window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    start = PROBE_TEXT.index("ولكنه عالمي")
    window.reader.select(start + 2, start + 9)  # from inside ولكنه into عالمي
    assert window.tag_selection("CLAIM")
    assert span_named(store, "ولكنه عالمي", "CLAIM")


def test_unknown_country_asks_the_picker(window: MainWindow, store: Store,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from nato_reader.ui import pickers

    asked = []
    monkeypatch.setattr(pickers.CountryPicker, "get_country",
                        classmethod(lambda cls, parent=None: asked.append(1) or "JP"))
    assert window.open_article(PROBE_ID)
    select_text(window, "عاجل")
    assert window.tag_selection("COUNTRY")
    assert asked == [1]
    assert span_named(store, "عاجل", "COUNTRY")[0].attrs["country"] == "JP"


def test_accept_and_reject_suggestions_with_keys(qtbot, window: MainWindow,
                                                 store: Store) -> None:
    assert window.open_article(PROBE_ID)
    focus_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_Tab)
    person = span_named(store, "ينس ستولتنبرغ")[0]
    assert window.current_pk == person.pk
    assert window.reader.selection() == (person.start, person.end)
    assert window.panel.current_span().pk == person.pk
    QTest.keyClick(window.reader, Qt.Key.Key_A)
    person = store.get_span(person.pk)
    assert (person.state, person.source) == ("accepted", "manual")

    QTest.keyClick(window.reader, Qt.Key.Key_Tab)
    place = span_named(store, "طوكيو")[0]
    assert window.current_pk == place.pk
    QTest.keyClick(window.reader, Qt.Key.Key_Delete)
    assert store.get_span(place.pk).state == "rejected"
    assert place.pk not in {m.key for m in window.reader.marks_at(place.start)}

    QTest.keyClick(window.reader, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_pk == person.pk



def test_list_line_and_status_bar_follow_an_accepted_suggestion(qtbot, window: MainWindow,
                                                                store: Store) -> None:
    from nato_reader.ui.article_list import COLUMNS

    assert window.open_article(PROBE_ID)
    model = window.article_list.model
    row = model.row_of(PROBE_ID)
    assert row is not None

    def line(column: str) -> object:
        return model.index(row, COLUMNS.index(column)).data()

    open_before = store.get_article(PROBE_ID).n_open
    assert line("n_open") == open_before
    focus_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_Tab)
    QTest.keyClick(window.reader, Qt.Key.Key_A)
    stored = store.get_article(PROBE_ID)
    assert stored.n_open == open_before - 1
    qtbot.waitUntil(lambda: line("n_open") == stored.n_open)
    assert line("status") == window.status_article.text()
    assert f"{stored.n_open} " in window.status_counts.text()


def test_accept_all(window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    assert window.accept_all()
    assert {s.state for s in store.spans(PROBE_ID)} == {"accepted"}
    window.undo_stack.undo()
    assert {s.state for s in store.spans(PROBE_ID)} == {"open"}


def test_link_speaker_by_clicking_a_mention(qtbot, window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    quote = span_named(store, "الأمن ليس إقليميًا ولكنه عالمي")[0]
    person = span_named(store, "ينس ستولتنبرغ")[0]
    window.panel.view.selectRow(window.panel.model.row_of(quote.pk))
    assert window.current_pk == quote.pk
    focus_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_S)
    assert window.linking_head == quote.pk
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=char_point(window, person.start + 5))
    relations = store.relations(PROBE_ID)
    assert [(r.head, r.child, r.label) for r in relations] == [(quote.sid, person.sid,
                                                                  "SAID_BY")]
    assert store.get_span(quote.pk).attrs["speaker"] == "ينس ستولتنبرغ"
    row = window.panel.model.row_of(quote.pk)
    assert "ينس ستولتنبرغ" in window.panel.model.index(row, 2).data()


def test_link_speaker_by_selecting_new_text(qtbot, window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    quote = span_named(store, "الأمن ليس إقليميًا ولكنه عالمي")[0]
    window._select(quote)
    focus_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_S)
    select_text(window, "الأمين العام")
    QTest.keyClick(window.reader, Qt.Key.Key_S)
    speaker = span_named(store, "الأمين العام", "PERSON")
    assert len(speaker) == 1
    assert store.get_span(quote.pk).attrs["speaker"] == "الأمين العام"
    # One action for the user, one undo.
    window.undo_stack.undo()
    assert span_named(store, "الأمين العام") == []
    assert store.relations(PROBE_ID) == []
    assert "speaker" not in store.get_span(quote.pk).attrs


def test_claim_checkworthy_and_note_are_stored(window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    select_text(window, "وتقترب روسيا والصين من بعضهما")
    assert window.tag_selection("CLAIM")
    claim = span_named(store, "وتقترب روسيا والصين من بعضهما", "CLAIM")[0]
    panel = window.panel
    assert panel.current_span().pk == claim.pk
    panel.checkworthy.setCurrentIndex(panel.checkworthy.findData("unsure"))
    panel.checkworthy.activated.emit(panel.checkworthy.currentIndex())
    panel.note.setText("مصدر واحد فقط")
    panel.note.editingFinished.emit()
    attrs = store.get_span(claim.pk).attrs
    assert attrs["checkworthy"] == "unsure" and attrs["note"] == "مصدر واحد فقط"


def test_everything_is_there_after_a_restart(qtbot, window: MainWindow, store: Store,
                                             qsettings) -> None:
    assert window.open_article(PROBE_ID)
    select_text(window, "روسيا")
    window.accept_span(span_named(store, "روسيا")[0].pk)
    select_text(window, "الصين")
    assert window.tag_selection("COUNTRY")
    window.set_zoom(3)
    window.close()

    again = MainWindow(store, Settings(qsettings), ANNOTATOR)
    qtbot.addWidget(again)
    again.show()
    assert again.article is not None and again.article.id == PROBE_ID
    assert again.reader.zoom == 3
    states = {(s.text, s.label): s.state for s in again.spans}
    assert states[("روسيا", "COUNTRY")] == "accepted"
    assert states[("الصين", "COUNTRY")] == "accepted"
    shown = {(m.start, m.end) for m in again.reader.marks}
    china = PROBE_TEXT.index("الصين")
    assert (china, china + len("الصين")) in shown


def test_search_box_takes_arabic_and_finds_articles(qtbot, window: MainWindow) -> None:
    box = window.article_list.search
    box.setFocus()
    for ch in "بعضهما":
        QTest.sendKeyEvent(QTest.KeyAction.Click, box, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    assert box.text() == "بعضهما"
    model = window.article_list.model
    qtbot.waitUntil(lambda: model.filter.query == "بعضهما")
    assert [model.row_at(i).id for i in range(model.rowCount())] == [PROBE_ID]
    box.clear()
    qtbot.waitUntil(lambda: model.filter.query is None)
    assert model.rowCount() == 3


def test_waiting_for_review_filter(window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    assert window.mark_done()
    window.article_list.waiting.setChecked(True)
    model = window.article_list.model
    assert [model.row_at(i).id for i in range(model.rowCount())] == [PROBE_ID]
    window.article_list.waiting.setChecked(False)
    assert model.rowCount() == 3


def test_edit_label(window: MainWindow, store: Store) -> None:
    assert window.open_article(PROBE_ID)
    place = span_named(store, "طوكيو")[0]
    window._select(place)
    assert window.edit_label("COUNTRY")
    changed = store.get_span(place.pk)
    assert changed.label == "COUNTRY" and changed.attrs.get("country") == "JP"
    window.undo_stack.undo()
    assert store.get_span(place.pk).label == "LOCATION"


def test_merge_people_goes_through_the_dialog_and_undo(window: MainWindow, store: Store,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from nato_reader.ui import pickers

    assert window.open_article(PROBE_ID)
    select_text(window, "الأمين العام")
    assert window.tag_selection("PERSON")
    monkeypatch.setattr(pickers.MergePeopleDialog, "exec",
                        lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(pickers.MergePeopleDialog, "keep", lambda self: "ينس ستولتنبرغ")
    monkeypatch.setattr(pickers.MergePeopleDialog, "merged", lambda self: "الأمين العام")
    assert window.merge_people()
    title = span_named(store, "الأمين العام", "PERSON")[0]
    assert title.attrs["canonical"] == "ينس ستولتنبرغ"
    window.undo_stack.undo()
    assert span_named(store, "الأمين العام", "PERSON")[0].attrs.get("canonical") != \
        "ينس ستولتنبرغ"


def test_layer_toggles_hide_highlights_and_are_remembered(qtbot, window: MainWindow,
                                                          store: Store, qsettings) -> None:
    assert window.open_article(PROBE_ID)
    person = span_named(store, "ينس ستولتنبرغ")[0]
    assert window.reader.marks_at(person.start)
    window.legend.boxes["PERSON"].setChecked(False)
    assert window.reader.marks_at(person.start) == []
    window.close()
    again = MainWindow(store, Settings(qsettings), ANNOTATOR)
    qtbot.addWidget(again)
    assert not again.legend.boxes["PERSON"].isChecked()
    assert again.reader.marks_at(person.start) == []


def test_label_keys_are_in_the_menus_and_the_legend(window: MainWindow) -> None:
    from nato_reader.core.record import LABELS
    from nato_reader.ui.highlight import LABEL_KEYS

    assert len(set(LABEL_KEYS.values())) == len(LABELS)
    for label in LABELS:
        action = window.actions_by_name[f"tag_{label}"]
        assert action.shortcut().toString() == LABEL_KEYS[label]
        assert action.text() in [a.text() for a in window.menuBar().actions()[2].menu().actions()]
        assert window.legend.boxes[label].text().endswith(LABEL_KEYS[label])


@pytest.mark.parametrize("handler", ["_cheatsheet", "_guidelines", "_stats", "_import",
                                     "_export", "_about", "_toggle_review"])
def test_menu_dialogs_of_other_modules_open(window: MainWindow, handler: str) -> None:
    from PySide6.QtWidgets import QDialog, QDockWidget

    assert window.open_article(PROBE_ID)
    before = len(window.findChildren(QDialog)) + len(window.findChildren(QDockWidget))
    getattr(window, handler)()
    after = [w for w in window.findChildren(QDialog) + window.findChildren(QDockWidget)
             if w.isVisible()]
    assert len(after) > 0 and len(window.findChildren(QDialog)) + \
        len(window.findChildren(QDockWidget)) > before
    for w in after:
        w.close()


def test_span_table_shows_long_text_cut_to_its_column(qtbot, store: Store) -> None:
    """A quote longer than its column ends in "…" and fits; a narrower panel cuts it
    shorter; the tooltip keeps the whole text."""
    from PySide6.QtGui import QFontMetrics

    from nato_reader.ui.annotation_panel import AnnotationPanel

    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_spans(store.spans(PROBE_ID))
    model = panel.model
    longest = max(range(model.rowCount()), key=lambda r: len(model.spans[r].text))
    index = model.index(longest, 1)
    header = panel.view.horizontalHeader()
    metrics = QFontMetrics(panel.view.font())
    shown_at = []
    for width in (300, 250):
        panel.resize(width, 500)
        qtbot.waitUntil(lambda w=width: panel.width() == w)
        shown = model.data(index, Qt.ItemDataRole.DisplayRole)
        assert shown.endswith("…")
        assert metrics.horizontalAdvance(shown) < header.sectionSize(1)
        shown_at.append(shown)
    assert len(shown_at[1]) < len(shown_at[0])
    assert model.spans[longest].text in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_mark_done_is_undone_and_redone_with_the_keys(qtbot, window: MainWindow,
                                                      store: Store) -> None:
    assert window.open_article(PROBE_ID)
    before = store.get_article(PROBE_ID).status
    assert before != "done"
    marks = list(window.reader.marks)
    focus_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.get_article(PROBE_ID).status == "done"
    qtbot.waitUntil(lambda: window.article.status == "done")
    assert window.actions_by_name["undo"].isEnabled()

    QTest.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_article(PROBE_ID).status == before
    qtbot.waitUntil(lambda: window.article.status == before)
    assert window.status_article.text() != status_name("done")
    QTest.keyClick(window.reader, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert store.get_article(PROBE_ID).status == "done"
    assert window.reader.marks == marks  # a status change leaves the highlights alone


def open_review(qtbot, window: MainWindow):
    window.actions_by_name["review"].trigger()
    review = window.review_panel()
    assert review is not None
    return review


def review_rows(review) -> list[tuple[str, str]]:
    """(label, text) of every span row in the review panel."""
    rows = []
    for i in range(review.tree.topLevelItemCount()):
        top = review.tree.topLevelItem(i)
        rows.extend((top.child(j).text(0), top.child(j).text(1)) for j in range(top.childCount()))
    return rows


def test_review_panel_follows_the_article_opened_in_the_list(qtbot, window: MainWindow,
                                                             store: Store) -> None:
    assert window.open_article(PROBE_ID)
    review = open_review(qtbot, window)
    assert review.article_id == PROBE_ID
    model = window.article_list.model
    other = next(row.id for i in range(model.rowCount())
                 if (row := model.row_at(i)) is not None and row.id != PROBE_ID)
    window.article_list.view.selectRow(model.row_of(other))
    assert window.article.id == other
    assert review.article_id == other
    assert len(review_rows(review)) == len(store.spans(other))
    assert store.get_article(other).title[:40] in review.header.text()


def test_review_panel_follows_tagging_and_undo_in_the_reader(qtbot, window: MainWindow,
                                                             store: Store) -> None:
    assert window.open_article(PROBE_ID)
    review = open_review(qtbot, window)
    focus_reader(qtbot, window)
    org = (label_name("ORG"), "NHK")
    assert org not in review_rows(review)
    select_text(window, "NHK")
    QTest.keyClick(window.reader, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: org in review_rows(review))

    QTest.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: org not in review_rows(review))
    QTest.keyClick(window.reader, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: org in review_rows(review))


def test_review_panel_shows_a_suggestion_accepted_in_the_reader(qtbot, window: MainWindow,
                                                                store: Store) -> None:
    assert window.open_article(PROBE_ID)
    review = open_review(qtbot, window)
    suggested = QCoreApplication.translate("ReviewPanel", "suggested")

    def state_of(text: str) -> str:
        for i in range(review.tree.topLevelItemCount()):
            top = review.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).text(1) == text:
                    return top.child(j).text(3)
        return ""

    assert state_of("ينس ستولتنبرغ") == suggested
    focus_reader(qtbot, window)
    QTest.keyClick(window.reader, Qt.Key.Key_Tab)
    QTest.keyClick(window.reader, Qt.Key.Key_A)
    accepted = QCoreApplication.translate("ReviewPanel", "accepted")
    qtbot.waitUntil(lambda: state_of("ينس ستولتنبرغ") == accepted)


def test_counts_read_as_english_for_one_span_and_for_several(qtbot, window: MainWindow,
                                                             store: Store) -> None:
    text = "قال ينس ستولتنبرغ إن الحلف باق."
    name = "ينس ستولتنبرغ"
    start = text.index(name)
    one = Record(article_id(text), text, {"title": "one"},
                 [Span(start, start + len(name), "PERSON", name, id="s1", source="manual")])
    store.add_records([one], analyze=False, annotator=ANNOTATOR)
    window.article_list.model.reload()
    assert window.open_article(one.id)
    for shown in (window.status_counts.text(), window.panel.heading.text()):
        assert shown.startswith("1 span · ") and "(s)" not in shown

    assert window.open_article(PROBE_ID)
    n = len(store.spans(PROBE_ID))
    for shown in (window.status_counts.text(), window.panel.heading.text()):
        assert shown.startswith(f"{n} spans · ") and "(s)" not in shown


def test_mark_done_twice_is_refused_quietly_until_undone(qtbot, window: MainWindow,
                                                         store: Store) -> None:
    assert window.open_article(PROBE_ID)
    done = window.actions_by_name["done"]
    assert done.isEnabled()
    assert window.mark_done()
    qtbot.waitUntil(lambda: not done.isEnabled())
    undo_steps = window.undo_stack.count()
    # Asked again, nothing is written and no dialog is needed: the status bar says why.
    assert not window.mark_done()
    assert window.undo_stack.count() == undo_steps
    assert store.get_article(PROBE_ID).status == "done"
    assert status_name("done") in window.statusBar().currentMessage()
    window.undo_stack.undo()
    qtbot.waitUntil(done.isEnabled)
