"""Opening the database: private file permissions, WAL, foreign keys, migrations with a backup first.

What goes wrong on the way is put in words by store.faults: only corruption is called damage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop_app.store import schema
from workshop_app.store.database import Database, create_private
from workshop_app.store.faults import (
    DatabaseDamaged,
    DatabaseError,
    damage_message,
    explain,
    lock_wait_s,
)
from workshop_app.store.migrations import LATEST, MIGRATIONS, Step

__all__ = ["DatabaseDamaged", "DatabaseError", "check_integrity", "connect", "open_database"]

# What SQLite hands a Python function and takes back from it.
SqlValue = str | bytes | int | float | None


def _casefold(value: SqlValue) -> SqlValue:
    return value.casefold() if isinstance(value, str) else value


def connect(path: Path) -> Database:
    try:
        create_private(path)  # it holds frank notes about colleagues: its owner only
        # Autocommit at the driver: the repository opens every write with BEGIN IMMEDIATE itself.
        wait = lock_wait_s()
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=wait)
    except (OSError, sqlite3.Error) as exc:
        raise explain(exc, path, doing="opening") from exc
    try:
        # A lock held by another program is waited for a short, bounded time, then reported.
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # The library sorts text as Python does (str.casefold); SQLite's NOCASE folds ASCII only.
        conn.create_function("casefold", 1, _casefold, deterministic=True)
    except sqlite3.Error as exc:
        conn.close()
        raise explain(exc, path, doing="opening") from exc
    return Database(conn)


def _steps(script: str | list[Step]) -> list[Step]:
    if isinstance(script, str):
        return [statement for statement in script.split(";") if statement.strip()]
    return script


def migrate(db: Database, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise DatabaseError("storage.newer_schema", path=path, version=version)
    if version == LATEST:
        return
    conn = db.conn
    if version > 0:
        # Here, not at the top: only an older library's upgrade takes a backup as it opens.
        from workshop_app.store.backups import take_backup

        take_backup(conn, path, f"before-schema-{LATEST}")
    elif schema.VERSION == LATEST and not conn.execute("SELECT 1 FROM sqlite_master").fetchone():
        version = _create(conn)
    migrated = False
    for number, script in MIGRATIONS:
        if number <= version:
            continue
        # Off outside the transaction (SQLite ignores it inside): a table rebuilt must not take
        # its children with it when the old one is dropped. Every reference is checked below.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for step in _steps(script):
                    if callable(step):
                        step(conn)
                    else:
                        conn.execute(step)
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        "storage.broken_references",
                        path=path,
                        count=len(broken),
                        table=broken[0][0],
                    )
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute("PRAGMA foreign_keys = ON")
        migrated = True
    if migrated:
        compact(conn)


def _create(conn: sqlite3.Connection) -> int:
    """A new library: this version's tables in one transaction (schema.NEW_LIBRARY), without
    replaying the migrations that brought older libraries here. Returns its version."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in schema.NEW_LIBRARY:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {schema.VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return schema.VERSION


def compact(conn: sqlite3.Connection) -> None:
    """Write the file afresh after migrating. A table rebuilt held two definitions at once, which
    splits sqlite_schema over several pages; the damage check relies on the schema sitting on the
    first page (tests/store/test_listing_and_maintenance.py), and VACUUM puts it back there. It
    runs once per update of the schema; a disk too full for its copy leaves the library updated
    and whole, only larger, so a refusal is let pass."""
    try:
        conn.execute("VACUUM")
    except sqlite3.Error:
        pass


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DatabaseDamaged unless SQLite's quick_check passes. It reads every page but skips
    the index cross-checks: about 0.3 s for a library of 10,000 sessions. A disk that cannot be
    read is not damage: that raises StorageUnavailable."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as exc:
        raise explain(exc, path, doing="opening") from exc
    if problems != ["ok"]:
        raise DatabaseDamaged(damage_message(path, problems[0]))


def open_database(path: Path, *, check: bool = True) -> Database:
    """``check=False`` leaves the full integrity check to the caller (the window runs it in the
    background right after start-up); a file that is not a database still fails here."""
    db = connect(path)
    try:
        if check:
            check_integrity(db.conn, path)
        migrate(db, path)
    except DatabaseError:
        db.conn.close()
        raise
    except (sqlite3.Error, OSError) as exc:
        db.conn.close()
        raise explain(exc, path, doing="opening") from exc
    return db
