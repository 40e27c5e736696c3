"""Settings come back with their declared types and defaults, and older ones are upgraded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from nato_reader.ui import settings as settings_module
from nato_reader.ui.settings import OPTIONS, Settings


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_defaults_and_types_survive_a_round_trip(tmp_path: Path) -> None:
    s = Settings(ini(tmp_path))
    for name, option in OPTIONS.items():
        assert isinstance(s.get(name), option.type), name
    s.set("reader/zoom", 4)
    s.set("layers/QUOTE", False)
    s.set("annotator", "سارة")
    s.set("window/geometry", QByteArray(b"\x01\x02"))
    s.sync()
    again = Settings(ini(tmp_path))
    assert again.get("reader/zoom") == 4
    assert again.get("layers/QUOTE") is False
    assert again.get("annotator") == "سارة"
    assert bytes(again.get("window/geometry")) == b"\x01\x02"


def test_garbage_value_falls_back_to_default(tmp_path: Path) -> None:
    qs = ini(tmp_path)
    qs.setValue("reader/zoom", "big")
    assert Settings(qs).get("reader/zoom") == OPTIONS["reader/zoom"].default


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        Settings(ini(tmp_path)).get("no/such/thing")


def test_upgrade_steps_run_in_order_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    qs = ini(tmp_path)
    qs.setValue("settings_version", 1)
    qs.setValue("zoom_points", 20)
    ran = []

    def move_zoom(q: QSettings) -> None:
        ran.append(1)
        q.setValue("reader/zoom", int(q.value("zoom_points")) - 17)
        q.remove("zoom_points")

    monkeypatch.setattr(settings_module, "VERSION", 2)
    monkeypatch.setattr(settings_module, "UPGRADES", {1: move_zoom})
    s = Settings(qs)
    assert s.get("reader/zoom") == 3 and not qs.contains("zoom_points")
    assert s.get("settings_version") == 2
    Settings(qs)
    assert ran == [1]
