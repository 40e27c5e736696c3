"""Opening the SQLite file: checks, connection settings, migrations, write transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from nato_reader import appdirs
from nato_reader.store import schema
from nato_reader.store.errors import StoreError

BUSY_TIMEOUT_MS = 10_000
ENV_VAR = "NATO_READER_DB"


def default_path() -> Path:
    """``$NATO_READER_DB`` when set, else the database in the user's data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return appdirs.default_database()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def connect(path: Path, *, on_create: Callable[[Database], None] | None = None) -> Database:
    """Open (creating when missing) and migrate the database.

    ``on_create`` runs in the transaction that creates the schema, so no other program ever
    sees the new database half-filled. Raises StoreError for a file that is not SQLite, a
    SQLite file that is not ours, and a database written by a newer nato_reader.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open {path}: {error}") from None
    try:
        db = Database(conn, execute_plugins=False)
        tables = set(db.table_names())
    except sqlite3.DatabaseError:
        conn.close()
        raise StoreError(f"{path} is not a nato_reader database (file is not SQLite)") from None
    try:
        _check_ours(db, path, tables)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if db.journal_mode != "wal":
            db.enable_wal()
        # FULL: a commit has reached the disk before the window shows the change, so not even
        # a power cut loses a label the user saw. It costs a few milliseconds per action,
        # well inside the time a key press may take.
        conn.execute("PRAGMA synchronous = FULL")
        if schema.pending_names(db):
            # Foreign keys are off while migrating (a migration may rebuild a table that others
            # refer to, which SQLite's documented procedure does without them) and checked
            # before the commit. Under the write lock, so two programs do not both migrate.
            conn.execute("PRAGMA foreign_keys = OFF")
            with write_lock(db):
                creating = not schema.applied_names(db)
                schema.apply(db)
                broken = db.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(f"cannot migrate {path}: {len(broken)} rows would point "
                                     "at missing rows")
                if creating and on_create is not None:
                    on_create(db)
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        conn.close()
        raise StoreError(f"cannot open {path}: {error}") from None
    except BaseException:
        conn.close()
        raise
    return db


def _check_ours(db: Database, path: Path, tables: set[str]) -> None:
    if not tables:
        return
    if schema.migrations.migrations_table not in tables or not schema.applied_names(db):
        raise StoreError(
            f"{path} is a SQLite database of another program, not a nato_reader database"
        )
    unknown = [n for n in schema.applied_names(db) if n not in schema.MIGRATION_NAMES]
    if unknown:
        raise StoreError(
            f"{path} was written by a newer nato_reader (schema version "
            f"{len(schema.applied_names(db))}; this version knows {schema.SCHEMA_VERSION}): "
            "update nato_reader to open it"
        )


@contextmanager
def write_lock(db: Database) -> Iterator[Database]:
    """One write transaction, taken at once (BEGIN IMMEDIATE).

    A deferred transaction that reads first and writes later fails at once with "database is
    locked" when another process wrote in between; taking the write lock up front makes the
    busy timeout apply instead, so the window and the command line can write one file.
    """
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise StoreError(f"the database is busy (another program is writing): {error}") from None
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
