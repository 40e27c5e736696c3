"""The evaluator on small hand-made records, and the gold files it is run on."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from nato_reader.core.record import Record, Relation, Span, number_spans
from nato_reader.evaluation import evaluate

DATA = Path(__file__).resolve().parent.parent / "data"

TEXT = 'وقال وزير الخارجية الألماني يوهان فاديفول إن ألمانيا تدعم كييف: "لن نتراجع".'


def _span(label: str, needle: str, **attrs: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle), label, needle, source="manual", attrs=dict(attrs))


def _record(*spans: Span, relations: tuple[Relation, ...] = ()) -> Record:
    copies = [Span(s.start, s.end, s.label, s.text, s.id, s.source, dict(s.attrs))
              for s in spans]
    ordered, rels = number_spans(copies, relations)
    record = Record(id="t1", text=TEXT, spans=ordered, relations=rels)
    record.validate()
    return record


NORP_DE = _span("NORP", "الألماني", country="DE")
PERSON = _span("PERSON", "يوهان فاديفول", canonical="يوهان فاديفول")
COUNTRY_DE = _span("COUNTRY", "ألمانيا", country="DE")
KYIV = _span("LOCATION", "كييف", country="UA")
CLAIM = _span("CLAIM", 'ألمانيا تدعم كييف: "لن نتراجع"', speaker="يوهان فاديفول")
QUOTE = _span("QUOTE", "لن نتراجع", speaker="يوهان فاديفول")
GOLD = (NORP_DE, PERSON, COUNTRY_DE, KYIV, CLAIM, QUOTE)


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    report = evaluate([(_record(*GOLD), _record(*GOLD))])
    for label in ("NORP", "PERSON", "COUNTRY", "LOCATION", "CLAIM", "QUOTE"):
        assert report.labels[label].f1 == 1.0
    assert report.overall.f1 == 1.0
    assert report.speaker_accuracy("QUOTE") == 1.0
    assert report.speaker_accuracy("CLAIM") == 1.0
    assert report.errors == []


def test_a_missed_span_lowers_recall_not_precision() -> None:
    predicted = _record(*(s for s in GOLD if s is not KYIV))
    report = evaluate([(_record(*GOLD), predicted)])
    location = report.labels["LOCATION"]
    assert (location.tp, location.fn, location.recall) == (0, 1, 0.0)
    assert report.overall.precision == 1.0
    assert report.overall.recall == pytest.approx(5 / 6)
    assert [(e.kind, e.text) for e in report.errors] == [("missed", "كييف")]


def test_a_wrong_country_code_is_a_miss_and_a_spurious_span() -> None:
    wrong = _span("COUNTRY", "ألمانيا", country="AT")
    predicted = _record(*(wrong if s is COUNTRY_DE else s for s in GOLD))
    country = evaluate([(_record(*GOLD), predicted)]).labels["COUNTRY"]
    assert (country.tp, country.fp, country.fn, country.f1) == (0, 1, 1, 0.0)
    assert country.partial_f1 == 1.0


def test_a_span_one_letter_too_long_counts_only_as_partial() -> None:
    start = TEXT.index("وزير الخارجية الألماني")
    longer = Span(start + len("وزير الخارجية "), start + len("وزير الخارجية الألماني ي"), "NORP",
                  "الألماني ي", source="auto", attrs={"country": "DE"})
    predicted = _record(*(longer if s is NORP_DE else s for s in GOLD))
    norp = evaluate([(_record(*GOLD), predicted)]).labels["NORP"]
    assert norp.f1 == 0.0
    assert norp.partial_f1 == 1.0


def test_speaker_accuracy_counts_wrong_and_missed_speakers() -> None:
    wrong_speaker = _span("CLAIM", CLAIM.text, speaker="ألمانيا")
    predicted = _record(*(wrong_speaker if s is CLAIM else s for s in GOLD if s is not QUOTE))
    report = evaluate([(_record(*GOLD), predicted)])
    assert report.speaker_accuracy("CLAIM") == 0.0
    assert report.speaker_accuracy("QUOTE") == 0.0  # a missed quote has no right speaker
    assert report.labels["CLAIM"].f1 == 1.0  # the span itself is right
    assert {e.kind for e in report.errors} == {"speaker", "missed"}


def test_speaker_names_are_compared_after_arabic_folding() -> None:
    folded = _span("QUOTE", QUOTE.text, speaker="يوهـان  فاديفول")
    predicted = _record(*(folded if s is QUOTE else s for s in GOLD))
    assert evaluate([(_record(*GOLD), predicted)]).speaker_accuracy("QUOTE") == 1.0


def test_scores_are_micro_averaged_over_articles() -> None:
    gold = _record(*GOLD)
    empty = _record()
    report = evaluate([(gold, _record(*GOLD)), (gold, empty)])
    assert report.articles == 2
    assert report.overall.recall == 0.5
    assert report.overall.precision == 1.0
    assert report.speakers["QUOTE"].total == 2


def test_a_prediction_on_another_text_is_refused() -> None:
    other = Record(id="t1", text=TEXT + " ")
    with pytest.raises(ValueError, match="another text"):
        evaluate([(_record(*GOLD), other)])


def test_report_serialises_and_prints_every_label() -> None:
    report = evaluate([(_record(*GOLD), _record(PERSON))])
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert data["labels"]["PERSON"]["f1"] == 1.0
    assert data["labels"]["QUOTE"]["recall"] == 0.0
    table = report.format_table()
    for label in ("PERSON", "ORG", "COUNTRY", "NORP", "LOCATION", "QUOTE", "CLAIM", "overall"):
        assert label in table
    assert "speaker accuracy QUOTE" in table


def _gold_paths() -> list[Path]:
    return sorted(DATA.glob("*/*.jsonl"))


@pytest.mark.parametrize("path", _gold_paths(), ids=lambda p: p.stem)
def test_gold_files_keep_the_record_contract(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = Record.from_dict(json.loads(lines[0]), validate=True)
    assert all(s.source == "manual" for s in record.spans)
    entities = sorted((s for s in record.spans if s.label not in ("QUOTE", "CLAIM")),
                      key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in pairwise(entities))
    quotes = sorted((s for s in record.spans if s.label == "QUOTE"), key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in pairwise(quotes))
    for span in record.spans:
        if span.label in ("QUOTE", "CLAIM"):
            assert span.get("speaker"), span
        if span.label in ("COUNTRY", "NORP"):
            assert span.get("country"), span


@pytest.mark.parametrize("path", _gold_paths(), ids=lambda p: p.stem)
def test_gold_text_is_the_article_as_the_app_decodes_it(path: Path) -> None:
    from nato_reader.formats.textfile import read_text_file

    article = path.with_suffix(".txt")
    if not article.exists():
        article = DATA.parent.parent / "resources" / "samples" / article.name
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["text"] == read_text_file(article).text
