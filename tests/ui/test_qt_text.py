"""Code-point offsets and Qt's UTF-16 positions meet in one place and agree."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from nato_reader.ui.qt_text import OffsetMap

TEXT = "🇯🇵 عاجل 📰: قال ستولتنبرغ 👩‍💻 في طوكيو"


def test_every_character_is_where_qt_has_it() -> None:
    doc = QTextDocument()
    doc.setPlainText(TEXT)
    omap = OffsetMap(TEXT)
    assert omap.qt_length() == doc.characterCount() - 1
    for i, ch in enumerate(TEXT):
        qt = omap.to_qt(i)
        if ord(ch) <= 0xFFFF:
            assert doc.characterAt(qt) == ch
        assert omap.from_qt(qt) == i


def test_a_position_inside_a_surrogate_pair_takes_the_whole_character() -> None:
    omap = OffsetMap(TEXT)
    flag_half = omap.to_qt(1) + 1  # the low surrogate of the second regional indicator
    assert omap.from_qt(flag_half) == 1
    start, end = omap.span_from_qt(omap.to_qt(0) + 1, omap.to_qt(1) + 1)
    assert (start, end) == (0, 2)


def test_span_after_emoji_round_trips() -> None:
    omap = OffsetMap(TEXT)
    start = TEXT.index("ستولتنبرغ")
    end = start + len("ستولتنبرغ")
    qt = omap.span_to_qt(start, end)
    assert qt == (start + 3, end + 3)  # the flag takes two extra units, the newspaper one
    assert omap.span_from_qt(*qt) == (start, end)


@given(st.text(max_size=40))
def test_round_trip_for_any_text(text: str) -> None:
    omap = OffsetMap(text)
    assert omap.qt_length() == len(text.encode("utf-16-le", "surrogatepass")) // 2
    for i in range(len(text) + 1):
        assert omap.from_qt(omap.to_qt(i)) == i
