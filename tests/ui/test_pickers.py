"""The country picker and the merge-people dialog."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import Store
from nato_reader.ui.countries import country_name
from nato_reader.ui.pickers import CountryPicker, MergePeopleDialog, ask_merge_people

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def type_text(widget, text: str) -> None:
    # qtbot.keyClicks aborts on non-ASCII characters; one key event per character works.
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def visible_codes(picker: CountryPicker) -> list[str]:
    proxy = picker.proxy
    return [proxy.index(r, 2).data() for r in range(proxy.rowCount())]


def test_every_country_is_listed_with_both_names(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    codes = visible_codes(picker)
    assert len(codes) == len(set(codes)) >= 240
    for code in ("TW", "XK", "PS", "KP", "KR", "US", "UA"):
        assert code in codes
    row = codes.index("JP")
    assert picker.proxy.index(row, 0).data() == "اليابان"
    assert picker.proxy.index(row, 1).data() == "Japan"


def test_arabic_search_ignores_hamza_and_enter_returns_the_code(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    type_text(picker.search, "ايران")  # typed without the hamza of إيران
    assert visible_codes(picker) == ["IR"]
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == CountryPicker.DialogCode.Accepted
    assert picker.selected_code() == "IR"


def test_search_by_an_other_spelling(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    type_text(picker.search, "أمريكا")
    assert "US" in visible_codes(picker)


def test_english_search_and_nothing_chosen_disables_ok(qtbot):
    picker = CountryPicker()
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "korea")
    assert sorted(visible_codes(picker)) == ["KP", "KR"]
    picker.search.clear()
    qtbot.keyClicks(picker.search, "no such land")
    assert visible_codes(picker) == []
    assert picker.selected_code() is None
    ok = picker.buttons.button(picker.buttons.StandardButton.Ok)
    assert not ok.isEnabled()


@pytest.mark.parametrize(("arabic", "expected"), [(True, "ألمانيا"), (False, "Germany")])
def test_country_names_for_charts(arabic, expected):
    assert country_name("DE", arabic=arabic) == expected
    assert country_name("ZZ", arabic=arabic) == "ZZ"


def test_countries_data_comes_without_babel_at_run_time():
    # Babel is a development tool only; a fresh interpreter shows what loading the list needs.
    code = (
        "import sys; from nato_reader.ui.countries import all_countries; "
        "assert len(all_countries()) > 240; assert 'babel' not in sys.modules"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


TEXT = "قال ينس ستولتنبرغ إن الحلف موحد. وأضاف ستولتنبرج أن القمة ناجحة، بحسب ماريا."


@pytest.fixture()
def article(tmp_db):
    def span(text: str, sid: str) -> Span:
        start = TEXT.index(text)
        return Span(
            start,
            start + len(text),
            "PERSON",
            text,
            id=sid,
            source="manual",
            attrs={"canonical": text},
        )

    store = Store.open(tmp_db, seed=False)
    store.add_records(
        [
            Record(
                article_id(TEXT),
                TEXT,
                {},
                [span("ينس ستولتنبرغ", "s1"), span("ستولتنبرج", "s2"), span("ماريا", "s3")],
            )
        ],
        analyze=False,
        annotator="huda",
    )
    yield store, article_id(TEXT)
    store.close()


def test_merge_dialog_offers_the_articles_people(qtbot, article):
    store, aid = article
    dialog = MergePeopleDialog(store, aid)
    qtbot.addWidget(dialog)
    names = {dialog.keep_box.itemData(i) for i in range(dialog.keep_box.count())}
    assert names == {"ينس ستولتنبرغ", "ستولتنبرج", "ماريا"}
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.merge_box.setCurrentIndex(dialog.keep_box.currentIndex())
    assert not ok.isEnabled()  # a person cannot be merged with itself
    assert dialog.problem.isVisibleTo(dialog)


def test_merging_gives_every_mention_the_kept_name(qtbot, article):
    store, aid = article

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.keep_box.setCurrentIndex(dialog.keep_box.findData("ينس ستولتنبرغ"))
        dialog.merge_box.setCurrentIndex(dialog.merge_box.findData("ستولتنبرج"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, choose)
    event = ask_merge_people(store, aid, "huda")
    assert event is not None and event.action == "merge_people"
    canonicals = sorted(s.attrs["canonical"] for s in store.spans(aid))
    assert canonicals == ["ماريا", "ينس ستولتنبرغ", "ينس ستولتنبرغ"]


def test_cancelled_merge_changes_nothing(qtbot, article):
    store, aid = article
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert ask_merge_people(store, aid, "huda") is None
    assert sorted(s.attrs["canonical"] for s in store.spans(aid)) == [
        "ستولتنبرج",
        "ماريا",
        "ينس ستولتنبرغ",
    ]
