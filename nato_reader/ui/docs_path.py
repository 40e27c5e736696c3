"""Where the project's documents (annotation guidelines) are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

from nato_reader.paths import resources_dir


def docs_dir() -> Path:
    """The wheel's ``nato_reader/resources/docs``, else the checkout's ``docs/`` folder."""
    shipped = resources_dir() / "docs"
    if shipped.is_dir():
        return shipped
    return resources_dir().parent / "docs"


def guidelines_path(language: str) -> Path:
    """The guidelines in ``language`` ("ar" or "en"); English when no translation exists."""
    folder = docs_dir()
    if language == "ar" and (folder / "guidelines.ar.md").is_file():
        return folder / "guidelines.ar.md"
    return folder / "guidelines.md"
