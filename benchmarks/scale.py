"""The scale curve: each measure at every corpus size, as a table and a log–log plot, so a cost
that grows faster than the corpus shows at a glance."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

from benchmarks.figures import Results

HERE = Path(__file__).resolve().parent
PLOT = HERE / "scale.png"
DOCS_PLOT = HERE.parent / "docs" / "scale.png"

# measure -> (column title, multiplier to the unit shown)
COLUMNS = {
    "import": ("import s", 1),
    "import_sqlite3": ("sqlite3 import s", 1),
    "export": ("export s", 1),
    "export_json": ("json dump s", 1),
    "search_p95": ("search p95 ms", 1000),
    "search_p95_fts5": ("FTS5 p95 ms", 1000),
    "search_p95_fts5_unranked": ("unranked p95 ms", 1000),
    "app_open": ("app open s", 1),
    "open_article": ("open article ms", 1000),
    "rss_mb": ("RSS MB", 1),
}
PLOTTED = {  # measure -> legend
    "import": "import (store, no analysis)",
    "import_sqlite3": "import (bare sqlite3)",
    "export": "export (native JSONL)",
    "export_json": "export (bare json.dumps)",
    "search_p95": "search p95",
    "app_open": "opening the app",
    "open_article": "opening an article",
}


def table(results: Results) -> str:
    sizes = sorted(results.scale)
    measures = [m for m in COLUMNS if any(m in results.scale[s] for s in sizes)]
    headers = ["articles", *(COLUMNS[m][0] for m in measures)]
    rows = [[f"{s:,}", *(_cell(results.scale[s].get(m), COLUMNS[m][1]) for m in measures)]
            for s in sizes]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def _cell(value: float | None, factor: float) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    shown = value * factor
    return f"{shown:.3g}" if shown < 100 else f"{shown:,.0f}"


def plot(results: Results, title: str, path: Path = PLOT) -> Path | None:
    """Draw the curve to ``path``; the default ``benchmarks/scale.png`` is also copied to
    ``docs/``. None when the run measured fewer than two sizes."""
    sizes = sorted(results.scale)
    if len(sizes) < 2:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5.5), dpi=110)
    for measure, legend in PLOTTED.items():
        points = [(s, results.scale[s][measure]) for s in sizes
                  if math.isfinite(results.scale[s].get(measure, math.nan))]
        if len(points) >= 2:
            dashed = measure in ("import_sqlite3", "export_json")
            ax.plot(*zip(*points, strict=True), marker="o", label=legend,
                    linestyle="--" if dashed else "-")
    # A line of slope one through the first import point: linear growth runs parallel to it.
    first = results.scale[sizes[0]].get("import")
    if first:
        ax.plot([sizes[0], sizes[-1]], [first, first * sizes[-1] / sizes[0]], color="grey",
                linestyle=":", label="linear in the corpus size")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(sizes, [f"{s:,}" for s in sizes])
    ax.minorticks_off()
    ax.set_xlabel("articles in the database")
    ax.set_ylabel("seconds (search: p95 of one query)")
    ax.set_title(title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    if path == PLOT and DOCS_PLOT.parent.is_dir():
        shutil.copyfile(PLOT, DOCS_PLOT)
    return path
