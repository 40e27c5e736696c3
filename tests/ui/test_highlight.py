"""Highlights land on the right letters, look different for suggestions and accepted spans,
follow the layer toggles, and never change the text's shaping."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor

from nato_reader.core.record import LABELS
from nato_reader.ui.highlight import (
    LABEL_KEYS,
    OKABE_ITO,
    Legend,
    Mark,
    Painter,
    blend,
    underline_colour,
)
from nato_reader.ui.reader import Reader

TEXT = (
    "🇯🇵 وقال الأمين العام ينس ستولتنبرغ في طوكيو إن الحلف سيواصل دعمه لأوكرانيا.\n"
    "وتقترب روسيا والصين من بعضهما، بحسب NHK."
)


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def span_rect(reader: Reader, start: int, end: int) -> QRect:
    """Viewport rectangle covering code points start..end (on one line)."""
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.omap.to_qt(start))
    a = reader.cursorRect(cursor)
    cursor.setPosition(reader.omap.to_qt(end))
    b = reader.cursorRect(cursor)
    assert a.top() == b.top(), "the test expects the span on one line"
    left, right = sorted((a.x(), b.x()))
    return QRect(left + 2, a.top() + 2, right - left - 4, a.height() - 4)


def share_of(image: QImage, rect: QRect, colour: QColor, tolerance: int = 6) -> float:
    hits = total = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            c = image.pixelColor(x, y)
            total += 1
            if (abs(c.red() - colour.red()) <= tolerance
                    and abs(c.green() - colour.green()) <= tolerance
                    and abs(c.blue() - colour.blue()) <= tolerance):
                hits += 1
    return hits / max(total, 1)


@pytest.fixture()
def reader(qtbot) -> Reader:
    r = Reader()
    qtbot.addWidget(r)
    r.resize(900, 400)
    r.show()
    qtbot.waitExposed(r)
    return r


def render(reader: Reader, marks: list[Mark]) -> QImage:
    reader.show_text(TEXT, marks)
    reader.textCursor().clearSelection()
    return reader.viewport().grab().toImage()


def fill_of(reader: Reader, label: str) -> QColor:
    return reader.painter.formats[label, "accepted"].background().color()


def test_accepted_span_is_filled_exactly_where_it_is(reader: Reader) -> None:
    person = at("ينس ستولتنبرغ")
    image = render(reader, [Mark(*person, "PERSON", "accepted", 1)])
    fill = fill_of(reader, "PERSON")
    # After a flag (two code points, four UTF-16 units) the fill still sits on the name …
    assert share_of(image, span_rect(reader, *person), fill) > 0.4
    # … and not on the words around it.
    assert share_of(image, span_rect(reader, *at("الأمين العام")), fill) == 0
    assert share_of(image, span_rect(reader, *at("في طوكيو")), fill) == 0


def test_open_suggestion_is_underlined_not_filled(reader: Reader) -> None:
    country = at("روسيا")
    image = render(reader, [Mark(*country, "COUNTRY", "open", 1)])
    rect = span_rect(reader, *country)
    base = reader.palette().color(QPalette.ColorRole.Base)
    assert share_of(image, rect, blend(OKABE_ITO["COUNTRY"], base, 0.55)) == 0
    assert share_of(image, rect, underline_colour("COUNTRY"), tolerance=40) > 0.01
    assert share_of(image, span_rect(reader, *at("من بعضهما")), underline_colour("COUNTRY"),
                    tolerance=40) == 0


def test_inner_span_shows_its_own_colour_inside_a_quote(reader: Reader) -> None:
    clause = at("وتقترب روسيا والصين من بعضهما")
    country = at("روسيا")
    image = render(reader, [Mark(*clause, "CLAIM", "accepted", 1),
                            Mark(*country, "COUNTRY", "accepted", 2)])
    assert share_of(image, span_rect(reader, *country), fill_of(reader, "COUNTRY")) > 0.4
    assert share_of(image, span_rect(reader, *at("من بعضهما")), fill_of(reader, "CLAIM")) > 0.4


def test_hidden_layer_and_rejected_spans_draw_nothing(reader: Reader) -> None:
    person = at("ينس ستولتنبرغ")
    reader.painter.visible["PERSON"] = False
    image = render(reader, [Mark(*person, "PERSON", "accepted", 1)])
    assert share_of(image, span_rect(reader, *person), fill_of(reader, "PERSON")) == 0
    reader.painter.visible["PERSON"] = True
    image = render(reader, [Mark(*person, "PERSON", "rejected", 1)])
    assert share_of(image, span_rect(reader, *person), fill_of(reader, "PERSON")) == 0


def caret_xs(reader: Reader, start: int, end: int) -> list[int]:
    cursor = QTextCursor(reader.document())
    xs = []
    for pos in range(start, end + 1):
        cursor.setPosition(reader.omap.to_qt(pos))
        xs.append(reader.cursorRect(cursor).x())
    return xs


def test_highlight_inside_a_word_keeps_arabic_joined(reader: Reader) -> None:
    """لأوكرانيا with أوكرانيا highlighted: every caret position inside the word is where it
    is in the plain text (a split shaping run breaks the lam-alef and moves them)."""
    word = at("لأوكرانيا")
    render(reader, [])
    plain = caret_xs(reader, *word)
    image = render(reader, [Mark(word[0] + 1, word[1], "COUNTRY", "accepted", 1)])
    assert caret_xs(reader, *word) == plain
    inside = span_rect(reader, word[0] + 1, word[1])
    assert share_of(image, inside, fill_of(reader, "COUNTRY")) > 0.3
    image = render(reader, [Mark(word[0] + 1, word[1], "COUNTRY", "open", 1)])
    assert caret_xs(reader, *word) == plain


def test_segments_split_nested_spans() -> None:
    painter = Painter(QColor("white"))
    marks = [Mark(0, 10, "QUOTE", "open", 1), Mark(3, 5, "PERSON", "accepted", 2)]
    pieces = [(a, b) for a, b, _ in painter.segments(marks, 0, 10)]
    assert pieces == [(0, 3), (3, 5), (5, 10)]
    middle = painter.segments(marks, 0, 10)[1][2]
    assert middle.background().color() == painter.formats["PERSON", "accepted"].background().color()
    assert middle.underlineColor() == underline_colour("QUOTE")


def test_highlight_inside_a_word_far_down_a_long_article_is_drawn_when_scrolled_to(
        reader: Reader) -> None:
    """The overlays of a long article reach Qt as the text scrolls to them: the last
    paragraph's أوكرانيا is filled once it is on screen, with لأ still joined."""
    filler = "وقال الوزير إن الحلف سيواصل العمل مع شركائه في المنطقة. " * 12
    text = "\n".join([filler] * 60 + [TEXT])
    word = text.rindex("لأوكرانيا"), text.rindex("لأوكرانيا") + len("لأوكرانيا")
    reader.show_text(text, [])
    reader.select(*word)
    plain = caret_xs(reader, *word)
    reader.show_text(text, [Mark(word[0] + 1, word[1], "COUNTRY", "accepted", 1)])
    reader.select(*word)  # scrolls the last paragraph into view
    reader.select(word[1], word[1])
    image = reader.viewport().grab().toImage()
    assert caret_xs(reader, *word) == plain
    inside = span_rect(reader, word[0] + 1, word[1])
    assert share_of(image, inside, fill_of(reader, "COUNTRY")) > 0.3


