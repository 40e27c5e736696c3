"""Keep Python's ``None`` alive under a PySide6 build that forgets to reference it.

PySide6 6.12 on CPython 3.11 returns ``None`` from every void method (``setPosition``,
``mergeCharFormat`` …) without taking a reference to it, so each call lowers ``None``'s count by
one; after a few thousand calls Python aborts with "none_dealloc: deallocating None". From
CPython 3.12 on ``None`` is immortal (PEP 683) and the bug is harmless. No library offers a
fix: ``guard_none()`` detects the leak with one void call and, only then, gives ``None`` so many
references (2**48) that no session can use them up — what 3.12 does by design.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 48


def leaks_none() -> bool:
    """True when a void Qt call takes a reference from ``None``."""
    from PySide6.QtCore import QByteArray

    probe = QByteArray(b"x")
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.clear()
    return sys.getrefcount(None) < before


def guard_none() -> bool:
    """Make ``None`` safe from the leak; returns whether the guard was needed."""
    if sys.version_info >= (3, 12) or not leaks_none():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    return True
