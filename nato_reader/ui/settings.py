"""Every setting of the window, declared once with its type and default, kept in QSettings.

``Settings.get("zoom")`` always returns the declared type (QSettings hands back strings on some
back-ends), an unknown name is an error, and ``upgrade()`` moves settings written by an older
version to the current layout, one numbered step at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from nato_reader.core.record import LABELS

ORGANIZATION = "nato-reader"
APPLICATION = "nato-reader"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    type: type
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("settings_version", int, 0, "layout version of these settings"),
        Option("annotator", str, "", "name recorded on every change"),
        Option("language", str, "", "interface language: '' follows the system, or ar / en"),
        Option("window/geometry", QByteArray, QByteArray(), "main window position and size"),
        Option("window/state", QByteArray, QByteArray(), "docks and toolbars"),
        Option("window/splitter", QByteArray, QByteArray(), "article list / work area widths"),
        Option("window/work_splitter", QByteArray, QByteArray(), "reader / panel widths"),
        Option("last_article", str, "", "article shown when the window opens"),
        Option("reader/zoom", int, 0, "font size steps above (or below) the default"),
        Option("reader/line_spacing", int, 160, "line height in percent"),
        *(
            Option(f"layers/{label}", bool, True, f"show {label} highlights")
            for label in LABELS
        ),
        Option("layers/suggestions", bool, True, "show open suggestions"),
    )
}


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    bool: _to_bool,
    int: int,
    str: str,
    QByteArray: lambda v: v if isinstance(v, QByteArray) else QByteArray(bytes(v)),
}


# settings_version n -> the step that rewrites version n's keys into version n + 1's.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qs = qsettings if qsettings is not None else QSettings(ORGANIZATION, APPLICATION)
        self.upgrade()

    def get(self, name: str) -> Any:
        opt = OPTIONS[name]
        if not self.qs.contains(name):
            return opt.default
        value = self.qs.value(name)
        try:
            return _CONVERTERS[opt.type](value)
        except (TypeError, ValueError):
            return opt.default

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        self.qs.setValue(name, _CONVERTERS[opt.type](value))

    def sync(self) -> None:
        self.qs.sync()

    def upgrade(self) -> None:
        version = self.get("settings_version")
        if not self.qs.allKeys():  # first run: nothing to upgrade
            version = VERSION
        while version < VERSION:
            step = UPGRADES.get(version)
            if step is not None:
                step(self.qs)
            version += 1
        self.set("settings_version", VERSION)
