"""The real program in a subprocess: how long its window takes to appear and how much memory
it holds on a database of each size, against an empty Qt window started the same way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from benchmarks.context import Context

CHILD = Path(__file__).resolve().parent / "window_child.py"
ROOT = CHILD.parent.parent
READY_TIMEOUT_S = 300


def _environment(config: Path) -> dict[str, str]:
    """Offscreen, with settings in a scratch folder that already names an annotator, so the
    program asks nothing and the user's own settings are never read or changed."""
    env = dict(os.environ)
    env.pop("NATO_READER_DB", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config)
    env["XDG_DATA_HOME"] = str(config / "data")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    folder = config / "nato-reader"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nato-reader.conf").write_text("[General]\nannotator=bench\n", encoding="utf-8")
    return env


def measure_window(*args: str, settle_s: float = 1.0) -> dict[str, float]:
    """Start ``window_child.py ARGS``; its JSON line plus ``rss_mb`` read once it settled."""
    with tempfile.TemporaryDirectory(prefix="nato-bench-") as config:
        child = subprocess.Popen([sys.executable, str(CHILD), *args],
                                 env=_environment(Path(config)), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        errors: list[str] = []
        drain = threading.Thread(target=lambda: errors.extend(child.stderr), daemon=True)
        drain.start()
        try:
            line = _read_line(child)
            if not line:
                raise RuntimeError(f"the window in {args} exited without reporting: "
                                   + "".join(errors[-20:]))
            info = json.loads(line)
            time.sleep(settle_s)
            info["rss_mb"] = psutil.Process(child.pid).memory_info().rss / 2**20
        finally:
            child.kill()
            child.wait()
    return info


def _read_line(child: subprocess.Popen) -> str:
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(child.stdout.readline()), daemon=True)
    reader.start()
    reader.join(READY_TIMEOUT_S)
    return box[0] if box else ""


def run(ctx: Context) -> None:
    settle = ctx.sizes.settle_s
    empty = measure_window("empty", settle_s=settle)
    ctx.results.add("empty_window_rss_mb", empty["rss_mb"], "MB", "the baseline: an empty "
                    "QMainWindow started the same way")
    for size in ctx.sizes.app_sizes or ctx.sizes.scale:
        info = measure_window("app", str(ctx.store_db(size)), settle_s=settle)
        ctx.results.add_scale(size, "app_open", info["started_s"])
        ctx.results.add_scale(size, "app_open_empty", empty["started_s"])
        ctx.results.add_scale(size, "open_article", info["open_article_s"])
        ctx.results.add_scale(size, "rss_mb", info["rss_mb"])
    n = ctx.main_size
    scale = ctx.results.scale[n]
    where = f"{n:,} articles" + (" (a smaller run: not 100,000)" if n != 100_000 else "")
    ctx.results.add("rss_mb_100k", scale["rss_mb"], "MB",
                    f"the real window offscreen on {where}, after the first paint",
                    at_most=400)
    ctx.results.add("rss_ratio_vs_empty_window", scale["rss_mb"] / empty["rss_mb"], "×",
                    "the window's RSS / an empty QMainWindow's")
    ctx.results.add("app_open_s", scale["app_open"], "s",
                    f"process start to the window painted, {where}")
    ctx.results.add("app_open_ratio_vs_empty_window", scale["app_open"] / empty["started_s"],
                    "×", "/ the same for an empty QMainWindow")
    ctx.results.add("open_article_ms", scale["open_article"] * 1000, "ms",
                    f"open_article of a corpus article in the real window, {where} (median)")
