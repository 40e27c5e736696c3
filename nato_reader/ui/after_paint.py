"""Work that waits until the window has painted what just changed.

Qt posts a window's paint request at low priority; an event posted at a lower priority still
is delivered after it, in the same turn of the event loop. Secondary views (the status bar,
the article list's line) are brought up to date that way: the change itself reaches the
screen first, and several changes in one turn cost one refresh.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

_AFTER_PAINT = int(Qt.EventPriority.LowEventPriority.value) - 1
_EVENT = QEvent.Type(QEvent.registerEventType())


class AfterPaint(QObject):
    """Calls ``run(key)`` once for every key queued with ``add`` since the last paint,
    right after that paint."""

    def __init__(self, run: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._keys: dict[str, None] = {}  # in the order they came, each once

    def add(self, key: str) -> None:
        if not self._keys:
            QCoreApplication.postEvent(self, QEvent(_EVENT), _AFTER_PAINT)
        self._keys[key] = None

    def customEvent(self, event: QEvent) -> None:
        if event.type() != _EVENT:
            return
        keys, self._keys = list(self._keys), {}
        for key in keys:
            self._run(key)
