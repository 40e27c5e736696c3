"""Records shared by the format tests, with offsets found in their text (never typed in)."""

from __future__ import annotations

import pytest

from nato_reader.core.record import Record, Relation, Span, article_id


def _span_at(text: str, piece: str, label: str, sid: str, *, source: str = "manual",
            nth: int = 0, **attrs: object) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), label, piece, sid, source, dict(attrs))


@pytest.fixture()
def span_at():
    """``span_at(text, piece, label, sid, **attrs)``: a span over the first ``piece`` in text."""
    return _span_at


@pytest.fixture()
def quoted_record() -> Record:
    """An article with a proclitic country, a quote, its speaker and a NORP title."""
    text = ("قمة الناتو\n"
            "وقال رئيس الوزراء الياباني فوميو كيشيدا: «سندعم لأوكرانيا حتى النهاية». "
            "وأضاف أن الحلف قوي.\n"
            "«الأمن عالمي»، قال ستولتنبرغ 🇺🇦 في طوكيو.")
    spans = [
        _span_at(text, "الناتو", "ORG", "s1", canonical="حلف شمال الأطلسي"),
        _span_at(text, "الياباني", "NORP", "s2", country="JP"),
        _span_at(text, "فوميو كيشيدا", "PERSON", "s3", canonical="فوميو كيشيدا"),
        _span_at(text, "سندعم لأوكرانيا حتى النهاية", "QUOTE", "s4", speaker="فوميو كيشيدا"),
        _span_at(text, "أوكرانيا", "COUNTRY", "s5", source="auto", country="UA"),
        _span_at(text, "الحلف قوي", "CLAIM", "s6", speaker="فوميو كيشيدا"),
        _span_at(text, "الأمن عالمي", "QUOTE", "s7", speaker="ستولتنبرغ"),
        _span_at(text, "ستولتنبرغ", "PERSON", "s8"),
        _span_at(text, "طوكيو", "LOCATION", "s9", country="JP"),
    ]
    relations = [Relation("s4", "s3"), Relation("s6", "s3"), Relation("s7", "s8")]
    record = Record(article_id(text), text, {"title": "قمة الناتو", "source": "t.txt",
                                             "date": None}, spans, relations)
    record.validate()
    return record
