"""Importing batches, the article list and its filters, records in and out."""

from __future__ import annotations

import pytest

from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import ArticleFilter, Store, StoreError, filters


def _plain(text: str, **meta) -> Record:
    return Record(id=article_id(text), text=text, meta={"title": text[:10], **meta})


def test_records_round_trip_exactly(store: Store, make_record):
    record = make_record()
    result = store.add_records([record], analyze=False)
    assert result.added == [record.id] and result.skipped == []
    back = store.get_record(record.id)
    assert back.to_dict() == record.to_dict()
    article = store.get_article(record.id)
    assert (article.title, article.date, article.status) == ("عنوان", "2024-01-30", "new")
    assert (article.n_quotes, article.n_open) == (1, 5)


def test_the_same_text_twice_is_skipped(store: Store, make_record):
    record = make_record()
    store.add_records([record], analyze=False)
    again = store.add_records([make_record(), _plain("نص آخر")], analyze=False)
    assert again.skipped == [record.id]
    assert len(again.added) == 1
    assert store.count_articles() == 2


def test_a_bad_record_leaves_the_database_as_it_was(store: Store, make_record, snapshot):
    store.add_records([_plain("مقال أول")], analyze=False)
    before = snapshot(store)
    bad = make_record("نص فيه أوكرانيا")
    bad.spans[0].start += 1  # the offsets no longer match the text
    with pytest.raises(StoreError, match=r"record 2 .*does not match"):
        store.add_records([_plain("مقال ثان"), bad, _plain("مقال ثالث")], analyze=False)
    assert snapshot(store) == before


def test_offsets_outside_the_text_are_refused(store: Store, snapshot):
    before = snapshot(store)
    record = Record(id="x", text="قصير", spans=[Span(2, 40, "PERSON", "ير", id="s1")])
    with pytest.raises(StoreError, match="outside the text"):
        store.add_records([record], analyze=False)
    assert snapshot(store) == before


def test_a_failure_inside_the_write_rolls_back_the_whole_batch(store: Store, snapshot):
    store.add_records([_plain("موجود")], analyze=False)
    before = snapshot(store)
    # Same id as a stored article, different text: found only once writing has begun.
    clash = Record(id=article_id("موجود"), text="نص مختلف")
    with pytest.raises(StoreError, match="already used by a different text"):
        store.add_records([_plain("جديد"), clash], analyze=False)
    assert snapshot(store) == before


def test_hostile_unicode_keeps_offsets_exact(store: Store):
    text = "🇺🇦 \u200fقال\u200c الرئيس‍ 👩‍👩‍👧 «النصـــر قريب» \u202bكلام\u202c\r\n"
    quote = "النصـــر قريب"
    start = text.index(quote)
    record = Record(id="u1", text=text, meta={"title": "يونيكود"},
                    spans=[Span(start, start + len(quote), "QUOTE", quote, id="s1")])
    store.add_records([record], analyze=False)
    back = store.get_record("u1")
    assert back.text == text
    assert back.spans[0].text == back.text[back.spans[0].start:back.spans[0].end] == quote
    event = store.add_span("u1", text.index("الرئيس"), text.index("الرئيس") + 6, "PERSON",
                           annotator="ليلى")
    assert store.get_span(event.span_pk).text == "الرئيس"
    assert [r.id for r in store.search("النصر")] == ["u1"]
    assert [r.id for r in store.search("قال")] == ["u1"]


def test_filters_and_order(store: Store, make_record):
    full = make_record(date="2024-02-01")
    plain = _plain("خبر عن الطقس في القاهرة", date="2023-05-05", source="b")
    store.add_records([full, plain], analyze=False)
    store.accept_all(full.id, annotator="سارة")

    def ids(**kw) -> list[str]:
        return [r.id for r in store.list_articles(ArticleFilter(**kw))]

    assert ids(label="QUOTE") == [full.id]
    assert ids(speaker="ينس ستولتنبرغ") == [full.id]
    assert ids(country="ua") == [full.id]
    assert ids(annotator="سارة") == [full.id]
    assert ids(status="new") == [plain.id]
    assert ids(status=["new", "in_progress"]) == [full.id, plain.id]
    assert ids(date_from="2024-01-01") == [full.id]
    assert ids(date_to="2023-05-05") == [plain.id]
    assert ids(query="الطقس") == [plain.id]
    assert ids(query="الطقس", status="in_progress") == []
    assert store.count_articles(ArticleFilter(country="CN")) == 1
    assert [r.id for r in store.list_articles(order="quotes")] == [full.id, plain.id]
    assert len(store.list_articles(limit=1, offset=1)) == 1
    with pytest.raises(StoreError, match="unknown status"):
        store.list_articles(ArticleFilter(status="finished"))
    with pytest.raises(StoreError, match="unknown order"):
        store.list_articles(order="size")


def test_iter_records_streams_in_batches_with_selections(store: Store, make_record):
    records = [_plain(f"خبر رقم {i}") for i in range(23)] + [make_record()]
    store.add_records(records, analyze=False)
    calls = []
    original = store._records

    def counting(rows, **kw):
        calls.append(len(rows))
        return original(rows, **kw)

    store._records = counting  # type: ignore[method-assign]
    out = list(store.iter_records(batch=5))
    assert sorted(r.id for r in out) == sorted(r.id for r in records)
    assert max(calls) == 5 and len(calls) == 5

    full = make_record()
    assert [len(r.spans) for r in store.iter_records(ArticleFilter(label="QUOTE"))] == [5]
    only_quotes = next(store.iter_records(ArticleFilter(label="QUOTE"), labels=["QUOTE"]))
    assert [s.label for s in only_quotes.spans] == ["QUOTE"] and only_quotes.relations == []
    assert next(store.iter_records(ArticleFilter(label="QUOTE"), only="accepted")).spans == []
    store.accept_span(store.spans(full.id)[0].pk, annotator="علي")
    accepted = next(store.iter_records(ArticleFilter(label="QUOTE"), only="manual"))
    assert len(accepted.spans) == 1
    mine = next(store.iter_records(ArticleFilter(label="QUOTE"), annotator="علي"))
    assert len(mine.spans) == 1
    with pytest.raises(StoreError, match="unknown span selection"):
        list(store.iter_records(only="some"))


def test_manual_source_marks_spans_accepted(store: Store, make_record):
    record = make_record()
    store.add_records([record], analyze=False, source="manual", annotator="هدى")
    spans = store.spans(record.id)
    assert {(s.source, s.state, s.annotator) for s in spans} == {("manual", "accepted", "هدى")}
    assert store.get_article(record.id).n_open == 0


def test_resolve_id(store: Store):
    store.add_records([Record(id="abc123", text="أ"), Record(id="abd999", text="ب")],
                      analyze=False)
    assert store.resolve_id("abc") == "abc123"
    with pytest.raises(StoreError, match="more than one"):
        store.resolve_id("ab")
    with pytest.raises(StoreError, match="no article id"):
        store.resolve_id("zz")
    with pytest.raises(StoreError, match="no article"):
        store.get_article("zz")


@pytest.mark.parametrize("order", sorted(filters.ORDERS))
def test_every_list_order_reads_a_page_from_an_index(store: Store, order: str):
    # A page of the list must never sort the whole corpus (100,000 articles); the plan of the
    # statement list_articles runs shows it.
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.list_articles(order=order, offset=100, limit=200)
    store.db.conn.set_trace_callback(None)
    [sql] = [s for s in statements if s.startswith("SELECT")]
    plan = " ".join(row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "TEMP B-TREE" not in plan and "INDEX" in plan
