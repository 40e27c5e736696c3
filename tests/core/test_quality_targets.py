"""The engine's quality targets, measured against hand-made gold records.

``tests/data/gold`` holds the shipped sample articles, annotated by hand; ``tests/data/unseen``
holds articles in other styles (other quotation marks, countries, speakers, glued words,
``\\r\\n`` line endings, diacritics) that the engine was not written against. Exact spans only;
COUNTRY spans also need the right country code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nato_reader.core.record import Record
from nato_reader.evaluation import Report, evaluate

DATA = Path(__file__).resolve().parent.parent / "data"


def _score(folder: str) -> Report:
    from nato_reader.core.analyze import analyze

    golds = [Record.from_dict(json.loads(line))
             for path in sorted((DATA / folder).glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert golds, f"no gold records in {folder}"
    return evaluate((g, analyze(g.text, meta=g.meta, record_id=g.id)) for g in golds)


@pytest.fixture(scope="module")
def samples() -> Report:
    return _score("gold")


@pytest.fixture(scope="module")
def unseen() -> Report:
    return _score("unseen")


@pytest.fixture(scope="module")
def regression() -> Report:
    return _score("regression")


def _explain(report: Report, label: str) -> str:
    wrong = [e.describe() for e in report.errors if e.label == label][:15]
    return "\n" + report.format_table() + "\n" + "\n".join(wrong)


def test_samples_quotes_are_found_exactly(samples: Report) -> None:
    assert samples.f1("QUOTE") >= 0.95, _explain(samples, "QUOTE")


def test_samples_quotes_get_their_speakers(samples: Report) -> None:
    assert samples.speaker_accuracy("QUOTE") >= 0.90, _explain(samples, "QUOTE")


def test_samples_countries_are_found_with_their_codes(samples: Report) -> None:
    assert samples.f1("COUNTRY") >= 0.95, _explain(samples, "COUNTRY")


def test_unseen_quotes_are_found_exactly(unseen: Report) -> None:
    assert unseen.f1("QUOTE") >= 0.90, _explain(unseen, "QUOTE")


def test_unseen_quotes_get_their_speakers(unseen: Report) -> None:
    assert unseen.speaker_accuracy("QUOTE") >= 0.85, _explain(unseen, "QUOTE")


def test_unseen_countries_are_found_with_their_codes(unseen: Report) -> None:
    assert unseen.f1("COUNTRY") >= 0.90, _explain(unseen, "COUNTRY")


def test_regression_articles_keep_their_quotes_and_speakers(regression: Report) -> None:
    assert regression.f1("QUOTE") >= 0.90, _explain(regression, "QUOTE")
    assert regression.speaker_accuracy("QUOTE") >= 0.85, _explain(regression, "QUOTE")
    assert regression.speaker_accuracy("CLAIM") >= 0.85, _explain(regression, "CLAIM")


def test_regression_articles_keep_their_countries(regression: Report) -> None:
    assert regression.f1("COUNTRY") >= 0.90, _explain(regression, "COUNTRY")
