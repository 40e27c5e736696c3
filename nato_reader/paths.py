"""Where the shipped resources live, in a wheel, a source checkout or a frozen bundle.

The wheel carries ``resources/`` as ``nato_reader/resources``; a source checkout (and an
editable install) keeps it beside the package; a PyInstaller bundle puts it under
``sys._MEIPASS/nato_reader/resources``. Callers ask for a path and never care which.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "nato_reader" / "resources")
    for candidate in candidates:
        if (candidate / "gazetteers").is_dir():
            return candidate
    raise FileNotFoundError(
        "nato_reader's resources are missing (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "); reinstall the package"
    )


def resource(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. ``resource("samples", "x.txt")``."""
    return resources_dir().joinpath(*parts)
