"""Code points ↔ Qt's UTF-16 positions, at the one place the two meet.

The store and the core count code points; QTextDocument counts UTF-16 units, so every
character beyond the Basic Multilingual Plane (an emoji, each half of a flag) before a span
shifts Qt's positions by one. Python has no such map built in: ``OffsetMap`` keeps the
code-point indices of the astral characters and converts with a binary search, so a
10,000-word article with no emoji costs one scan and nothing per lookup.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        self.text = text
        # Code-point indices of the characters that take two UTF-16 units.
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._units = [i + k + 1 for k, i in enumerate(self._astral)]  # their low-surrogate units

    def to_qt(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp``."""
        return cp + bisect_left(self._astral, cp)

    def from_qt(self, pos: int) -> int:
        """Code-point offset of UTF-16 position ``pos``; a position inside a surrogate pair
        moves back to the start of its character, so a pair is never cut."""
        before = bisect_left(self._units, pos)
        inside = before < len(self._units) and self._units[before] == pos
        return pos - before - int(inside)

    def qt_length(self) -> int:
        return len(self.text) + len(self._astral)

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_from_qt(self, start: int, end: int) -> tuple[int, int]:
        a, b = self.from_qt(start), self.from_qt(end)
        if self.to_qt(b) < end:  # an end inside a pair takes the whole character
            b += 1
        return a, b
