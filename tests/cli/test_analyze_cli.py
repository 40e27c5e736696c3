"""``nato-reader analyze``: one JSON record per file, whatever the encoding, errors on stderr."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from click.testing import CliRunner

from nato_reader.cli import cli
from nato_reader.core.record import Record

ARTICLE = "عنوان الخبر\nوقال الوزير إن الحدود ستفتح. وأضاف: «سنعمل معاً».\n"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, ["analyze", *args], input=stdin)


def records(output: str) -> list[Record]:
    return [Record.from_dict(json.loads(line)) for line in output.splitlines()]


def test_one_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "khabar.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    (record,) = records(result.stdout)
    assert record.text == ARTICLE
    assert record.meta == {"title": "عنوان الخبر", "source": "khabar.txt", "date": None}
    assert "وقال الوزير" in result.stdout  # Arabic left readable, not \u-escaped
    labels = {s.label for s in record.spans}
    assert {"QUOTE", "CLAIM"} <= labels


def test_several_files_one_line_each_in_order(tmp_path: Path) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"خبر رقم {i}\nنص.", encoding="utf-8")
        paths.append(str(path))
    result = run(*paths)
    assert result.exit_code == 0
    assert [r.meta["source"] for r in records(result.stdout)] == ["a0.txt", "a1.txt", "a2.txt"]


def test_windows_1256_file_is_read_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "ansi.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    result = run(str(path))
    assert result.exit_code == 0
    assert records(result.stdout)[0].text == ARTICLE
    assert "ansi.txt" in result.stderr and "Windows-1256" in result.stderr


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    result = run(str(path))
    assert result.exit_code == 0
    (record,) = records(result.stdout)
    assert record.text == ARTICLE
    assert record.meta["title"] == "عنوان الخبر"


def test_a_binary_file_is_reported_and_the_others_still_analysed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    missing = tmp_path / "missing.txt"
    result = run(str(binary), str(good), str(missing))
    assert result.exit_code == 1
    assert [r.meta["source"] for r in records(result.stdout)] == ["good.txt"]
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert "image.png" in errors[0] and "binary" in errors[0]
    assert "missing.txt" in errors[1]
    assert "Traceback" not in result.output


def test_stdin() -> None:
    result = run("-", stdin=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    (record,) = records(result.stdout)
    assert record.text == ARTICLE
    assert record.meta["source"] == "<stdin>"


def test_help_and_no_arguments() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "JSON" in result.output
    result = run()
    assert result.exit_code == 2
    assert "Traceback" not in result.output
