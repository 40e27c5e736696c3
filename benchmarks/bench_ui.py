"""The window, offscreen and in this process: opening a long article with all its highlights,
and tagging a word from the key press until the change is committed and repainted."""

from __future__ import annotations

import re
import sqlite3
import statistics
from pathlib import Path

from benchmarks.context import Context
from benchmarks.corpus import load, long_article
from benchmarks.figures import percentile, seconds, wall_and_cpu
from nato_reader.store import Store

TAG_LABEL = "ORG"  # needs no country picker, so a key press is the whole action
_WORD = re.compile(r"\w{4,}")


def _window(ctx: Context, db: Path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from nato_reader.ui.app import register_fonts
    from nato_reader.ui.binding_guard import guard_none
    from nato_reader.ui.main_window import MainWindow
    from nato_reader.ui.settings import Settings

    app = QApplication.instance() or QApplication(["nato-reader-bench"])
    guard_none()  # as the program does at start (PySide6 6.12 on Python 3.11)
    register_fonts()
    settings = Settings(QSettings(str(ctx.workdir / "settings.ini"), QSettings.Format.IniFormat))
    store = Store.open(db, seed=False, create=False)
    window = MainWindow(store, settings, "bench")
    window.resize(1440, 900)
    window.show()
    window.activateWindow()
    app.processEvents()
    return app, window, store


def run(ctx: Context) -> None:
    db = ctx.workdir / "ui.db"
    long = long_article(ctx.sizes.long_words, ctx.seed)
    short = load(3, ctx.seed)  # articles to switch to and to tag
    with Store.open(db, seed=False) as store:
        store.add_records([long, *short], analyze=True)
    app, window, store = _window(ctx, db)
    try:
        _open_long(ctx, app, window, long.id, short[0].id)
        _tag_actions(ctx, app, window, short[1].id)
    finally:
        window.close()
        store.close()
        app.processEvents()


def _shown(app, window) -> None:
    app.processEvents()
    window.reader.viewport().repaint()


def _open_long(ctx: Context, app, window, long_id: str, other_id: str) -> None:
    text = window.store.get_article(long_id).text
    opened: list[float] = []
    opened_cpu: list[float] = []
    plain: list[float] = []
    for _ in range(ctx.sizes.open_repeats):
        window.open_article(other_id)
        _shown(app, window)
        wall, cpu = wall_and_cpu(lambda: (window.open_article(long_id), _shown(app, window)))
        opened.append(wall)
        opened_cpu.append(cpu)
        window.open_article(other_id)
        _shown(app, window)
        plain.append(seconds(lambda: (window.reader.show_text(text, []), _shown(app, window))))
    n_spans = len(window.store.spans(long_id))
    took, base = statistics.median(opened), statistics.median(plain)
    ctx.results.add("open_article_10k_words_ms", took * 1000, "ms",
                    f"open_article of {len(text.split()):,} words with {n_spans} spans, "
                    "until painted (median)", at_most=150)
    ctx.results.add("open_article_10k_words_cpu_ms", statistics.median(opened_cpu) * 1000, "ms",
                    "the same in CPU time of the process (what an idle machine would show)",
                    at_most=150)
    ctx.results.add("open_article_ratio_vs_plain", took / base, "×",
                    "open_article / the reader showing the same text without highlights")


def _tag_actions(ctx: Context, app, window, article_id: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.open_article(article_id)
    _shown(app, window)
    taken = [(s.start, s.end) for s in window.spans]
    words = [m for m in _WORD.finditer(window.article.text)
             if not any(s < m.end() and m.start() < e for s, e in taken)]
    key = Qt.Key.Key_O
    action = window.actions_by_name[f"tag_{TAG_LABEL}"]
    by_key = True
    times: list[float] = []
    cpu_times: list[float] = []
    for match in words[: ctx.sizes.tag_actions]:
        window.reader.setFocus()
        window.reader.select(match.start(), match.end())
        before = len(window.spans)

        def press(use_key: bool = by_key) -> None:
            if use_key:
                QTest.keyClick(window.reader, key)
            else:
                action.trigger()
            _shown(app, window)

        took, cpu = wall_and_cpu(press)
        if len(window.spans) == before:
            if not by_key:
                raise RuntimeError(f"tagging {match.group()!r} stored nothing")
            by_key = False  # the shortcut did not reach the action: trigger it directly
            continue
        times.append(took)
        cpu_times.append(cpu)

    # Baseline: the least a durable change can cost — one row committed with bare sqlite3 on
    # a WAL file — followed by the same repaint.
    conn = sqlite3.connect(ctx.workdir / "tag-baseline.db")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (a INTEGER, b INTEGER, label TEXT)")
    base: list[float] = []
    for i in range(len(times)):
        def commit(i: int = i) -> None:
            with conn:
                conn.execute("INSERT INTO t VALUES (?, ?, ?)", (i, i + 4, TAG_LABEL))
            window.reader.viewport().repaint()
        base.append(seconds(commit))
    conn.close()
    p95 = percentile(times, 95)
    how = "key press" if by_key else "the action triggered (the key press did not reach it)"
    ctx.results.add("tag_action_p95_ms", p95 * 1000, "ms",
                    f"{len(times)} tags by {how}, until committed and repainted",
                    at_most=30)
    ctx.results.add("tag_action_cpu_p95_ms", percentile(cpu_times, 95) * 1000, "ms",
                    "the same in CPU time of the process (SQLite's sync not counted)",
                    at_most=30)
    ctx.results.add("tag_action_ratio_vs_sqlite_commit", p95 / percentile(base, 95), "×",
                    "p95 / p95 of a one-row sqlite3 commit plus the same repaint")
