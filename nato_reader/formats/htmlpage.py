"""Saved news pages: trafilatura finds the article's text, title and date; nothing is rendered.

The page's menus, scripts and footers are left out by trafilatura; only its plain text is kept,
so markup in the page can never reach the reader as markup. The title heads the text (as in a
plain-text article) unless the extracted text already starts with it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from nato_reader.core.record import Record, article_id
from nato_reader.formats.textfile import DecodedText, FormatError, normalise_newlines

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


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
