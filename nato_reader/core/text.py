"""Normalisation for matching, with an exact map back to the original text.

Matching happens on a folded form (``Normalized.norm``): presentation forms → base letters,
harakat, tatweel and Quranic marks removed, hamza/alef variants → ا, ى → ي, ة → ه, Persian
ی ک → ي ك, Eastern digits → ASCII, zero-width and bidi controls removed, odd spaces → space,
ASCII letters lower-cased. Every folded character remembers which original characters it came
from, so a match on ``norm`` maps back to exact original code-point offsets.

No library keeps such an offset map (pyarabic's ``strip_tashkeel`` and friends return a new
string only), so the map is written here. Folding is one regex substitution over the characters
that change; only the characters that vanish or expand are then visited one by one, and the map
records just the places where the offset shifts (see ``Normalized``). Both passes are linear,
and mapping an offset back is a binary search.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import repeat

from pyarabic import araby

# Marks that belong to the letter before them: a span ending on that letter takes them along.
_MARKS = (
    araby.HARAKAT_STRING
    + araby.SHADDA
    + araby.TATWEEL
    + "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    + "".join(chr(c) for c in range(0x064B, 0x0660))  # harakat, combining hamza and madda
    + "\u0670"  # superscript alef
    + "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E5, 0x06E6))
    + "\u08d3\u08d4\u08e3\u08f0\u08f1\u08f2\u08f3"
)
# Invisible controls: removed, and never part of a span's edge.
_CONTROLS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u061c"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

_SINGLE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\u205f": " ",
    "\u2028": "\n", "\u2029": "\n",
}
for _c in range(0x2000, 0x200B):
    _SINGLE[chr(_c)] = " "
for _i in range(10):
    _SINGLE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _SINGLE[chr(0x06F0 + _i)] = str(_i)  # Persian
for _c in range(ord("A"), ord("Z") + 1):
    _SINGLE[chr(_c)] = chr(_c + 32)


def _fold_plain(s: str) -> str:
    """Fold a short string that holds no presentation forms (used to build the table)."""
    out = []
    for ch in s:
        if ch in _MARKS or ch in _CONTROLS:
            continue
        out.append(_SINGLE.get(ch, ch))
    return "".join(out)


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(ch): "" for ch in _MARKS + _CONTROLS}
    table.update({ord(k): v for k, v in _SINGLE.items()})
    # Presentation forms are safe for NFKC: they only ever mean their base letters.
    # So are fullwidth Latin letters and digits (ＮＡＴＯ).
    for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00), *range(0xFF01, 0xFF5F)]:
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        folded = _fold_plain(unicodedata.normalize("NFKC", ch))
        # The isolated harakat forms (ﹰ …) decompose to a space plus a mark: they are marks.
        table[cp] = folded if folded.strip() else ""
    return table


_TABLE = _build_table()
_DROP_MARKS = {k for k, v in _TABLE.items() if v == "" and chr(k) not in _CONTROLS}
_DROP_CTRL = {ord(c) for c in _CONTROLS}
_EXPAND = {k for k, v in _TABLE.items() if len(v) > 1}


def _class(cps: set[int]) -> str:
    """A regex character class body for ``cps``, written as ranges (matches fast)."""
    parts: list[str] = []
    run: list[int] = []
    for c in sorted(cps):
        if run and c == run[-1] + 1:
            run.append(c)
            continue
        if run:
            parts.append(_range(run[0], run[-1]))
        run = [c]
    if run:
        parts.append(_range(run[0], run[-1]))
    return "".join(parts)


def _range(a: int, b: int) -> str:
    return re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"


def _runs_of(cps: set[int]) -> str:
    """A pattern for runs of ``cps``, written ``[…][…]*`` rather than ``[…]+``: ``re``
    skips ahead to a pattern's first character class by a tight scan, but tries a full match
    at every position when the pattern opens with a repeat (several times slower)."""
    body = _class(cps)
    return f"[{body}][{body}]*"


# Every character that does not map 1:1, by kind.
_SPECIAL = re.compile(
    f"(?P<mark>[{_class(_DROP_MARKS)}]+)|(?P<ctrl>[{_class(_DROP_CTRL)}]+)|(?P<exp>[{_class(_EXPAND)}])"
)
# Runs of the characters the folding changes (the ones above among them); most Arabic letters
# pass through untouched, so translating only these is much faster than ``str.translate`` over
# the whole text.
_CHANGED = re.compile(f"({_runs_of(set(_TABLE))})")


# The letters Arabic prose folds most (ة أ إ ى آ): ``str.replace`` swaps each in one C-level
# pass, which leaves the regex below few runs to cut out. Their images are never folded again,
# so the order of the passes does not matter.
_FREQUENT = tuple((ch, _TABLE[ord(ch)]) for ch in "ةأإىآ")


def _fold_frequent(text: str) -> str:
    for ch, image in _FREQUENT:
        if ch in text:
            text = text.replace(ch, image)
    return text


def _fold(text: str) -> str:
    text = _fold_frequent(text)
    if _CHANGED.search(text) is None:
        return text
    # split() puts the changed runs at the odd places; map() translates them without a
    # Python call per run, as a substitution callback would make.
    parts = _CHANGED.split(text)
    parts[1::2] = map(str.translate, parts[1::2], repeat(_TABLE))
    return "".join(parts)


def _fold_runs(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``_fold(text)`` for a whole article, and the runs of ``text`` it changed after the
    frequent letters (which fold 1:1), found by the same single scan."""
    text = _fold_frequent(text)
    runs = [m.span() for m in _CHANGED.finditer(text)]
    if not runs:
        return text, runs
    parts: list[str] = []
    done = 0
    for a, b in runs:
        parts.append(text[done:a])
        parts.append(text[a:b].translate(_TABLE))
        done = b
    parts.append(text[done:])
    return "".join(parts), runs


