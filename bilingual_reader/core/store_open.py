"""Opening the store's SQLite file: WAL, migrations, and what to do when it is damaged or locked."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .store_schema import SCHEMA_VERSION, migrate, schema_version

_DAMAGED = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}
_LOCKED = {"SQLITE_BUSY", "SQLITE_LOCKED"}


class StoreStatus(str, Enum):
    """How well the store could open its file."""

    OK = "ok"
    # The file was damaged: it was moved aside and a fresh database is in use.
    RECOVERED = "recovered"
    # The file can be read but not written (locked by another program, or from a newer version).
    READ_ONLY = "read-only"
    # The file could not be used at all: a database in memory is in use, nothing is kept.
    TEMPORARY = "temporary"


class StoreError(Exception):
    """A storage problem, with a message meant for the user."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class DamagedDatabase(StoreError):
    """The file is not a database, or a damaged one."""


@dataclass
class OpenedDatabase:
    """A connection and what the user should be told about it."""

    connection: sqlite3.Connection
    status: StoreStatus
    message: str = ""
    moved_to: Path | None = None


def open_database(path: Path, timeout: float = 2.0) -> OpenedDatabase:
    """Open (or create) the database at ``path``; never raise for a damaged, locked or unwritable file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return OpenedDatabase(_open_writable(path, timeout), StoreStatus.OK)
        except DamagedDatabase:
            moved = move_aside(path)
            return OpenedDatabase(
                _open_writable(path, timeout), StoreStatus.RECOVERED,
                f"The library database was damaged. It was kept as {moved.name} and a new one was started.",
                moved,
            )
    except _NewerSchema:
        return _read_only_or_temporary(
            path, "The library database was made by a newer version of Bilingual Reader.")
    except (sqlite3.Error, OSError) as error:
        if getattr(error, "sqlite_errorname", "") in _LOCKED:
            reason = "The library database is in use by another program."
        else:
            reason = f"The library database cannot be written ({error})."
        return _read_only_or_temporary(path, reason)


class _NewerSchema(Exception):
    """The file's schema is newer than this program knows."""


def _connect(target: str, timeout: float, uri: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode, so every transaction is the store's own BEGIN/COMMIT."""
    # check_same_thread=False: the GUI's worker threads use the store too; Store serialises
    # access with a lock.
    return sqlite3.connect(target, timeout=timeout, isolation_level=None, uri=uri,
                           check_same_thread=False)


def _open_writable(path: Path, timeout: float) -> sqlite3.Connection:
    """Open the file for writing, check it and migrate it; DamagedDatabase if it is not sound."""
    connection = _connect(str(path), timeout)
    try:
        _configure(connection)
        _check(connection)
        if schema_version(connection) > SCHEMA_VERSION:
            raise _NewerSchema()
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _configure(connection: sqlite3.Connection) -> None:
    """WAL and full sync: a commit survives the process (and the machine) stopping at any moment."""
    try:
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") in _DAMAGED:
            raise DamagedDatabase(str(error)) from error
        raise
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")


def _check(connection: sqlite3.Connection) -> None:
    """Raise DamagedDatabase unless SQLite's quick check finds the file sound."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") in _DAMAGED:
            raise DamagedDatabase(str(error)) from error
        raise
    if rows != [("ok",)]:
        raise DamagedDatabase("; ".join(str(r[0]) for r in rows[:3]))


def _read_only_or_temporary(path: Path, reason: str) -> OpenedDatabase:
    """A read-only connection to ``path`` if its schema can be read, else one in memory."""
    try:
        connection = _connect(f"{path.resolve().as_uri()}?mode=ro", 0.5, uri=True)
        if schema_version(connection) >= SCHEMA_VERSION:
            connection.execute("PRAGMA query_only = ON")
            return OpenedDatabase(connection, StoreStatus.READ_ONLY,
                                  f"{reason} It is opened read-only: changes in this session are not saved.")
        connection.close()
    except sqlite3.Error:
        pass  # Unreadable too: fall through to a database in memory.
    memory = _connect(":memory:", 0.0)
    migrate(memory)
    return OpenedDatabase(memory, StoreStatus.TEMPORARY,
                          f"{reason} A temporary library is used: nothing is saved in this session.")


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its WAL files) with a timestamp; never delete it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
