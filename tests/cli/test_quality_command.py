"""``nato-reader quality``: reading gold files, scoring, printing, and refusing bad input.

The analyser is replaced by one that echoes the gold record (minus what a test removes), so
these tests check the command itself whatever the engine's quality is.
"""

from __future__ import annotations

import json
import shutil
import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner

from nato_reader.cli import cli
from nato_reader.core.record import Record

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"


@pytest.fixture()
def echo_engine(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """An analyser that returns the gold spans, except the labels put in the returned set."""
    golds = {}
    for path in GOLD.glob("*.jsonl"):
        record = Record.from_dict(json.loads(path.read_text(encoding="utf-8")))
        golds[record.text] = record
    dropped: set[str] = set()

    def analyze(text: str, *, meta: dict | None = None, record_id: str | None = None) -> Record:
        gold = golds[text]
        kept = [s for s in gold.spans if s.label not in dropped]
        ids = {s.id for s in kept}
        rels = [r for r in gold.relations if r.head in ids and r.child in ids]
        return Record(id=record_id or gold.id, text=text, meta=meta or {}, spans=kept,
                      relations=rels)

    module = types.ModuleType("nato_reader.core.analyze")
    module.analyze = analyze  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "nato_reader.core.analyze", module)
    return dropped


def run(*args: str):
    return CliRunner().invoke(cli, ["quality", *args])


def test_without_a_path_it_asks_for_one() -> None:
    result = run()
    assert result.exit_code != 0
    assert "give the gold files or folders" in result.output


def test_a_perfect_engine_scores_one(echo_engine: set[str]) -> None:
    result = run(str(GOLD))
    assert result.exit_code == 0, result.output
    assert "2 article(s)" in result.output
    overall = next(line for line in result.output.splitlines() if line.startswith("overall"))
    assert overall.split()[-2:] == ["1.000", "1.000"]
    assert "speaker accuracy QUOTE  1.000" in result.output


def test_json_output_and_listed_errors(echo_engine: set[str]) -> None:
    echo_engine.add("CLAIM")
    result = run("--json", "--show-errors", str(GOLD))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 2
    assert data["labels"]["CLAIM"]["recall"] == 0.0
    assert data["labels"]["QUOTE"]["f1"] == 1.0
    assert data["errors"] and {e["kind"] for e in data["errors"]} == {"missed"}
    assert all(e["where"].endswith(".jsonl:1") for e in data["errors"])


def test_show_errors_names_the_missed_spans(echo_engine: set[str]) -> None:
    echo_engine.add("PERSON")
    result = run("--show-errors", str(GOLD / "stoltenberg-tokyo-china.jsonl"))
    assert result.exit_code == 0
    assert "missed   PERSON" in result.output
    assert "ماو نينج" in result.output


def test_a_broken_gold_file_is_named_with_its_line(tmp_path: Path, echo_engine: set[str]) -> None:
    good = GOLD / "stoltenberg-tokyo-china.jsonl"
    shutil.copy(good, tmp_path / "a.jsonl")
    record = json.loads(good.read_text(encoding="utf-8"))
    record["spans"][0]["end"] += 1  # the span's text no longer matches the text
    bad = tmp_path / "b.jsonl"
    bad.write_text("\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert f"{bad}:2" in result.output
    assert "does not match" in result.output
    assert "Traceback" not in result.output


def test_a_file_that_is_not_json_is_refused(tmp_path: Path, echo_engine: set[str]) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("{}\nnot json\n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 1
    assert f"{path}:1" in result.output  # the first line already lacks a text


def test_a_missing_file_is_refused(tmp_path: Path, echo_engine: set[str]) -> None:
    result = run(str(tmp_path / "nowhere.jsonl"))
    assert result.exit_code == 1
    assert "does not exist" in result.output
