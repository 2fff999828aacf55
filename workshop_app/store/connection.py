"""Opening the database: private file permissions, WAL, foreign keys, migrations with a backup first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop_app.errors import TruceError
from workshop_app.store.backups import create_private, take_backup
from workshop_app.store.database import Database
from workshop_app.store.migrations import LATEST, MIGRATIONS

# What SQLite hands a Python function and takes back from it.
SqlValue = str | bytes | int | float | None


def _casefold(value: SqlValue) -> SqlValue:
    return value.casefold() if isinstance(value, str) else value


class DatabaseError(TruceError):
    pass


class DatabaseDamaged(DatabaseError):
    """The file is there but SQLite's integrity check fails: restore a backup."""


def connect(path: Path) -> Database:
    create_private(path)  # it holds frank notes about colleagues: its owner only
    try:
        # Autocommit at the driver: the repository opens every write with BEGIN IMMEDIATE itself.
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # The library sorts text as Python does (str.casefold); SQLite's NOCASE folds ASCII only.
        conn.create_function("casefold", 1, _casefold, deterministic=True)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            f"The session database {path} cannot be read ({exc}). Truce can set it aside and "
            "restore the newest backup."
        ) from exc
    return Database(conn)


def migrate(db: Database, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise DatabaseError(
            f"{path} was written by a newer version of Truce (schema {version}); "
            "update Truce to open it."
        )
    if version == LATEST:
        return
    if version > 0:
        take_backup(db.conn, path, f"before-schema-{LATEST}")
    for number, script in MIGRATIONS:
        if number <= version:
            continue
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DatabaseDamaged unless SQLite's quick_check passes. It reads every page but skips
    the index cross-checks: about 0.3 s for a library of 10,000 sessions."""
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise DatabaseDamaged(
            f"The session database {path} is damaged ({problems[0]}). Truce can set it aside "
            "and restore the newest backup."
        )


def open_database(path: Path, *, check: bool = True) -> Database:
    """``check=False`` leaves the full integrity check to the caller (the window runs it in the
    background right after start-up); a file that is not a database still fails here."""
    db = connect(path)
    try:
        if check:
            check_integrity(db.conn, path)
        migrate(db, path)
    except DatabaseDamaged:
        db.conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise DatabaseDamaged(
            f"The session database {path} is damaged ({exc}). Truce can set it aside and restore "
            "the newest backup."
        ) from exc
    return db
