"""Keep Python's ``None``, ``True`` and ``False`` alive under a PySide6 build that forgets to
reference them.

PySide6 6.12 on CPython 3.11 hands ``None`` back from every void method (``setPosition``,
``mergeCharFormat`` …) and ``True`` back from every ``signal.emit()`` without taking a
reference, so each call lowers the object's count by one; after a few thousand calls Python
aborts with "none_dealloc: deallocating None" (or "bool_dealloc"). From CPython 3.12 on these
objects are immortal (PEP 683) and the bug is harmless; PySide6 6.11 does not have it. No
library offers a fix: ``guard_none()`` detects the leak with a few calls and, only then,
gives each object so many references (2**48) that no session can use them up — what 3.12 does
by design.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

_RESERVE = 1 << 48


def _leaks(obj: object, call: Callable[[], object]) -> bool:
    call()
    before = sys.getrefcount(obj)
    for _ in range(8):
        call()
    return sys.getrefcount(obj) < before


def leaking_singletons() -> list[object]:
    """The singletons that Qt calls take references from in this build."""
    from PySide6.QtCore import QByteArray, QObject

    probe = QByteArray(b"x")
    sender = QObject()
    found = []
    if _leaks(None, probe.clear):
        found.append(None)
    if _leaks(True, lambda: sender.objectNameChanged.emit("x")):
        found.extend([True, False])
    return found


def guard_none() -> list[object]:
    """Make ``None`` (and the booleans, when they leak too) safe; returns the objects that
    needed it (empty on a sound build)."""
    if sys.version_info >= (3, 12):
        return []
    found = leaking_singletons()
    for obj in found:
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += _RESERVE
    return found
