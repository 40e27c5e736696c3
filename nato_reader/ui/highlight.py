"""Highlight layers: one colour per label, a look per state, and the legend that toggles them.

Colours are the Okabe–Ito palette, told apart by people with every common colour-vision
deficiency. An accepted span is filled; an open suggestion only gets a coloured underline
(dashed for quotes and claims), so "the machine thinks" and "a person said" never look alike.
Only background and underline change, never the font. Even a background change inside a
word splits Qt's shaping run (the lam-alef of لأوكرانيا falls apart), so marks that cut a word
are painted as extra selections over the laid-out text instead (see ``Painter.paint``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSizePolicy, QTextEdit, QWidget

from nato_reader.core.record import (
    CLAIM,
    COUNTRY,
    LABELS,
    LOCATION,
    NORP,
    ORG,
    PERSON,
    QUOTE,
    STATEMENT_LABELS,
)
from nato_reader.core.selection import is_word_char
from nato_reader.ui.qt_text import OffsetMap

OKABE_ITO: dict[str, str] = {
    PERSON: "#0072B2",  # blue
    ORG: "#E69F00",  # orange
    COUNTRY: "#009E73",  # bluish green
    NORP: "#CC79A7",  # reddish purple
    LOCATION: "#56B4E9",  # sky blue
    QUOTE: "#F0E442",  # yellow
    CLAIM: "#D55E00",  # vermillion
}

# The key that tags a selection with each label (also shown in the menus and the legend).
LABEL_KEYS: dict[str, str] = {
    PERSON: "P",
    ORG: "O",
    COUNTRY: "C",
    NORP: "N",
    LOCATION: "L",
    QUOTE: "Q",
    CLAIM: "M",
}

# How strongly a fill covers the page: long quotes and claims stay light enough to read.
_FILL_STRENGTH = {label: (0.45 if label in STATEMENT_LABELS else 0.55) for label in LABELS}

OPEN, ACCEPTED, REJECTED = "open", "accepted", "rejected"


class Mark(NamedTuple):
    """What the reader needs to draw one span; ``key`` identifies it (the store's pk).
    A tuple: thousands are made for every opened article."""

    start: int
    end: int
    label: str
    state: str
    key: int


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def underline_colour(label: str, base: QColor | None = None) -> QColor:
    """The label's colour for a thin line, darkened (on a light page) or lightened (on a dark
    one) until it stands out at 3:1 — a suggestion's only mark must be visible."""
    base = QColor("white") if base is None else base
    colour = QColor(OKABE_ITO[label])
    dark_page = _luminance(base) < 0.5
    for _ in range(12):
        if contrast(colour, base) >= 3.0:
            break
        colour = colour.lighter(112) if dark_page else colour.darker(112)
    return colour


def blend(colour: str, base: QColor, strength: float) -> QColor:
    """``colour`` laid over ``base`` at ``strength``: an opaque tint that reads in light and
    dark themes alike (Qt paints a translucent background over the selection badly)."""
    top = QColor(colour)
    return QColor(
        round(base.red() + (top.red() - base.red()) * strength),
        round(base.green() + (top.green() - base.green()) * strength),
        round(base.blue() + (top.blue() - base.blue()) * strength),
    )


