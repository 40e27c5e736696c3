"""The app keeps its files where the platform expects them, and only creates them on demand."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from nato_reader import appdirs

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is Linux's")


@linux_only
def test_folders_follow_the_xdg_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert appdirs.data_dir() == tmp_path / "data" / "nato-reader"
    assert appdirs.config_dir() == tmp_path / "config" / "nato-reader"
    assert appdirs.cache_dir() == tmp_path / "cache" / "nato-reader"
    assert appdirs.default_database() == tmp_path / "data" / "nato-reader" / "nato-reader.db"


@linux_only
def test_folders_are_created_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert not appdirs.data_dir().exists()
    assert not appdirs.default_database().parent.exists()
    assert appdirs.default_database(ensure_dir=True).parent.is_dir()
    assert not appdirs.default_database().exists()  # the store creates the file itself
    assert appdirs.cache_dir(ensure=True).is_dir()


def test_the_three_folders_are_distinct_per_platform():
    folders = {appdirs.data_dir(), appdirs.config_dir(), appdirs.cache_dir()}
    if sys.platform.startswith("linux"):
        assert len(folders) == 3  # cache must be deletable without losing settings or data
    assert all("nato-reader" in folder.parts for folder in folders)
