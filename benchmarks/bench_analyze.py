"""The text engine's speed: ``analyze`` over corpus articles against a bare word regex."""

from __future__ import annotations

import re

from benchmarks.context import Context
from benchmarks.corpus import load
from benchmarks.figures import best_of, wall_and_cpu
from nato_reader.core.analyze import analyze

_WORD = re.compile(r"\w+")


def run(ctx: Context) -> None:
    texts = [r.text for r in load(ctx.sizes.analyze_articles, ctx.seed)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    analyze(texts[0])  # the lexicons load on first use; a running program has them already

    def engine() -> None:
        for text in texts:
            analyze(text)

    def regex() -> None:
        for text in texts:
            _WORD.findall(text)

    took, cpu = min(wall_and_cpu(engine) for _ in range(1 if ctx.quick else 2))
    base = best_of(regex, 5)
    note = f"{len(texts)} articles, {megabytes:.1f} MB UTF-8, one core"
    ctx.results.add("analyze_mb_per_s", megabytes / took, "MB/s", note, at_least=1)
    ctx.results.add("analyze_cpu_mb_per_s", megabytes / cpu, "MB/s",
                    "the same per second of CPU time (what an idle core would do)", at_least=1)
    ctx.results.add("analyze_ratio_vs_regex", took / base, "×",
                    "analyze time / re.findall(r'\\w+') time on the same texts")
    ctx.results.add("regex_mb_per_s", megabytes / base, "MB/s", "the baseline")
