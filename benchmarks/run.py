"""Run nato_reader's benchmarks and print their figures.

    python benchmarks/run.py [--quick] [--json] [--only GROUP] [--keep]

Every figure is measured against a baseline in the same run (bare sqlite3, json, a regex, the
reader without highlights, an empty window), so the ratios hold on a busy machine too.
``--json`` prints one JSON object, figure name → number, as the last line. Groups run in the
order below; a group that needs a database builds it (and times that import) itself.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make the ``benchmarks`` package importable
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import bench_analyze, bench_app, bench_store, bench_ui, machine, scale  # noqa: E402
from benchmarks.context import FULL, QUICK, TINY, Context  # noqa: E402
from benchmarks.corpus import CACHE  # noqa: E402
from benchmarks.figures import Results  # noqa: E402

GROUPS: dict[str, Callable[[Context], None]] = {
    "analyze": bench_analyze.run,
    "import": bench_store.run_import,
    "export": bench_store.run_export,
    "search": bench_store.run_search,
    "ui": bench_ui.run,
    "app": bench_app.run,
}


def figures_table(results: Results) -> str:
    rows = [("figure", "value", "unit", "target", "", "how")]
    for f in results.figures.values():
        value = f"{f.value:.3g}" if abs(f.value) < 1000 else f"{f.value:,.0f}"
        if not math.isfinite(f.value):
            value = "—"
        mark = "" if f.ok is None else ("ok" if f.ok else "MISSED")
        rows.append((f.name, value, f.unit, f.target, mark, f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "\n".join("  ".join([*(c.ljust(w) for c, w in zip(r[:5], widths, strict=True)),
                                r[5]]).rstrip() for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="small corpus (scale 200 / 1,000 / 5,000 articles), about a minute")
    parser.add_argument("--json", action="store_true",
                        help="print the figures as one JSON object on the last line")
    parser.add_argument("--only", choices=sorted(GROUPS), action="append",
                        help="run only this group (may be repeated)")
    parser.add_argument("--tiny", action="store_true",
                        help="a few articles: checks that everything runs, measures nothing")
    parser.add_argument("--plot", type=Path, default=scale.PLOT,
                        help="where to draw the scale curve (default benchmarks/scale.png, "
                        "also copied to docs/scale.png)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the run's databases (under benchmarks/.cache/)")
    args = parser.parse_args(argv)

    sizes = TINY if args.tiny else QUICK if args.quick else FULL
    workdir = CACHE / f"run-{os.getpid()}"
    workdir.mkdir(parents=True, exist_ok=True)
    ctx = Context(sizes=sizes, workdir=workdir, results=Results(), quick=args.quick or args.tiny)
    started = time.perf_counter()
    try:
        for name in args.only or GROUPS:
            print(f"bench: {name} …", file=sys.stderr, flush=True)
            group_start = time.perf_counter()
            GROUPS[name](ctx)
            print(f"bench: {name} took {time.perf_counter() - group_start:.1f} s",
                  file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    info = machine.describe()
    mode = "tiny" if args.tiny else "quick" if args.quick else "full"
    print(f"nato_reader benchmarks ({mode} run, {time.perf_counter() - started:.0f} s) on "
          f"{info['cpus']} × {info['cpu']}, {info['ram']} RAM, Python {info['python']}, "
          f"{info['qt']}, SQLite {info['sqlite']}")
    print()
    print(figures_table(ctx.results))
    for note in ctx.results.notes:
        print(f"  {note}")
    if ctx.results.scale:
        print()
        print("Scale curve (seconds unless stated; import without analysis):")
        print(scale.table(ctx.results))
        path = scale.plot(ctx.results, f"nato_reader: cost against corpus size ({mode} run)",
                          args.plot.resolve())
        if path is not None:
            print(f"\nplot: {path}")
    if args.json:
        print(json.dumps(ctx.results.as_json(), sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
