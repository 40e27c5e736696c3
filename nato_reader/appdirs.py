"""Where the app keeps its files on this machine: the platform's usual places.

Linux follows the XDG base directories (``~/.local/share/nato-reader``,
``~/.config/nato-reader``, ``~/.cache/nato-reader``, honouring ``XDG_*_HOME``), Windows uses
``%LOCALAPPDATA%`` and macOS ``~/Library``; platformdirs knows each platform's rules.
Nothing here creates a directory until a caller asks for one with ``ensure``.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "nato-reader"
DATABASE_NAME = "nato-reader.db"

# platformdirs' defaults: on Windows the local (not roaming) profile, so a large database is
# not copied at each logon, under %LOCALAPPDATA%\nato-reader\nato-reader.
_DIRS = platformdirs.PlatformDirs(APP_NAME)


def _ready(path: Path, ensure: bool) -> Path:
    if ensure:
        path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir(ensure: bool = False) -> Path:
    """Folder for the user's data: the annotation database and its backups."""
    return _ready(Path(_DIRS.user_data_dir), ensure)


def config_dir(ensure: bool = False) -> Path:
    """Folder for settings the user chose."""
    return _ready(Path(_DIRS.user_config_dir), ensure)


def cache_dir(ensure: bool = False) -> Path:
    """Folder for files the app can rebuild at any time (safe to delete)."""
    return _ready(Path(_DIRS.user_cache_dir), ensure)


def default_database(ensure_dir: bool = False) -> Path:
    """The database used when neither ``--db`` nor ``NATO_READER_DB`` names one."""
    return data_dir(ensure_dir) / DATABASE_NAME