def test_mark_changed_inside_a_word_is_redrawn_in_place(reader: Reader) -> None:
    """A mid-word suggestion accepted: the fill appears, and the word keeps its shape."""
    word = at("لأوكرانيا")
    render(reader, [])
    plain = caret_xs(reader, *word)
    render(reader, [Mark(word[0] + 1, word[1], "COUNTRY", "open", 1)])
    reader.update_marks([Mark(word[0] + 1, word[1], "COUNTRY", "accepted", 1)], *word)
    reader.textCursor().clearSelection()
    image = reader.viewport().grab().toImage()
    assert caret_xs(reader, *word) == plain
    inside = span_rect(reader, word[0] + 1, word[1])
    assert share_of(image, inside, fill_of(reader, "COUNTRY")) > 0.3
    reader.update_marks([], *word)
    image = reader.viewport().grab().toImage()
    assert share_of(image, inside, fill_of(reader, "COUNTRY")) == 0


_LABELS = sorted(OKABE_ITO)


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(_LABELS),
                          st.booleans()), max_size=12))
def test_segments_show_the_innermost_mark_at_every_letter(raw) -> None:
    """Whatever the marks, each letter gets exactly the format of the marks over it, the
    shortest one on top, and letters under no mark get none."""
    painter = Painter(QColor("white"))
    marks, lengths = [], set()
    for key, (start, length, label, accepted) in enumerate(raw):
        if length in lengths:  # marks of one length over one letter have no defined order
            continue
        lengths.add(length)
        marks.append(Mark(start, start + length, label, "accepted" if accepted else "open", key))
    lo, hi = 5, 35
    drawn: dict[int, object] = {}
    for a, b, fmt in painter.segments(marks, lo, hi):
        for pos in range(a, b):
            assert pos not in drawn, "pieces overlap"
            drawn[pos] = fmt
    for pos in range(lo, hi):
        over = sorted((m for m in marks if m.start <= pos < m.end), key=lambda m: m.start - m.end)
        if not over:
            assert pos not in drawn
            continue
        expected = painter.format_of(over[0])
        for m in over[1:]:
            expected = type(expected)(expected)
            expected.merge(painter.format_of(m))
        assert drawn[pos] == expected


