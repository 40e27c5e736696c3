"""``nato-reader import`` and ``export`` end to end, reading the database back after each run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from nato_reader.cli import cli
from nato_reader.core.record import Record
from nato_reader.store import Store, StoreError

ARTICLE = "الناتو يعزز شراكاته\nوقال ستولتنبرغ: «الأمن عالمي». وأضاف أن الحلف قوي.\n"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def stored(db: Path) -> list[dict]:
    """Everything the database holds, as records (empty when there is no database)."""
    if not db.exists():
        return []
    with Store.open(db, seed=False, create=False) as store:
        return [r.to_dict() for r in store.iter_records()]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jsonl(path: Path, objs: list[dict]) -> Path:
    return write(path, "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs))


def quoted(text: str, piece: str, label: str, sid: str, **attrs) -> dict:
    start = text.index(piece)
    return {"id": sid, "start": start, "end": start + len(piece), "label": label,
            "text": piece, **attrs, "source": "manual"}


def native_record(text: str = ARTICLE) -> dict:
    return {"id": "art-1", "text": text, "meta": {"title": "الناتو يعزز شراكاته",
                                                  "source": "wire", "date": "2024-07-11"},
            "spans": [quoted(text, "ستولتنبرغ", "PERSON", "s1", canonical="ينس ستولتنبرغ"),
                      quoted(text, "الأمن عالمي", "QUOTE", "s2", speaker="ينس ستولتنبرغ")],
            "relations": [{"head": "s2", "child": "s1", "label": "SAID_BY"}]}


@pytest.fixture()
def seeded(tmp_path: Path, tmp_db: Path) -> list[dict]:
    """A database holding one native record and one plain-text article."""
    result = run("import", "--no-analyze", "--db", tmp_db,
                 jsonl(tmp_path / "in" / "one.jsonl", [native_record()]),
                 write(tmp_path / "in" / "two.txt", "عنوان آخر\nنص آخر عن اليابان.\n"))
    assert result.exit_code == 0, result.output
    return stored(tmp_db)


# Import --------------------------------------------------------------------------------------

def test_text_file_is_imported_and_analysed(tmp_path, tmp_db):
    result = run("import", "--db", tmp_db, write(tmp_path / "a.txt", ARTICLE))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1 added, 0 already present"
    [record] = stored(tmp_db)
    assert record["text"] == ARTICLE
    assert record["meta"]["title"] == "الناتو يعزز شراكاته"
    assert record["meta"]["source"] == "a.txt"
    assert any(s["label"] == "QUOTE" and s["text"] == "الأمن عالمي" for s in record["spans"])


def test_no_analyze_stores_the_text_without_suggestions(tmp_path, tmp_db):
    assert run("import", "--no-analyze", "--db", tmp_db,
               write(tmp_path / "a.txt", ARTICLE)).exit_code == 0
    [record] = stored(tmp_db)
    assert record["spans"] == []


def test_folders_are_imported_recursively_and_never_twice(tmp_path, tmp_db):
    write(tmp_path / "news" / "a.txt", ARTICLE)
    write(tmp_path / "news" / "2024" / "b.txt", "عنوان\nخبر ثان.\n")
    write(tmp_path / "news" / "2024" / "notes.md", "not an article")
    first = run("import", "--no-analyze", "--db", tmp_db, tmp_path / "news")
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "2 added, 0 already present"
    again = run("import", "--no-analyze", "--db", tmp_db, tmp_path / "news",
                write(tmp_path / "copy.txt", ARTICLE))
    assert again.exit_code == 0, again.output
    assert again.stdout.strip() == "0 added, 3 already present"
    assert len(stored(tmp_db)) == 2


def test_a_progress_bar_shows_on_a_terminal(tmp_path, tmp_db, monkeypatch):
    monkeypatch.setattr("nato_reader.commands.importing.stderr_is_terminal", lambda: True)
    write(tmp_path / "in" / "a.txt", ARTICLE)
    write(tmp_path / "in" / "b.txt", "عنوان\nخبر ثان.\n")
    result = run("import", "--no-analyze", "--db", tmp_db, tmp_path / "in")
    assert result.exit_code == 0, result.output
    assert "Importing" in result.stderr
    assert result.stdout.strip() == "2 added, 0 already present"


def test_a_folder_with_nothing_to_import_is_reported(tmp_path, tmp_db):
    write(tmp_path / "docs" / "readme.md", "nothing here")
    result = run("import", "--db", tmp_db, tmp_path / "docs")
    assert result.exit_code == 1
    assert f"{tmp_path / 'docs'}: holds no file to import" in result.stderr


def test_a_bad_file_is_reported_and_the_others_go_in(tmp_path, tmp_db):
    write(tmp_path / "in" / "good.txt", ARTICLE)
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x01\x02binary\xff")
    result = run("import", "--no-analyze", "--db", tmp_db, tmp_path / "in")
    assert result.exit_code == 1
    assert f"{tmp_path / 'in' / 'bad.txt'}: is a binary file, not text" in result.stderr
    assert "1 added, 0 already present; 1 file not imported" in result.stdout
    assert [r["text"] for r in stored(tmp_db)] == [ARTICLE]


def bad_line_3(tmp_path: Path) -> tuple[Path, str]:
    good = [{"text": "أولاً نص صالح."}, {"text": "ثانياً نص صالح."}]
    path = jsonl(tmp_path / "broken.jsonl", good)
    with path.open("a", encoding="utf-8") as out:
        out.write('{"text": "ثالثاً", "spans": [}\n')
    return path, f"{path}:3: is not valid JSON"


def outside(tmp_path: Path) -> tuple[Path, str]:
    record = native_record()
    record["spans"][0]["end"] = 10_000
    path = jsonl(tmp_path / "outside.jsonl", [{"text": "سطر أول صالح."}, record])
    return path, f"{path}:2: span s1 offsets"


def mismatch(tmp_path: Path) -> tuple[Path, str]:
    record = native_record()
    record["spans"][1]["text"] = "الأمن إقليمي"
    path = jsonl(tmp_path / "mismatch.jsonl", [record])
    return path, f"{path}:1: span s2 text 'الأمن إقليمي' does not match"


def binary(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "photo.jpg.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(200)))
    return path, f"{path}: is a binary file, not text"


def empty(tmp_path: Path) -> tuple[Path, str]:
    return write(tmp_path / "empty.txt", ""), f"{tmp_path / 'empty.txt'}: is empty"


def huge(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 2**20)
    return path, f"{path}: is 50 MB; one article file may hold at most"


def unknown_label(tmp_path: Path) -> tuple[Path, str]:
    example = {"text": "قال ستولتنبرغ", "spans": [{"start": 4, "end": 13, "label": "PER"}],
               "answer": "accept"}
    path = jsonl(tmp_path / "prodigy.jsonl", [example])
    return path, f"{path}:1: span 1 has label 'PER'"


@pytest.mark.parametrize("make", [bad_line_3, outside, mismatch, binary, empty, huge,
                                  unknown_label])
def test_bad_input_is_refused_with_its_line_and_changes_nothing(tmp_path, tmp_db, seeded, make):
    path, message = make(tmp_path)
    result = run("import", "--db", tmp_db, path)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "0 added, 0 already present; 1 file not imported" in result.stdout
    assert stored(tmp_db) == seeded


def test_a_file_the_store_refuses_changes_nothing(tmp_path, tmp_db, seeded):
    # Same id as the stored record, another text: the store refuses the whole file.
    clash = {"id": "art-1", "text": "نص مختلف تماماً."}
    path = jsonl(tmp_path / "clash.jsonl", [{"text": "سطر جديد صالح."}, clash])
    result = run("import", "--no-analyze", "--db", tmp_db, path)
    assert result.exit_code == 1
    assert f"{path}: " in result.stderr and "art-1" in result.stderr
    assert stored(tmp_db) == seeded


def test_hostile_unicode_text_is_stored_exactly(tmp_path, tmp_db):
    text = "\u202bعاجل\u202c 🇺🇦👨‍👩‍👧\nقال\u200c ستولتنبرغ\u200f: «نعم\u200d» ـــ\u061c\r\n"
    path = tmp_path / "hostile.txt"
    path.write_bytes(text.encode("utf-8"))
    assert run("import", "--db", tmp_db, path).exit_code == 0
    [record] = stored(tmp_db)
    assert record["text"] == text.replace("\r\n", "\n")
    for span in record["spans"]:
        assert record["text"][span["start"] : span["end"]] == span["text"]


def test_windows_1256_file_is_imported_with_a_notice(tmp_path, tmp_db):
    path = tmp_path / "ansi.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    result = run("import", "--no-analyze", "--db", tmp_db, path)
    assert result.exit_code == 0, result.output
    assert f"{path}: read as Windows-1256" in result.stderr
    assert [r["text"] for r in stored(tmp_db)] == [ARTICLE]


def test_html_page_is_imported_as_plain_text(tmp_path, tmp_db):
    page = ("<html><head><title>الناتو يعزز شراكاته</title></head><body>"
            "<nav>القائمة</nav><article><p>قال الأمين العام لحلف الناتو ينس ستولتنبرغ إن "
            "الحلف سيعزز شراكاته مع اليابان وكوريا الجنوبية وأستراليا ونيوزيلندا في "
            "المحيط الهادئ لمواجهة التحديات الأمنية المشتركة.</p>"
            "<p>وأضاف: «<b>الأمن</b> عالمي» <script>alert(1)</script></p></article></body></html>")
    result = run("import", "--no-analyze", "--db", tmp_db, write(tmp_path / "p.html", page))
    assert result.exit_code == 0, result.output
    [record] = stored(tmp_db)
    assert record["meta"]["title"] == "الناتو يعزز شراكاته"
    assert "«الأمن عالمي»" in record["text"]
    assert "<" not in record["text"] and "alert" not in record["text"]


def test_prodigy_and_doccano_annotations_come_in_as_manual(tmp_path, tmp_db):
    text = "وقال ستولتنبرغ إن الحلف قوي"
    prodigy = {"text": text, "spans": [{"start": 5, "end": 14, "label": "PERSON"}],
               "answer": "accept"}
    doccano = {"text": "وصل كيشيدا إلى بروكسل",
               "entities": [{"id": 1, "label": "PERSON", "start_offset": 4,
                             "end_offset": 10}], "relations": []}
    result = run("import", "--db", tmp_db, jsonl(tmp_path / "p.jsonl", [prodigy]),
                 jsonl(tmp_path / "d.jsonl", [doccano]))
    assert result.exit_code == 0, result.output
    with Store.open(tmp_db, seed=False, create=False) as store:
        records = list(store.iter_records(only="manual"))
    assert sorted((s.text, s.source) for r in records for s in r.spans) == [
        ("ستولتنبرغ", "manual"), ("كيشيدا", "manual")]


def test_the_annotator_named_on_import_owns_the_imported_annotations(tmp_path, tmp_db):
    prodigy = {"text": "وقال ستولتنبرغ إن الحلف قوي",
               "spans": [{"start": 5, "end": 14, "label": "PERSON"}]}
    path = jsonl(tmp_path / "p.jsonl", [prodigy])
    assert run("import", "--annotator", "amal", "--db", tmp_db, path).exit_code == 0
    mine = run("export", "--annotator", "amal", "--db", tmp_db)
    [record] = [json.loads(line) for line in mine.stdout.splitlines()]
    assert [s["text"] for s in record["spans"]] == ["ستولتنبرغ"]
    assert run("export", "--annotator", "omar", "--db", tmp_db).stdout == ""


# Export --------------------------------------------------------------------------------------

def test_native_round_trip_through_an_empty_database(tmp_path, tmp_db, seeded):
    first = run("export", "--db", tmp_db, "-o", tmp_path / "first.jsonl")
    assert first.exit_code == 0, first.output
    other = tmp_path / "other.db"
    back = run("import", "--no-analyze", "--db", other, tmp_path / "first.jsonl")
    assert back.exit_code == 0, back.output
    assert back.stdout.strip() == "2 added, 0 already present"
    second = run("export", "--db", other, "-o", tmp_path / "second.jsonl")
    assert second.exit_code == 0, second.output
    lines = (tmp_path / "first.jsonl").read_text(encoding="utf-8").splitlines()
    assert (tmp_path / "second.jsonl").read_text(encoding="utf-8").splitlines() == lines
    records = [Record.from_dict(json.loads(line)) for line in lines]
    exported = next(r for r in records if r.id == "art-1")
    assert exported.to_dict() == Record.from_dict(native_record()).to_dict()


@pytest.mark.parametrize("fmt", ["prodigy", "doccano"])
def test_prodigy_and_doccano_exports_reimport_to_the_same_spans(tmp_path, tmp_db, seeded, fmt):
    out = tmp_path / f"{fmt}.jsonl"
    assert run("export", "--db", tmp_db, "--format", fmt, "-o", out).exit_code == 0
    other = tmp_path / "other.db"
    back = run("import", "--no-analyze", "--db", other, out)
    assert back.exit_code == 0, back.output

    def spans(db):
        return sorted((r["text"], s["start"], s["end"], s["label"])
                      for r in stored(db) for s in r["spans"])

    assert spans(other) == spans(tmp_db)
    def relations(db):
        return sorted((r["text"], len(r["relations"])) for r in stored(db))

    assert relations(other) == relations(tmp_db)


def test_export_writes_stdout_by_default(tmp_db, seeded):
    result = run("export", "--db", tmp_db, "--format", "quotes")
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert (line["text"], line["speaker"], line["article_id"]) == (
        "الأمن عالمي", "ينس ستولتنبرغ", "art-1")


def test_conll_export_through_the_command(tmp_db, seeded):
    result = run("export", "--db", tmp_db, "--format", "conll", "--statements")
    assert result.exit_code == 0, result.output
    assert "# id = art-1" in result.stdout
    assert "ستولتنبرغ\tB-PERSON\tO" in result.stdout
    assert "الأمن\tO\tB-QUOTE" in result.stdout


def test_export_filters(tmp_path, tmp_db, seeded):
    def ids(*args):
        result = run("export", "--db", tmp_db, *args)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    assert len(ids()) == 2
    assert [r["id"] for r in ids("--since", "2024-07-01", "--until", "2024-07-31")] == ["art-1"]
    assert ids("--since", "2025-01-01") == []
    assert ids("--status", "done") == []
    assert len(ids("--status", "new")) == 2
    labelled = next(r for r in ids("--label", "QUOTE") if r["id"] == "art-1")
    assert [s["label"] for s in labelled["spans"]] == ["QUOTE"]
    manual = next(r for r in ids("--only", "manual") if r["id"] == "art-1")
    assert len(manual["spans"]) == 2
    bad = run("export", "--db", tmp_db, "--since", "July")
    assert bad.exit_code == 2 and "'July' is not a date" in bad.stderr


def test_failed_export_leaves_the_old_file(tmp_path, tmp_db, seeded, monkeypatch):
    target = write(tmp_path / "export.jsonl", "the previous export\n")

    def failing(self, *args, **kwargs):
        yield Record.from_dict(native_record())
        raise StoreError("the database is locked")

    monkeypatch.setattr(Store, "iter_records", failing)
    result = run("export", "--db", tmp_db, "-o", target)
    assert result.exit_code == 1
    assert "the database is locked" in result.stderr
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert list(tmp_path.glob(".export.jsonl*")) == []  # no temporary file left behind


def test_export_from_a_missing_database_creates_nothing(tmp_path):
    db = tmp_path / "none.db"
    result = run("export", "--db", db)
    assert result.exit_code == 1
    assert "there is no database" in result.stderr
    assert not db.exists()


@pytest.mark.slow
def test_a_50_mb_jsonl_file_goes_in(tmp_path, tmp_db):
    path = tmp_path / "big.jsonl"
    paragraph = "قال الأمين العام لحلف الناتو إن الحلف سيعزز شراكاته في المحيط الهادئ. " * 40
    n = 0
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < 50 * 2**20:
            out.write(json.dumps({"text": f"{n} {paragraph}"}, ensure_ascii=False) + "\n")
            n += 1
    result = run("import", "--no-analyze", "--db", tmp_db, path)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{n} added, 0 already present"
    with Store.open(tmp_db, seed=False, create=False) as store:
        assert store.count_articles() == n


def test_a_refused_file_in_a_folder_of_small_files_is_named_and_the_others_go_in(
        tmp_path, tmp_db, seeded):
    # Small files are stored many to a transaction; the clash must still name its own file.
    write(tmp_path / "folder" / "a.txt", "الخبر الأول\nقال الوزير إن الأمن مهم.\n")
    clash = jsonl(tmp_path / "folder" / "b.jsonl", [{"id": "art-1", "text": "نص مختلف تماماً."}])
    write(tmp_path / "folder" / "c.txt", "الخبر الثالث\nزار الرئيس باريس أمس.\n")
    result = run("import", "--no-analyze", "--db", tmp_db, tmp_path / "folder")
    assert result.exit_code == 1
    assert f"{clash}: " in result.stderr and "art-1" in result.stderr
    assert "a.txt" not in result.stderr and "c.txt" not in result.stderr
    assert "2 added, 0 already present; 1 file not imported" in result.stdout
    assert len(stored(tmp_db)) == len(seeded) + 2


def test_a_folder_larger_than_one_batch_is_analysed_whole(tmp_path, tmp_db, monkeypatch):
    from nato_reader.commands import importing
    from nato_reader.core.analyze import analyze

    monkeypatch.setattr(importing, "BATCH_RECORDS", 3)
    texts = [f"خبر رقم {i}\nقال وزير الخارجية الفرنسي إن أوكرانيا تحتاج الدعم ({i}).\n"
             for i in range(7)]
    for i, text in enumerate(texts):
        write(tmp_path / "in" / f"{i}.txt", text)
    write(tmp_path / "in" / "again.txt", texts[0])
    result = run("import", "--db", tmp_db, tmp_path / "in")
    assert result.exit_code == 0, result.output
    assert "7 added, 1 already present" in result.stdout
    by_text = {r["text"]: r for r in stored(tmp_db)}
    assert set(by_text) == set(texts)
    for text in texts:
        assert by_text[text]["spans"] == analyze(text).to_dict()["spans"]