@dataclass(frozen=True)
class Normalized:
    """A text and its folded matching form, with the offset map between them.

    The map is piecewise: from norm offset ``_breaks[k]`` on, original = norm + ``_deltas[k]``
    (a new piece starts after every removed run and around every expanded character), and
    ``_end_fix`` gives the original end of the norm characters that carry removed marks.
    Folding is 1:1 almost everywhere, so the map stays small and lookups are binary searches.
    """

    original: str
    norm: str
    _breaks: list[int] = field(default_factory=lambda: [0], repr=False, compare=False)
    _deltas: list[int] = field(default_factory=lambda: [0], repr=False, compare=False)
    _end_fix: dict[int, int] = field(default_factory=dict, repr=False, compare=False)
    _origins: list[int] = field(default_factory=list, repr=False, compare=False)  # lazy cache

    def same_offsets(self) -> bool:
        """Whether every norm offset is also the original offset (nothing folded away or
        expanded), so callers mapping many spans may skip ``to_original``."""
        return len(self._breaks) == 1 and not self._deltas[0]

    def _start(self, i: int) -> int:
        return i + self._deltas[bisect_right(self._breaks, i) - 1]

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        """The exact original span of the norm span ``[nstart, nend)``.

        Marks written on the last letter (harakat, shadda, tatweel) are part of the span;
        invisible controls around it are not.
        """
        n = len(self.norm)
        if 0 <= nstart < nend <= n:
            breaks, deltas = self._breaks, self._deltas
            if len(breaks) == 1 and not deltas[0]:
                return nstart, nend  # nothing folded away or expanded: offsets are the same
            # The common case, written out: an article maps a hundred spans back. A span
            # mostly lies in one piece, which spares the second binary search.
            k = bisect_right(breaks, nstart)
            start = nstart + deltas[k - 1]
            end = self._end_fix.get(nend - 1)
            if end is None:
                if k < len(breaks) and breaks[k] < nend:
                    k = bisect_right(breaks, nend - 1, k)
                end = nend + deltas[k - 1]
            return start, end
        nstart = max(0, min(nstart, n))
        nend = max(nstart, min(nend, n))
        if nstart == nend:
            pos = self._start(nstart) if nstart < n else len(self.original)
            return pos, pos
        last = nend - 1
        end = self._end_fix.get(last)
        return self._start(nstart), end if end is not None else self._start(last) + 1

    def spans_to_original(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """``to_original`` of each norm span, for a caller mapping a whole article's spans:
        the common case (a span inside the text) is worked out in this one loop."""
        breaks, deltas, end_fix = self._breaks, self._deltas, self._end_fix
        if len(breaks) == 1 and not deltas[0]:
            return [self.to_original(a, b) for a, b in spans]
        n = len(self.norm)
        pieces = len(breaks)
        out: list[tuple[int, int]] = []
        for nstart, nend in spans:
            if not 0 <= nstart < nend <= n:
                out.append(self.to_original(nstart, nend))
                continue
            k = bisect_right(breaks, nstart)
            end = end_fix.get(nend - 1)
            if end is None:
                j = bisect_right(breaks, nend - 1, k) if k < pieces and breaks[k] < nend else k
                end = nend + deltas[j - 1]
            out.append((nstart + deltas[k - 1], end))
        return out

    def _piece_origins(self) -> list[int]:
        """Original start of each piece's first character (increasing): breaks + deltas."""
        origins = self._origins
        if len(origins) != len(self._breaks):
            origins[:] = [b + d for b, d in zip(self._breaks, self._deltas, strict=True)]
        return origins

    def to_norm(self, ostart: int, oend: int) -> tuple[int, int]:
        """The norm span covering the original span ``[ostart, oend)`` (inverse of to_original).

        Each edge becomes the first norm offset whose character starts at that original
        offset or later; both are worked out here in one call, since rules map many spans."""
        breaks, deltas = self._breaks, self._deltas
        n = len(self.norm)
        # Clipped by comparisons, not min()/max(): a builtin call costs far more here.
        if oend < ostart:
            oend = ostart
        if len(breaks) == 1 and not deltas[0]:
            # Nothing folded away or expanded: the offsets are the same, kept inside the text.
            ostart = 0 if ostart < 0 else n if ostart > n else ostart
            oend = 0 if oend < 0 else n if oend > n else oend
            return ostart, oend
        origins = self._piece_origins()
        pieces = len(breaks)
        edges: list[int] = []
        k = 0
        for o in (ostart, oend):
            k = bisect_left(origins, o, k)
            bound = breaks[k] if k < pieces else n
            if k > 0:
                pos = o - deltas[k - 1]
                pos = bound if pos > bound else pos
                floor = breaks[k - 1]
                edges.append(floor if pos < floor else pos)
            else:
                pos = 0 if o < 0 else o
                edges.append(bound if pos > bound else pos)
        return edges[0], edges[1]


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the map back to its offsets."""
    norm, runs = _fold_runs(text)
    # The characters that vanish or expand are among the changed ones: looked for only in
    # their runs, the text is scanned once in all.
    specials = [m for a, b in runs for m in _SPECIAL.finditer(text, a, b)]
    if not specials:
        return Normalized(text, norm)
    breaks, deltas = [0], [0]
    end_fix: dict[int, int] = {}

    def piece(npos: int, delta: int) -> None:
        if breaks[-1] == npos:
            deltas[-1] = delta
        else:
            breaks.append(npos)
            deltas.append(delta)

    for m in specials:
        a, b = m.span()
        npos = a - deltas[-1]  # norm offset of the next character
        if m.lastgroup == "exp":
            for k in range(len(_TABLE[ord(text[a])])):
                piece(npos + k, a - (npos + k))
            piece(npos + k + 1, b - (npos + k + 1))
            continue
        if m.lastgroup == "mark" and npos > 0:
            prev = npos - 1
            delta = deltas[-1] if breaks[-1] <= prev else deltas[-2]
            prev_end = end_fix.get(prev, prev + delta + 1)
            if prev_end == a:
                end_fix[prev] = b
        piece(npos, b - npos)
    return Normalized(text, norm, breaks, deltas, end_fix)


def normalize_key(s: str) -> str:
    """The same folding as ``normalize`` without the map, whitespace runs collapsed.

    Lexicon keys and search queries go through this, so they compare equal to ``norm`` slices.
    """
    return " ".join(_fold(s).split())


def char_positions(text: str, chars: str) -> list[int]:
    """The offsets in ``text`` of every character in ``chars``, in order.

    Written by hand because one ``str.find`` scan per character costs a fraction of a regex
    scan for the same character class over a whole article.
    """
    found: list[int] = []
    for ch in chars:
        if ch in text:
            pos = text.find(ch)
            while pos >= 0:
                found.append(pos)
                pos = text.find(ch, pos + 1)
    found.sort()
    return found