def test_marks_changed_one_by_one_look_as_if_drawn_at_once(qtbot) -> None:
    """Paragraphs keep their shaped glyphs between paints: after marks are added, changed and
    removed one at a time, the page is pixel for pixel what a fresh reader draws for the
    same marks."""
    words = ("ستولتنبرغ", "طوكيو", "لأوكرانيا", "روسيا", "NHK")
    steps: list[list[Mark]] = [[]]
    for key, word in enumerate(words):
        start, end = at(word)
        steps.append([*steps[-1], Mark(start + (word == "لأوكرانيا"), end, "COUNTRY", "open",
                                       key)])
    changed = steps[-1][1]
    steps.append([m if m is not changed else m._replace(state="accepted", label="LOCATION")
                  for m in steps[-1]])
    steps.append([m for m in steps[-1] if m.key != 0])
    readers = []
    for _ in range(2):
        r = Reader()
        qtbot.addWidget(r)
        r.resize(900, 400)
        r.show()
        qtbot.waitExposed(r)
        readers.append(r)
    stepwise, fresh = readers
    stepwise.show_text(TEXT, [])
    stepwise.viewport().grab()
    for before, after in pairwise(steps):
        touched = set(before) ^ set(after)
        lo, hi = min(m.start for m in touched), max(m.end for m in touched)
        stepwise.update_marks(after, lo, hi)
        stepwise.viewport().grab()
        fresh.show_text(TEXT, after)
        assert stepwise.viewport().grab().toImage() == fresh.viewport().grab().toImage()


def test_legend_renamed_keeps_each_label_key_and_its_check_state(qtbot) -> None:
    legend = Legend({label: label.title() for label in LABELS} | {"suggestions": "Suggestions"})
    qtbot.addWidget(legend)
    legend.set_checked("ORG", False)
    legend.set_names({label: f"«{label.lower()}»" for label in LABELS}
                     | {"suggestions": "اقتراحات"})
    assert legend.boxes["ORG"].text() == f"«org» {LABEL_KEYS['ORG']}"
    assert legend.boxes["ORG"].toolTip() == "«org»"
    assert not legend.boxes["ORG"].isChecked()
    assert legend.boxes["suggestions"].text() == "اقتراحات"
