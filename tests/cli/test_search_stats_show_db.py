"""search, stats, show and db on the command line, read back through the store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from nato_reader.cli import cli
from nato_reader.core.record import Record, Span
from nato_reader.store import Store

QUOTE = "الأمن ليس إقليميا"
TEXT = f"قال ينس ستولتنبرغ إن «{QUOTE}» في طوكيو.\nوزار إيران أمس."
HOSTILE = "🇺🇦 \u200fقال\u200c الرئيس‍ «النصـــر قريب» \u202bكلام\u202c 👩‍👩‍👧"


def _span(text: str, piece: str, label: str, sid: str, **attrs) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), label, piece, id=sid, attrs=attrs)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    with Store.open(path, seed=False) as store:
        store.add_records([
            Record(id="a1b2c3", text=TEXT, meta={"title": "قمة طوكيو", "date": "2024-01-30"},
                   spans=[_span(TEXT, "ينس ستولتنبرغ", "PERSON", "s1"),
                          _span(TEXT, QUOTE, "QUOTE", "s2", speaker="ينس ستولتنبرغ"),
                          _span(TEXT, "إيران", "COUNTRY", "s3", country="IR")]),
            Record(id="ffee01", text=HOSTILE, meta={"title": "يونيكود"}),
        ], analyze=False)
        store.accept_span(store.spans("a1b2c3")[0].pk, annotator="سارة")
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _dump(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return [row for table in ("articles", "spans", "relations", "events")
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1")]
    finally:
        conn.close()


def test_search_table_and_json(db: Path):
    result = run("search", "ايران", "--db", str(db))
    assert result.exit_code == 0
    assert "a1b2c3" in result.stdout and "قمة طوكيو" in result.stdout
    assert "ffee01" not in result.stdout
    result = run("search", "الامن", "--json", "--db", str(db))
    assert [r["id"] for r in json.loads(result.stdout)] == ["a1b2c3"]
    assert json.loads(result.stdout)[0]["n_quotes"] == 1


def test_search_takes_the_database_from_the_group_or_environment(db: Path,
                                                                 monkeypatch: pytest.MonkeyPatch):
    assert "a1b2c3" in run("--db", str(db), "search", "طوكيو").stdout
    monkeypatch.setenv("NATO_READER_DB", str(db))
    assert "a1b2c3" in run("search", "طوكيو").stdout
    other = db.parent / "other.db"
    with Store.open(other, seed=False) as store:
        store.add_records([Record(id="0ther", text="قمة في طوكيو")], analyze=False)
    # A --db typed on the command line wins over the environment, before or after the command.
    assert "0ther" in run("--db", str(other), "search", "طوكيو").stdout
    assert "0ther" in run("search", "طوكيو", "--db", str(other)).stdout
    assert "0ther" not in run("search", "طوكيو").stdout


def test_search_limit_and_no_match(db: Path):
    result = run("search", "قال", "--limit", "1", "--json", "--db", str(db))
    assert len(json.loads(result.stdout)) == 1
    result = run("search", "برشلونة", "--db", str(db))
    assert result.exit_code == 0 and "No article matches" in result.stderr


@pytest.mark.parametrize("query", ['"', "AND", "*", 'طوكيو "قمة'])
def test_a_bad_search_ends_with_a_message_and_changes_nothing(db: Path, query: str):
    before = _dump(db)
    result = run("search", query, "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: search ")
    assert "Traceback" not in result.output
    assert _dump(db) == before


def test_stats_json_and_tables(db: Path):
    data = json.loads(run("stats", "--json", "--db", str(db)).stdout)
    assert data["quotes_per_speaker"] == [["ينس ستولتنبرغ", 1]]
    assert data["mentions_per_country"] == [["IR", 1]]
    assert data["labels_per_annotator"] == {"سارة": {"PERSON": 1}}
    assert data["progress_by_status"]["in_progress"] == 1
    assert data["progress_by_status"]["new"] == 1
    text = run("stats", "--db", str(db)).stdout
    for heading in ("Progress by status", "Quotes and claims per speaker",
                    "Mentions per country", "Labels per annotator"):
        assert heading in text
    assert "سارة" in text and "IR" in text


def test_show_logical_prints_the_text_as_stored(db: Path):
    result = run("show", "a1b", "--logical", "--no-color", "--db", str(db))
    assert result.exit_code == 0
    assert TEXT in result.stdout
    assert "\x1b[" not in result.stdout
    assert "s2" in result.stdout and "QUOTE" in result.stdout and "ينس ستولتنبرغ" in result.stdout


def test_show_colours_spans(db: Path):
    result = run("show", "a1b2c3", "--logical", "--color", "--db", str(db))
    assert "\x1b[35m\x1b[4m" + QUOTE in result.stdout  # magenta, underlined: open suggestion
    assert "\x1b[34mينس ستولتنبرغ" in result.stdout  # accepted PERSON: blue, not underlined
    assert "PERSON" in result.stdout and "open suggestion" in result.stdout


def test_show_visual_shapes_and_reorders(db: Path):
    result = run("show", "a1b2c3", "--visual", "--no-color", "--db", str(db))
    assert result.exit_code == 0
    first_line = result.stdout.splitlines()[0]
    # Presentation forms (shaped letters), the title's words last-to-first.
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " for ch in first_line)
    assert first_line.split(" ")[0] == "ﻮﻴﻛﻮﻃ"  # طوكيو shaped, letters right to left


def test_show_hostile_unicode(db: Path):
    result = run("show", "ffee", "--logical", "--no-color", "--db", str(db))
    assert result.exit_code == 0 and HOSTILE in result.stdout
    assert run("show", "ffee", "--visual", "--color", "--db", str(db)).exit_code == 0


def test_show_unknown_or_ambiguous_id(db: Path, tmp_path: Path):
    result = run("show", "zz", "--db", str(db))
    assert result.exit_code == 1 and "no article id starts with 'zz'" in result.stderr
    with Store.open(db) as store:
        store.add_records([Record(id="a1ffff", text="نص")], analyze=False)
    result = run("show", "a1", "--db", str(db))
    assert result.exit_code == 1 and "more than one" in result.stderr


def test_db_check_and_path(db: Path, monkeypatch: pytest.MonkeyPatch):
    result = run("db", "check", "--db", str(db))
    assert result.exit_code == 0
    assert "schema version" in result.stdout and "articles: 2" in result.stdout
    report = json.loads(run("db", "check", "--json", "--db", str(db)).stdout)
    assert report["problems"] == [] and report["counts"]["spans"] == 3
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET n_quotes = 7")
    conn.commit()
    conn.close()
    result = run("db", "check", "--db", str(db))
    assert result.exit_code == 1 and "wrong quote" in result.stderr
    assert run("db", "path", "--db", str(db)).stdout.strip() == str(db)
    monkeypatch.setenv("NATO_READER_DB", "/somewhere/else.db")
    assert run("db", "path").stdout.strip() == "/somewhere/else.db"


def test_a_file_that_is_not_sqlite_is_a_clean_error(tmp_path: Path):
    path = tmp_path / "photo.db"
    data = bytes(range(256)) * 8
    path.write_bytes(data)
    for args in (["db", "check"], ["search", "x"], ["stats"], ["show", "a"]):
        result = run(*args, "--db", str(path))
        assert result.exit_code == 1
        assert "is not a nato_reader database (file is not SQLite)" in result.stderr
        assert "Traceback" not in result.output
    assert path.read_bytes() == data


def test_db_check_does_not_create_a_missing_database(tmp_path: Path):
    result = run("db", "check", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_show_piped_defaults_to_logical_order_without_colour(db: Path):
    result = run("show", "a1b2c3", "--db", str(db))
    assert result.exit_code == 0
    assert TEXT in result.stdout and "\x1b[" not in result.stdout
