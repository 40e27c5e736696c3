"""Sizes of a run and the databases its benchmarks share, each built once per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import databases
from benchmarks.corpus import DEFAULT_SEED
from benchmarks.figures import Results


@dataclass(frozen=True)
class Sizes:
    scale: tuple[int, ...]  # corpus sizes of the scale curve; the largest is the main corpus
    analysed: int  # articles imported with analysis (the engine is the slow part)
    analyze_articles: int  # articles run through the engine alone
    search_rounds: int  # how often each search query runs
    tag_actions: int
    open_repeats: int
    long_words: int = 10_000  # the long article opened in the reader
    app_sizes: tuple[int, ...] | None = None  # where the app is started (None: every size)
    settle_s: float = 1.0  # wait after the window is shown before its memory is read


QUICK = Sizes(scale=(200, 1_000, 5_000), analysed=200, analyze_articles=40, search_rounds=2,
              tag_actions=40, open_repeats=3)
FULL = Sizes(scale=(1_000, 10_000, 100_000), analysed=1_000, analyze_articles=200,
             search_rounds=5, tag_actions=100, open_repeats=5)
# Only for checking that every benchmark runs and reports (tests/benchmarks): no figure of
# such a run means anything.
TINY = Sizes(scale=(5, 20), analysed=5, analyze_articles=3, search_rounds=1, tag_actions=3,
             open_repeats=1, long_words=1_500, app_sizes=(20,), settle_s=0.2)


@dataclass
class Context:
    sizes: Sizes
    workdir: Path
    results: Results
    seed: int = DEFAULT_SEED
    quick: bool = False
    analysed_seconds: float = 0.0
    _built: dict[tuple[str, int], Path] = field(default_factory=dict)

    @property
    def main_size(self) -> int:
        return self.sizes.scale[-1]

    def store_db(self, size: int) -> Path:
        """The store's database of ``size`` articles imported without analysis."""
        key = ("store", size)
        if key not in self._built:
            path = self.workdir / f"store-{size}.db"
            took, cpu = databases.build_store(path, size, self.seed, analyze=False)
            self.results.add_scale(size, "import", took)
            self.results.add_scale(size, "import_cpu", cpu)
            self._built[key] = path
        return self._built[key]

    def plain_db(self, size: int) -> Path:
        """The baseline: the same articles in a bare sqlite3 database."""
        key = ("plain", size)
        if key not in self._built:
            path = self.workdir / f"plain-{size}.db"
            took, cpu = databases.build_plain(path, size, self.seed)
            self.results.add_scale(size, "import_sqlite3", took)
            self.results.add_scale(size, "import_sqlite3_cpu", cpu)
            self._built[key] = path
        return self._built[key]

    def analysed_db(self) -> tuple[Path, float]:
        """The store's database of ``sizes.analysed`` articles imported with analysis, and
        the seconds the import took."""
        size = self.sizes.analysed
        key = ("analysed", size)
        if key not in self._built:
            path = self.workdir / f"analysed-{size}.db"
            self.analysed_seconds, _ = databases.build_store(path, size, self.seed,
                                                             analyze=True)
            self._built[key] = path
        return self._built[key], self.analysed_seconds
