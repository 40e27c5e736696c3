"""Run by bench_app in a subprocess: ``app DB`` starts the real program's window on ``DB``
(``nato_reader.ui.app.run``), ``empty`` an empty Qt main window, the baseline. Once the window
is painted it prints one JSON line — seconds since the process started, and for ``app`` the
median time to open an article — then keeps running until it is killed, so the parent can
read its memory with psutil."""

from __future__ import annotations

import json
import statistics
import sys
import time

import psutil
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

OPEN_ARTICLES = 5


def _report(app: QApplication) -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows:  # the program is still starting
        QTimer.singleShot(20, lambda: _report(app))
        return
    window = windows[0]
    window.grab()  # paints the whole window once
    info: dict[str, float] = {"started_s": time.time() - psutil.Process().create_time()}
    store = getattr(window, "store", None)
    if store is not None:
        n = store.count_articles()
        rows = store.list_articles(offset=n // 2, limit=OPEN_ARTICLES, order="title")
        times = []
        for row in rows:
            start = time.perf_counter()
            window.open_article(row.id)
            app.processEvents()
            window.reader.viewport().repaint()
            times.append(time.perf_counter() - start)
        info["open_article_s"] = statistics.median(times) if times else float("nan")
    print(json.dumps(info), flush=True)


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: _report(app))
    if mode == "empty":
        from nato_reader.ui.binding_guard import guard_none

        guard_none()  # as the program does at start (PySide6 6.12 on Python 3.11)
        window = QMainWindow()
        window.resize(1440, 900)
        window.show()
        return app.exec()
    from nato_reader.ui.app import run

    return run(db_path=sys.argv[2])


if __name__ == "__main__":
    sys.exit(main())
