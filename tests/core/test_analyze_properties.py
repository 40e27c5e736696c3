"""``analyze`` on hostile text: whatever comes in, a valid record comes out.

Texts are built from emoji, flags, combining marks, bidi controls, zero-width characters,
tatweel, Arabic with stray quotation marks of every style, lone surrogates, and fragments of
the sample articles cut at arbitrary places.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nato_reader.core.record import QUOTE, Record

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
SAMPLE_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))

HOSTILE = [
    "😀", "🇺🇦", "🇰🇵", "👩‍👩‍👧", "\u0301", "\u064b", "\u0651", "\u0670", "\u0640", "\u0640\u0640",
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u200e", "\u200f", "\u202b", "\u202c", "\u2067",
    "\u2069", "\r\n", "\r", "\n", "\n\n", " ", "\t", "\u00a0", "\ud800", "\udfff", "\x00",
    '"', "«", "»", "“", "”", "„", "‟", "'", "‘", "’", "‹", "›", "「", "」", ":", "،", ".", "؟",
    "!", "(", ")", "-", "#", "ـ", "٣", "١٢", "ﻻ", "ﷲ",
]
WORDS = [
    "وقال", "قالت", "إن", "أن", "بأنه", "وأضاف:", "قائلاً", "حسبما قال", "روسيا", "الصين",
    "روسياوالصين", "الولاياتالمتحدة", "كوريا الشمالية", "الصينوكوريا", "للصين", "لأوكرانيا",
    "الناتو", "حلف شمال الأطلسي", "البيت الأبيض", "ينس ستولتنبرغ", "كيشيدا", "الروسية",
    "الياباني", "المحيطين الهندي والهادئ", "واشنطن", "وزير الخارجية التركي", "صحيفة", "عملية",
    "منصة", "إكس", "#حلف_الناتو", "أمن", "عالمي", "ليس", "NATO", "e\u0301",
]


@st.composite
def sample_fragments(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, len(SAMPLE_TEXT) - 1))
    length = draw(st.integers(0, 400))
    return SAMPLE_TEXT[start : start + length]


PIECES = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(WORDS),
    sample_fragments(),
    st.text(max_size=12),
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.lists(st.sampled_from(HOSTILE + WORDS), max_size=60).map(" ".join),
    st.text(max_size=200),
)

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _analyze(text: str) -> Record:
    from nato_reader.core.analyze import analyze

    return analyze(text)


@SETTINGS
@given(TEXTS)
def test_analyze_always_returns_a_valid_record(text: str) -> None:
    record = _analyze(text)
    assert record.text == text
    record.validate()
    for span in record.spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    ids = {s.id for s in record.spans}
    assert len(ids) == len(record.spans)
    for rel in record.relations:
        assert rel.head in ids and rel.child in ids


@SETTINGS
@given(TEXTS)
def test_quotes_never_overlap(text: str) -> None:
    quotes = sorted((s for s in _analyze(text).spans if s.label == QUOTE), key=lambda s: s.start)
    for a, b in pairwise(quotes):
        assert a.end <= b.start, (a, b)


@SETTINGS
@given(TEXTS)
def test_records_round_trip_through_their_dict(text: str) -> None:
    record = _analyze(text)
    again = Record.from_dict(record.to_dict(), validate=True)
    assert again == record
