"""The record contract of CONVENTIONS.md: offsets, ids, JSON shape."""

from __future__ import annotations

import json

import pytest

from nato_reader.core.record import (
    Record,
    RecordError,
    Relation,
    Span,
    article_id,
    number_spans,
)

TEXT = "وقال كيشيدا 🇯🇵 إن اليابان «ستعزز» التعاون."


def _span(sub: str, label: str, **attrs: object) -> Span:
    start = TEXT.index(sub)
    return Span(start, start + len(sub), label, sub, attrs=dict(attrs))


def test_spans_are_numbered_by_position_and_relations_follow_the_new_ids() -> None:
    quote = _span("ستعزز", "QUOTE", speaker="كيشيدا")
    quote.id = "q"
    person = _span("كيشيدا", "PERSON", canonical="كيشيدا")
    person.id = "p"
    spans, rels = number_spans([quote, person], [Relation("q", "p")])
    assert [s.text for s in spans] == ["كيشيدا", "ستعزز"]
    assert [s.id for s in spans] == ["s1", "s2"]
    assert rels == [Relation("s2", "s1", "SAID_BY")]


def test_json_shape_matches_the_contract_and_keeps_arabic_readable() -> None:
    country = _span("اليابان", "COUNTRY", country="JP")
    spans, _ = number_spans([country])
    record = Record(id=article_id(TEXT), text=TEXT, meta={"title": "t"}, spans=spans)
    data = record.to_dict()
    assert list(data) == ["id", "text", "meta", "spans", "relations"]
    assert list(data["spans"][0]) == ["id", "start", "end", "label", "text", "country", "source"]
    line = json.dumps(data, ensure_ascii=False)
    assert "اليابان" in line
    back = Record.from_dict(json.loads(line))
    assert back == record


def test_offsets_are_code_points_even_after_a_flag() -> None:
    country = _span("اليابان", "COUNTRY", country="JP")
    # The flag is two code points; a UTF-16 offset would be off by two more.
    assert TEXT[country.start : country.end] == "اليابان"
    spans, _ = number_spans([country])
    Record(id="x", text=TEXT, spans=spans).validate()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda s: setattr(s, "end", 10_000), "outside the text"),
        (lambda s: setattr(s, "text", "الصين"), "does not match"),
        (lambda s: setattr(s, "label", "THING"), "unknown label"),
        (lambda s: setattr(s, "source", "robot"), "unknown source"),
    ],
)
def test_validate_names_the_broken_span(mutate, message: str) -> None:
    span = _span("اليابان", "COUNTRY", country="JP")
    spans, _ = number_spans([span])
    mutate(spans[0])
    with pytest.raises(RecordError, match=message) as err:
        Record(id="x", text=TEXT, spans=spans).validate()
    assert "s1" in str(err.value)


def test_relation_to_a_missing_span_is_refused() -> None:
    spans, _ = number_spans([_span("كيشيدا", "PERSON")])
    record = Record(id="x", text=TEXT, spans=spans, relations=[Relation("s9", "s1")])
    with pytest.raises(RecordError, match="missing span"):
        record.validate()


def test_article_id_is_stable_and_depends_on_the_text() -> None:
    assert article_id(TEXT) == article_id(str(TEXT))
    assert article_id(TEXT) != article_id(TEXT + " ")


def test_numbering_orders_same_start_longest_first_then_by_label_and_keeps_ties() -> None:
    claim = _span("إن اليابان «ستعزز» التعاون", "CLAIM")
    country = _span("اليابان", "COUNTRY", country="JP")
    quote = _span("إن اليابان «ستعزز» التعاون", "QUOTE")
    first, second = _span("كيشيدا", "PERSON"), _span("كيشيدا", "PERSON")
    first.id, second.id = "a", "b"
    spans, rels = number_spans([claim, country, quote, second, first], [Relation("a", "b")])
    assert spans == [second, first, quote, claim, country]
    assert [s.id for s in spans] == ["s1", "s2", "s3", "s4", "s5"]
    assert rels == [Relation("s2", "s1")]


def test_numbering_refuses_an_unknown_label() -> None:
    with pytest.raises(ValueError):
        number_spans([_span("كيشيدا", "PERSON"), _span("اليابان", "PLACE")])
