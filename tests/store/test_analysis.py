"""Importing with the text engine's suggestions, in worker processes for large batches."""

from __future__ import annotations

from nato_reader.core import analyze
from nato_reader.core.record import Record, Span, article_id
from nato_reader.store import Store, analysis

SENTENCES = [
    "قال وزير الخارجية الفرنسي إن \"الحوار مع روسيا ضروري\".",
    "وأكد البيت الأبيض أن الولايات المتحدة تدعم أوكرانيا.",
    "زار رئيس الوزراء الياباني واشنطن يوم الخميس.",
]


def test_records_without_spans_get_open_auto_suggestions(store: Store):
    texts = [f"{s} ({i})" for i, s in enumerate(SENTENCES)]
    store.add_records([Record(id=article_id(t), text=t) for t in texts], analyze=True)
    for text in texts:
        expected = analyze.analyze(text)
        stored = store.get_record(article_id(text))
        assert stored.to_dict()["spans"] == expected.to_dict()["spans"]
        assert {(s.source, s.state) for s in store.spans(article_id(text))} <= {("auto", "open")}
    assert store.check() == []


def test_a_large_batch_is_analysed_in_worker_processes_with_the_same_result(store: Store):
    texts = [f"{SENTENCES[i % 3]} ({i})" for i in range(analysis.PARALLEL_FROM + 2)]
    store.add_records([Record(id=article_id(t), text=t) for t in texts], analyze=True)
    for text in texts[:: len(texts) // 5]:
        assert store.get_record(article_id(text)).to_dict() == \
            {**analyze.analyze(text).to_dict(), "meta": {}}


def test_records_with_spans_keep_them(store: Store):
    text = SENTENCES[1]
    start = text.index("أوكرانيا")
    record = Record(id="mine", text=text,
                    spans=[Span(start, start + 8, "COUNTRY", "أوكرانيا", id="s1")])
    store.add_records([record], analyze=True)
    assert [s.text for s in store.spans("mine")] == ["أوكرانيا"]


def test_the_seeded_samples_are_analysed(tmp_path):
    with Store.open(tmp_path / "seeded.db") as store:
        rows = store.list_articles()
        assert rows and all(r.n_open > 0 for r in rows)
        assert store.speakers()
