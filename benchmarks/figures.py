"""What a benchmark reports: named figures, each with its unit, target and a note on how it
was measured, collected in one ``Results`` for the table, the JSON line and the scale curve."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    note: str = ""
    target: str = ""  # as shown in the table, e.g. "≥ 1"
    ok: bool | None = None  # None when the figure has no target


@dataclass
class Results:
    figures: dict[str, Figure] = field(default_factory=dict)
    # scale[size][measure] = seconds
    scale: dict[int, dict[str, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: float, unit: str, note: str = "", *,
            at_least: float | None = None, at_most: float | None = None) -> Figure:
        target, ok = "", None
        if at_least is not None:
            target, ok = f"≥ {at_least:g}", value >= at_least
        elif at_most is not None:
            target, ok = f"≤ {at_most:g}", value <= at_most
        figure = Figure(name, value, unit, note, target, ok)
        self.figures[name] = figure
        return figure

    def add_scale(self, size: int, measure: str, seconds: float) -> None:
        self.scale.setdefault(size, {})[measure] = seconds

    def as_json(self) -> dict[str, float]:
        return {name: round(f.value, 4) for name, f in self.figures.items()
                if math.isfinite(f.value)}


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def wall_and_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """Seconds taken, and seconds of this process's CPU: on a machine shared with other work
    the second stays near what an idle machine would show."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by other programs on the machine."""
    return min(seconds(fn) for _ in range(repeat))


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100), linear between the nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)
