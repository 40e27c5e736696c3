"""``analyze``: one valid record for any text, with statements linked to their speakers."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from nato_reader.core.analyze import analyze
from nato_reader.core.record import (
    CLAIM,
    ENTITY_LABELS,
    QUOTE,
    Record,
    article_id,
)


def _statements(record: Record, label: str) -> list:
    return [s for s in record.spans if s.label == label]


def _said_by(record: Record) -> dict[str, str]:
    spans = record.span_by_id()
    return {r.head: spans[r.child].text for r in record.relations}


def _check_contract(record: Record) -> None:
    record.validate()
    ents = sorted((s for s in record.spans if s.label in ENTITY_LABELS), key=lambda s: s.start)
    for a, b in itertools.pairwise(ents):
        assert a.end <= b.start, f"entities overlap: {a.text!r} {b.text!r}"
    quotes = _statements(record, QUOTE)
    for a, b in itertools.pairwise(quotes):
        assert a.end <= b.start
    assert [s.id for s in record.spans] == [f"s{i}" for i in range(1, len(record.spans) + 1)]
    spans = record.span_by_id()
    for rel in record.relations:
        assert spans[rel.head].label in (QUOTE, CLAIM)
        assert spans[rel.child].label in ENTITY_LABELS


def test_samples_give_valid_records_with_quotes_claims_and_speakers(
        sample_texts: dict[str, str]) -> None:
    for text in sample_texts.values():
        record = analyze(text)
        _check_contract(record)
        assert record.id == article_id(text)
        quotes = _statements(record, QUOTE)
        assert quotes and _statements(record, CLAIM)
        attributed = [q for q in quotes if q.get("speaker")]
        assert len(attributed) >= 0.8 * len(quotes)


def test_sample_statements_and_their_speakers(sample_texts: dict[str, str]) -> None:
    record = analyze(sample_texts["nato-pacific-partners-summit"])
    said_by = _said_by(record)
    by_text = {s.text: s for s in record.spans if s.label in (QUOTE, CLAIM)}
    one_word = by_text["سيعززان"]
    assert one_word.label == QUOTE
    assert one_word.get("speaker") == "فوميو كيشيدا"
    assert said_by[one_word.id] == "كيشيدا"  # the mention the cue attaches to
    claim = next(s for s in _statements(record, CLAIM) if s.text.startswith("يرحب بحضور"))
    assert claim.text.endswith("مترابطة")
    assert claim.get("speaker") == "البيت الأبيض"
    assert "إكس" not in by_text  # a platform's name in quotation marks


def test_meta_and_record_id_are_kept() -> None:
    record = analyze("نص قصير.", meta={"title": "عنوان", "source": "x.txt", "date": None},
                     record_id="abc")
    assert record.id == "abc"
    assert record.meta == {"title": "عنوان", "source": "x.txt", "date": None}


def test_a_new_article_in_another_style() -> None:
    text = ("أعلنت وزارة الخارجية الألمانية أنها ستستضيف المحادثات.\n"
            "„نريد حلاً دائماً“، قالت وزيرة الخارجية الألمانية أنالينا بيربوك.\n"
            "„لا بديل عن الحوار“.\n")
    record = analyze(text)
    _check_contract(record)
    quotes = _statements(record, QUOTE)
    assert [q.text for q in quotes] == ["نريد حلاً دائماً", "لا بديل عن الحوار"]
    assert quotes[0].get("speaker") == quotes[1].get("speaker")
    claims = _statements(record, CLAIM)
    assert [c.text for c in claims] == ["ستستضيف المحادثات"]


def test_hostile_unicode_keeps_offsets_exact() -> None:
    text = ("🇺🇦😀\u200f وقـــالَ الرئيسُ: «السلام\u200c ممكن» \ud800 \r\n"
            "\u202bوأضاف\u202c أن الحرب ستنتهي… 👍🏽")
    record = analyze(text)
    _check_contract(record)
    assert [s.text for s in _statements(record, QUOTE)] == ["السلام\u200c ممكن"]


_PIECES = [*"قال إن أن: ،.\n\"'«»“”„‘’ـًٌّ", "وقالت", "الناتو", "كيشيدا", "🇯🇵", "\u200f",
           "\ud83d", "حسبما قال", "منصة", "ينس ستولتنبرغ", "وأضاف"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_any_mix_of_marks_cues_and_names_gives_a_valid_record(text: str) -> None:
    _check_contract(analyze(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_valid_record(text: str) -> None:
    _check_contract(analyze(text))


def test_empty_and_blank_texts() -> None:
    for text in ("", " ", "\n\n", '"', "«"):
        record = analyze(text)
        _check_contract(record)
        assert record.spans == []
