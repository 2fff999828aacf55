"""Opening the database: private file permissions, WAL, foreign keys, migrations with a backup first."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from workshop_app.errors import TruceError
from workshop_app.store.backups import create_private, take_backup
from workshop_app.store.migrations import LATEST, MIGRATIONS


def _import_sqlite_utils():  # noqa: ANN202
    """sqlite-utils imports numpy, if present, only to map numpy column types, which Truce never
    stores; numpy costs a fifth of a second at start-up, so it is kept out during this import."""
    blocked = "numpy" not in sys.modules
    if blocked:
        sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        if blocked:
            del sys.modules["numpy"]
    return sqlite_utils


sqlite_utils = _import_sqlite_utils()


class DatabaseError(TruceError):
    pass


class DatabaseDamaged(DatabaseError):
    """The file is there but SQLite's integrity check fails: restore a backup."""


def connect(path: Path) -> sqlite_utils.Database:
    create_private(path)  # it holds frank notes about colleagues: its owner only
    try:
        # Autocommit at the driver: the repository opens every write with BEGIN IMMEDIATE itself.
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(
            f"The session database {path} cannot be read ({exc}). Truce can set it aside and "
            "restore the newest backup."
        ) from exc
    return sqlite_utils.Database(conn)


def migrate(db: sqlite_utils.Database, path: Path) -> None:
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


def open_database(path: Path) -> sqlite_utils.Database:
    db = connect(path)
    try:
        # quick_check reads every page but skips the index cross-checks: fast enough for start-up.
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            db.conn.close()
            raise DatabaseDamaged(
                f"The session database {path} is damaged ({problems[0]}). Truce can set it aside "
                "and restore the newest backup."
            )
        migrate(db, path)
    except sqlite3.DatabaseError as exc:
        db.conn.close()
        raise DatabaseDamaged(
            f"The session database {path} is damaged ({exc}). Truce can set it aside and restore "
            "the newest backup."
        ) from exc
    return db
