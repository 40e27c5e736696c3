"""The benchmark runner runs every benchmark and reports every figure as JSON (on a tiny
corpus: no figure of such a run is looked at)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The runner starts the window, so it needs Qt like the tests under tests/ui.
pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(os.environ.get("NATO_READER_NO_QT") == "1",
                                 reason="NATO_READER_NO_QT=1: Qt is treated as absent")]

FIGURES = (
    "analyze_mb_per_s", "analyze_ratio_vs_regex",
    "import_articles_per_s", "import_ratio_vs_sqlite3", "import_analyzed_articles_per_s",
    "export_records_per_s", "export_ratio_vs_json",
    "search_p95_ms",
    "open_article_10k_words_ms", "open_article_ratio_vs_plain",
    "tag_action_p95_ms",
    "rss_mb_100k",
)


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess,
                                                                 Path]:
    folder = tmp_path_factory.mktemp("bench")
    env = dict(os.environ, NATO_BENCH_CACHE=str(folder / "cache"), QT_QPA_PLATFORM="offscreen")
    plot = folder / "scale.png"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--tiny", "--json",
         "--plot", str(plot)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    return done, plot


def test_json_line_has_every_figure(tiny_run) -> None:
    done, _ = tiny_run
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    missing = [name for name in FIGURES if name not in figures]
    assert not missing
    assert all(isinstance(v, float | int) and math.isfinite(v) for v in figures.values())


def test_table_and_scale_curve_are_printed_and_drawn(tiny_run) -> None:
    done, plot = tiny_run
    assert "import_ratio_vs_sqlite3" in done.stdout
    assert "Scale curve" in done.stdout
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_unknown_group_is_refused() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"),
                           "--only", "nonsense"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2
    assert "nonsense" in done.stderr
