"""Reading text files: UTF-8 with or without BOM, Windows-1256, binary refused by name."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from nato_reader.formats.textfile import FormatError, read_text_file, split_title

ARABIC = "قال الأمين العام إن حلف الناتو سيدعم أوكرانيا.\nوأضاف: «الأمن عالمي»."


def test_utf8_with_bom_and_crlf_is_read_as_the_same_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(codecs.BOM_UTF8 + ARABIC.replace("\n", "\r\n").encode("utf-8"))
    decoded = read_text_file(p)
    assert decoded.text == ARABIC
    assert decoded.notice is None


def test_windows_1256_is_recognised_with_a_notice(tmp_path: Path) -> None:
    p = tmp_path / "ansi.txt"
    p.write_bytes(ARABIC.encode("cp1256"))
    decoded = read_text_file(p)
    assert decoded.text == ARABIC
    assert decoded.encoding == "cp1256"
    assert "Windows-1256" in (decoded.notice or "")


def test_binary_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(FormatError, match="binary") as err:
        read_text_file(p)
    assert err.value.path == str(p)


def test_latin1_text_that_is_not_arabic_is_refused_with_its_line(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("first line\nCafé crème, déjà vu\n".encode("latin-1"))
    with pytest.raises(FormatError) as err:
        read_text_file(p)
    assert err.value.line == 2
    assert f"{p}:2:" in str(err.value)


def test_missing_file_and_folder_get_a_message(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="does not exist"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(FormatError, match="folder"):
        read_text_file(tmp_path)


def test_title_is_the_first_non_empty_line() -> None:
    assert split_title("\n  عنوان الخبر  \nنص") == "عنوان الخبر"
    assert split_title("") == ""
