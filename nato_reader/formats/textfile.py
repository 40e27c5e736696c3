"""Reading text files as annotators get them: UTF-8 (with or without BOM) or Windows-1256.

Arabic news still travels as Windows-1256 ("ANSI" on Arabic Windows). No library detects it
reliably on short texts (charset detectors confuse it with other single-byte pages), so the rule
here is written by hand and is strict: UTF-8 first; otherwise Windows-1256 only when the decoded
text is mostly Arabic letters; anything else, and any file with NUL bytes, is refused with a
message naming the file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# Bytes that never occur in a text file; a few of them mean "binary".
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")


class FormatError(Exception):
    """Bad input: names the file, and the line where one is known."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig" or "cp1256"

    @property
    def notice(self) -> str | None:
        """What to tell the user about how the file was read, if anything unusual."""
        if self.encoding == "cp1256":
            return "read as Windows-1256 (Arabic) text, not UTF-8"
        return None


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``: the only change made to imported text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> DecodedText:
    """Decode a text file's bytes, or raise FormatError saying why it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(normalise_newlines(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError:
            raise FormatError(path, "looks like UTF-16 but does not decode") from None
    else:
        encoding, body = "utf-8", data
    sample = body[:65536]
    if _BINARY_BYTES.search(sample):
        raise FormatError(path, "is a binary file, not text")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        if encoding == "utf-8-sig":
            line = body[: err.start].count(b"\n") + 1
            raise FormatError(path, "has a UTF-8 mark but bytes that are not UTF-8", line) from None
        text = _decode_cp1256(body, path, utf8_error=err)
        encoding = "cp1256"
    return DecodedText(normalise_newlines(text), encoding)


def _decode_cp1256(body: bytes, path: str | Path, utf8_error: UnicodeDecodeError) -> str:
    line = body[: utf8_error.start].count(b"\n") + 1
    try:
        text = body.decode("cp1256")
    except UnicodeDecodeError:
        raise FormatError(path, "is neither UTF-8 nor Windows-1256 text", line) from None
    letters = _LETTER.findall(text)
    arabic = _ARABIC_LETTER.findall(text)
    if not letters or len(arabic) < 0.5 * len(letters):
        raise FormatError(
            path, "is not UTF-8, nor Arabic Windows-1256 text (first bad byte on this line)", line
        )
    return text


def open_binary(path: str | Path) -> BinaryIO:
    """Open a file for reading bytes; FormatError naming it when it cannot be opened."""
    p = Path(path)
    try:
        return p.open("rb")
    except IsADirectoryError:
        raise FormatError(p, "is a folder, not a file") from None
    except FileNotFoundError:
        raise FormatError(p, "does not exist") from None
    except OSError as err:
        raise FormatError(p, f"cannot be read ({err.strerror or err})") from None


def read_text_file(path: str | Path) -> DecodedText:
    """Read and decode one text file; FormatError for unreadable or non-text files."""
    with open_binary(path) as handle:
        try:
            data = handle.read()
        except OSError as err:
            raise FormatError(path, f"cannot be read ({err.strerror or err})") from None
    return decode_bytes(data, path)


def split_title(text: str) -> str:
    """The title of a plain-text article: its first non-empty line, stripped."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


def looks_binary(sample: bytes) -> bool:
    """True when the bytes hold control characters that never occur in a text file."""
    return _BINARY_BYTES.search(sample) is not None
