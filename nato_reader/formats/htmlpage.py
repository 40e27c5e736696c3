"""Saved news pages: trafilatura finds the article's text, title and date; nothing is rendered.

The page's menus, scripts and footers are left out by trafilatura; only its plain text is kept,
so markup in the page can never reach the reader as markup. The title heads the text (as in a
plain-text article) unless the extracted text already starts with it.
"""

from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path

from nato_reader.core.record import Record, article_id
from nato_reader.formats.textfile import DecodedText, FormatError, decode_bytes, normalise_newlines

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def decode_html(data: bytes, path: str | Path) -> DecodedText:
    """Decode a saved page as text files are decoded, else in the charset the page declares.

    A Windows-1256 page is mostly Latin markup, so the Arabic-letter test that text files
    pass is not enough for it; its ``<meta charset>`` says what it is.
    """
    try:
        return decode_bytes(data, path)
    except FormatError:
        declared = _DECLARED_CHARSET.search(data[:4096])
        if declared is None:
            raise
        name = declared.group(1).decode("ascii").lower()
        try:
            encoding = codecs.lookup(name).name
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            raise FormatError(path, f"is not in the charset it declares ({name})") from None
        return DecodedText(normalise_newlines(text), encoding)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def record_from_html(decoded: DecodedText, path: str | Path) -> Record:
    """The record of one saved page; FormatError when no article text can be found in it."""
    import trafilatura  # costs a second to load; only HTML imports need it

    if not decoded.text.strip():
        raise FormatError(path, "is empty")
    # trafilatura logs every page it finds too short; the message below says it once.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(decoded.text, with_metadata=True, include_comments=False,
                                      include_tables=True)
    body = normalise_newlines(doc.text or "").strip() if doc is not None else ""
    if not body:
        raise FormatError(path, "holds no article text that could be extracted")
    title = " ".join((doc.title or "").split())
    text = body if not title or body.startswith(title) else f"{title}\n\n{body}"
    meta = {"title": title or body.split("\n", 1)[0].strip(), "source": Path(path).name,
            "date": doc.date or None}
    if doc.url:
        meta["url"] = doc.url
    if doc.sitename:
        meta["site"] = doc.sitename
    return Record(id=article_id(text), text=text, meta=meta)
