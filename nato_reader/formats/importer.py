"""From paths on disk to records ready for the store, one whole file at a time.

``prepare(path)`` reads and checks the WHOLE file before anything is stored, so a file goes in
whole or not at all: any problem raises FormatError naming the file and line. A JSONL file is
checked in one streaming pass and read again by ``ImportFile.records()`` while the store takes
it, so memory does not grow with the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nato_reader.core.record import Record, RecordError, article_id
from nato_reader.formats.doccano import record_from_doccano
from nato_reader.formats.htmlpage import (
    HTML_SUFFIXES,
    decode_html,
    looks_like_html,
    record_from_html,
)
from nato_reader.formats.jsonl import first_json_object, iter_json_lines
from nato_reader.formats.native import record_from_native
from nato_reader.formats.plaintext import record_from_text
from nato_reader.formats.prodigy import is_rejected, record_from_prodigy
from nato_reader.formats.textfile import FormatError, decode_bytes, looks_binary

IMPORT_FORMATS = ("auto", "txt", "html", "native", "prodigy", "doccano")
TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
_SUFFIXES = {"txt": TEXT_SUFFIXES, "html": HTML_SUFFIXES, "native": JSONL_SUFFIXES,
             "prodigy": JSONL_SUFFIXES, "doccano": JSONL_SUFFIXES}

# A text or HTML file is one article. Refusing larger files before reading them keeps memory
# bounded; a news page, markup and all, stays far below this.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

_CONVERTERS: dict[str, Callable[[Mapping[str, Any]], Record]] = {
    "native": record_from_native,
    "prodigy": record_from_prodigy,
    "doccano": record_from_doccano,
}


@dataclass
class ImportFile:
    """A checked file: how many records it holds and how to read them again."""

    path: Path
    format: str
    count: int
    notices: list[str] = field(default_factory=list)
    held: list[Record] | None = None  # single-article files keep their one record

    def records(self) -> Iterator[Record]:
        if self.held is not None:
            return iter(self.held)
        pairs = _jsonl_records(self.path, self.format)
        return (record for _, record in pairs if record is not None)


def find_files(paths: Iterable[str | Path], fmt: str = "auto") -> list[Path]:
    """The files to import: named files as they are, folders searched for importable files.

    Hidden files and folders (``.git``, ``.DS_Store``) and files of other kinds are skipped.
    """
    suffixes = (tuple(s for group in _SUFFIXES.values() for s in group) if fmt == "auto"
                else _SUFFIXES[fmt])
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append(path)
            continue
        for candidate in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in candidate.relative_to(path).parts)
            if not hidden and candidate.is_file() and candidate.suffix.lower() in suffixes:
                found.append(candidate)
    return found


def detect_format(path: Path) -> str:
    """txt, html, native, prodigy or doccano, from the file name and, if need be, its start."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix not in JSONL_SUFFIXES:
        head = _read_head(path)
        if not head.lstrip().startswith(b"{"):
            if looks_binary(head):
                raise FormatError(path, "is a binary file, not text")
            return "html" if looks_like_html(head.decode("utf-8", "replace")) else "txt"
    first = first_json_object(path)
    return jsonl_kind(first) if first is not None else "native"


def jsonl_kind(obj: Mapping[str, Any]) -> str:
    """Tell the three JSONL formats apart by the keys of a record."""
    if "entities" in obj or ("label" in obj and "spans" not in obj):
        return "doccano"
    if any(key in obj for key in ("_input_hash", "_task_hash", "tokens", "answer")):
        return "prodigy"
    spans = obj.get("spans") or []
    if isinstance(spans, list) and any(
        isinstance(s, dict) and not ("id" in s and "text" in s) for s in spans
    ):
        return "prodigy"
    return "native"


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(4096)
    except OSError as err:
        raise FormatError(path, f"cannot be read ({err.strerror or err})") from None


def prepare(path: str | Path, fmt: str = "auto") -> ImportFile:
    """Read and check a whole file; FormatError (with the line, where known) if anything is off."""
    p = Path(path)
    if p.is_dir():
        raise FormatError(p, "is a folder, not a file")
    if not p.exists():
        raise FormatError(p, "does not exist")
    kind = detect_format(p) if fmt == "auto" else fmt
    if kind in ("txt", "html"):
        return _prepare_article(p, kind)
    count = rejected = 0
    seen: dict[str, tuple[str, int]] = {}  # native ids: text hash and line, to catch clashes
    for line, record in _jsonl_records(p, kind, with_rejected=True):
        if record is None:
            rejected += 1
            continue
        count += 1
        if kind == "native":
            digest = article_id(record.text)
            earlier = seen.setdefault(record.id, (digest, line))
            if earlier[0] != digest:
                raise FormatError(
                    p, f"article id {record.id} was used on line {earlier[1]} for another text",
                    line,
                )
    notices = [f"left out {rejected} rejected or skipped Prodigy examples"] if rejected else []
    if not count:
        raise FormatError(p, "has no accepted examples" if rejected else "holds no records")
    return ImportFile(p, kind, count, notices)


def _prepare_article(path: Path, kind: str) -> ImportFile:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise FormatError(path, f"cannot be read ({err.strerror or err})") from None
    if size > MAX_ARTICLE_BYTES:
        raise FormatError(
            path, f"is {size / 2**20:.0f} MB; one article file may hold at most "
            f"{MAX_ARTICLE_BYTES // 2**20} MB (split it, or import it as JSONL)"
        )
    try:
        data = path.read_bytes()
    except OSError as err:
        raise FormatError(path, f"cannot be read ({err.strerror or err})") from None
    if not data.strip():
        raise FormatError(path, "is empty")
    if kind == "txt":
        decoded = decode_bytes(data, path)
        record = record_from_text(decoded, path)
    else:
        decoded = decode_html(data, path)
        record = record_from_html(decoded, path)
    notices = [decoded.notice] if decoded.notice else []
    return ImportFile(path, kind, 1, notices, held=[record])


def _jsonl_records(path: Path, kind: str, *,
                   with_rejected: bool = False) -> Iterator[tuple[int, Record | None]]:
    """(line, record) for each line; rejected Prodigy examples give None when asked for."""
    convert = _CONVERTERS.get(kind)
    if convert is None:
        raise FormatError(path, f"unknown format {kind!r}")
    for line, obj in iter_json_lines(path):
        if kind == "prodigy" and is_rejected(obj):
            if with_rejected:
                yield line, None
            continue
        try:
            yield line, convert(obj)
        except RecordError as err:
            raise FormatError(path, str(err), line) from None
