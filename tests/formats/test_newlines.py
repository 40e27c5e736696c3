from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nato_reader.core.record import Record, RecordError, Span
from nato_reader.formats.newlines import normalise_record_newlines


def test_crlf_offsets_move_back_and_spans_keep_their_text():
    text = "عنوان\r\nقال ستولتنبرغ\r\n«نعم»"
    start = text.index("ستولتنبرغ")
    quote = text.index("نعم")
    record = Record("x", text, spans=[Span(start, start + 9, "PERSON", "ستولتنبرغ", "s1"),
                                      Span(quote, quote + 3, "QUOTE", "نعم", "s2")])
    out = normalise_record_newlines(record)
    assert out.text == "عنوان\nقال ستولتنبرغ\n«نعم»"
    assert [s.text for s in out.spans] == ["ستولتنبرغ", "نعم"]
    out.validate()


def test_a_span_holding_only_a_carriage_return_is_refused():
    record = Record("x", "أ\r\nب", spans=[Span(1, 2, "QUOTE", "\r", "s1")])
    with pytest.raises(RecordError, match="s1 holds only a line ending"):
        normalise_record_newlines(record)


def _kept(text: str, start: int, end: int) -> str:
    """The characters of text[start:end] that survive: every \r of a \r\n goes, a lone \r
    becomes \n (the rule stated independently of the code under test)."""
    out = []
    for i in range(start, end):
        ch = text[i]
        if ch == "\r" and text[i + 1 : i + 2] == "\n":
            continue
        out.append("\n" if ch == "\r" else ch)
    return "".join(out)


@given(st.lists(st.sampled_from(["أ", "ب", " ", "\r\n", "\r", "\n", "😀"]), max_size=30),
       st.data())
def test_any_span_survives_normalisation(pieces, data):
    text = "".join(pieces)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    record = Record("x", text, spans=[Span(start, end, "QUOTE", text[start:end], "s1")])
    expected = _kept(text, start, end)
    if not expected:
        with pytest.raises(RecordError):
            normalise_record_newlines(record)
        return
    out = normalise_record_newlines(record)
    assert out.text == _kept(text, 0, len(text))
    out.validate()
    assert out.spans[0].text == expected
