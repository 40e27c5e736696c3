"""A description of the machine a run came from, printed with its figures."""

from __future__ import annotations

import os
import platform
from pathlib import Path

import psutil


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def describe() -> dict[str, str]:
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside
        qt = f"Qt {QtCore.qVersion()}, PySide6 {pyside}"
    except ImportError:
        qt = "Qt not installed"
    import sqlite3

    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu_model(),
        "ram": f"{psutil.virtual_memory().total / 2**30:.1f} GiB",
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
    }