class Painter:
    """Builds the character formats of every label and state, and applies them to a document."""

    def __init__(self, base: QColor) -> None:
        self.visible: dict[str, bool] = dict.fromkeys(LABELS, True)
        self.show_open = True
        self.formats: dict[tuple[str, str], QTextCharFormat] = {}
        self._combined: dict[tuple[tuple[str, bool], ...], QTextCharFormat] = {}
        self._non_letters_of: tuple[str, frozenset[str]] | None = None
        for label in LABELS:
            filled = QTextCharFormat()
            filled.setBackground(blend(OKABE_ITO[label], base, _FILL_STRENGTH[label]))
            self.formats[label, ACCEPTED] = filled
            underlined = QTextCharFormat()
            underlined.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DashUnderline
                if label in STATEMENT_LABELS
                else QTextCharFormat.UnderlineStyle.WaveUnderline
            )
            underlined.setUnderlineColor(underline_colour(label, base))
            self.formats[label, OPEN] = underlined

    def shown(self, mark: Mark) -> bool:
        if mark.state == REJECTED or not self.visible.get(mark.label, False):
            return False
        return mark.state != OPEN or self.show_open

    def _stacked(self, marks: Sequence[Mark]) -> QTextCharFormat:
        """The format of nested marks, outermost first; made once per combination."""
        if len(marks) == 1:
            return self.format_of(marks[0])
        key = tuple((m.label, m.state == OPEN) for m in marks)
        fmt = self._combined.get(key)
        if fmt is None:
            fmt = QTextCharFormat(self.format_of(marks[0]))
            for m in marks[1:]:
                fmt.merge(self.format_of(m))
            self._combined[key] = fmt
        return fmt

    def format_of(self, mark: Mark) -> QTextCharFormat:
        return self.formats[mark.label, OPEN if mark.state == OPEN else ACCEPTED]

    def segments(
        self, marks: Iterable[Mark], lo: int, hi: int
    ) -> list[tuple[int, int, QTextCharFormat]]:
        """Non-overlapping (start, end, format) pieces of ``lo..hi`` in code points.

        Where spans nest (a PERSON inside a QUOTE) the inner one shows its colour and the outer
        one keeps its underline or fill around it.
        """
        return self._pieces([m for m in marks if m.end > lo and m.start < hi and self.shown(m)],
                            lo, hi)

    def _pieces(
        self, shown: Sequence[Mark], lo: int, hi: int
    ) -> list[tuple[int, int, QTextCharFormat]]:
        """``segments`` of marks already known to be shown and to touch ``lo..hi``.

        Most marks overlap no other: each is one piece as it is, and only groups of marks
        that overlap are cut up by ``_nested``."""
        ordered = sorted(shown, key=lambda m: (m.start, -m.end))
        pieces: list[tuple[int, int, QTextCharFormat]] = []
        i, n = 0, len(ordered)
        while i < n:
            first = ordered[i]
            reach, j = first.end, i + 1
            while j < n and ordered[j].start < reach:
                reach = max(reach, ordered[j].end)
                j += 1
            if j == i + 1:
                a, b = max(lo, first.start), min(hi, first.end)
                if a < b:
                    pieces.append((a, b, self.format_of(first)))
            else:
                pieces.extend(self._nested(ordered[i:j], lo, hi))
            i = j
        return pieces

    def _nested(
        self, shown: Sequence[Mark], lo: int, hi: int
    ) -> list[tuple[int, int, QTextCharFormat]]:
        """The pieces of marks that overlap one another: innermost colour on top."""
        starts: dict[int, list[Mark]] = {}
        for m in shown:
            starts.setdefault(max(lo, m.start), []).append(m)
        cuts = sorted({lo, hi, *starts, *(min(hi, m.end) for m in shown)})
        active: list[Mark] = []
        pieces: list[tuple[int, int, QTextCharFormat]] = []
        for a, b in pairwise(cuts):
            active = [m for m in active if m.end > a]
            if a in starts:
                active.extend(starts[a])
                # Outer (longer) spans first, so inner spans override them.
                active.sort(key=lambda m: m.start - m.end)
            if active:
                pieces.append((a, b, self._stacked(active)))
        return pieces

    def paint(
        self,
        doc: QTextDocument,
        omap: OffsetMap,
        marks: Sequence[Mark],
        lo: int = 0,
        hi: int | None = None,
        *,
        fresh: bool = False,
    ) -> dict[int, QTextEdit.ExtraSelection]:
        """Reset ``lo..hi`` (code points) to plain text and draw the marks over it, as one edit
        so the document lays out only the blocks that changed. ``fresh``: the document has no
        formats yet, so there is nothing to reset.

        Returns the shown marks within ``lo..hi`` that begin or end inside a word (أوكرانيا in
        لأوكرانيا) as extra selections by mark key: a format boundary inside a word splits
        Qt's shaping run and breaks the lam-alef ligature of لأ, while an extra selection is
        only painted over the laid-out line, so the word keeps its shape.
        """
        hi = len(omap.text) if hi is None else hi
        text = omap.text
        others = self._non_letters(text)
        n = len(text)
        in_text: list[Mark] = []
        cutting: list[Mark] = []
        for m in marks:
            if m.end <= lo or m.start >= hi or not self.shown(m):
                continue
            a, b = m.start, m.end
            # A boundary between two word characters cuts the word.
            cuts = ((0 < a < n and text[a - 1] not in others and text[a] not in others)
                    or (0 < b < n and text[b - 1] not in others and text[b] not in others))
            (cutting if cuts else in_text).append(m)
        cursor = QTextCursor(doc)
        # Inside an edit block a cursor does not lay out its block to learn its x position,
        # so the overlays' cursors cost nothing even in a shown document.
        cursor.beginEditBlock()
        if not fresh:
            cursor.setPosition(omap.to_qt(lo))
            cursor.setPosition(omap.to_qt(hi), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(QTextCharFormat())
        for a, b, fmt in self._pieces(in_text, lo, hi):
            cursor.setPosition(omap.to_qt(a))
            cursor.setPosition(omap.to_qt(b), QTextCursor.MoveMode.KeepAnchor)
            # The pieces never overlap and the text has no formats of its own: set, not merge.
            cursor.setCharFormat(fmt)
        overlays = {}
        for m in cutting:
            selection = QTextEdit.ExtraSelection()
            over = QTextCursor(doc)
            over.setPosition(omap.to_qt(m.start))
            over.setPosition(omap.to_qt(m.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = over
            selection.format = self.format_of(m)
            overlays[m.key] = selection
        cursor.endEditBlock()
        return overlays

    def _non_letters(self, text: str) -> frozenset[str]:
        """The characters of ``text`` that are no part of a word, worked out once per text:
        a regex pass collects the characters outside ``\\w`` and ``is_word_char`` judges only
        those few distinct ones (harakat and tatweel are word characters outside ``\\w``)."""
        if self._non_letters_of is not None and self._non_letters_of[0] is text:
            return self._non_letters_of[1]
        found = frozenset(c for c in set(_MAYBE_NOT_LETTER.findall(text)) if not is_word_char(c))
        self._non_letters_of = (text, found)
        return found


# Every character is_word_char rejects is neither alphanumeric nor "_" is, so it matches here.
_MAYBE_NOT_LETTER = re.compile(r"[\W_]")


class Legend(QWidget):
    """A row of check boxes, one per label in its colour with its key, plus "suggestions"."""

    toggled = Signal(str, bool)  # label (or "suggestions"), shown

    def __init__(self, names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(3)
        small = self.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.setFont(small)
        self.boxes: dict[str, QCheckBox] = {}
        base = self.palette().color(QPalette.ColorRole.Base)
        for label in LABELS:
            # A chip in the label's fill with its line colour beneath: how the text shows it.
            box = QCheckBox()
            fill = blend(OKABE_ITO[label], base, _FILL_STRENGTH[label]).name()
            box.setStyleSheet(
                f"QCheckBox {{ background: {fill}; color: black;"
                f" border-bottom: 3px solid {underline_colour(label, base).name()};"
                " border-radius: 3px; padding: 1px 4px 0px 2px; }"
            )
            box.setChecked(True)
            box.toggled.connect(lambda on, lab=label: self.toggled.emit(lab, on))
            layout.addWidget(box)
            self.boxes[label] = box
        suggestions = QCheckBox()
        suggestions.setChecked(True)
        suggestions.toggled.connect(lambda on: self.toggled.emit("suggestions", on))
        self.boxes["suggestions"] = suggestions
        layout.addSpacing(8)
        layout.addWidget(suggestions)
        layout.addStretch(1)
        # The legend may be cut at the end in a narrow window rather than widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_names(names)

    def set_names(self, names: dict[str, str]) -> None:
        """Name every box in the interface language: a label's name with its key, the
        name alone in its tooltip (in case the row is cut)."""
        for label in LABELS:
            self.boxes[label].setText(f"{names[label]} {LABEL_KEYS[label]}")
            self.boxes[label].setToolTip(names[label])
        self.boxes["suggestions"].setText(names["suggestions"])

    def set_checked(self, name: str, on: bool) -> None:
        self.boxes[name].blockSignals(True)
        self.boxes[name].setChecked(on)
        self.boxes[name].blockSignals(False)


def hover_card(label_name: str, text: str, attrs: dict, state: str, names: dict[str, str]) -> str:
    """Rich text for the tooltip over a span: what it is and what the store knows of it."""
    rows = [f"<b>{label_name}</b> — {_escape(text)}"]
    for key in ("canonical", "country", "speaker", "checkworthy", "note"):
        value = attrs.get(key)
        if value:
            rows.append(f"{names.get(key, key)}: {_escape(str(value))}")
    rows.append(f"<i>{names.get(state, state)}</i>")
    return "<div dir='rtl'>" + "<br>".join(rows) + "</div>"


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

