"""The checks that used to hold up start-up: SQLite's integrity check and the daily backup.

For a library of 10,000 sessions (about 450 MB) they take half a second and several seconds, so the
window runs them in a background thread once it is on screen (ui/maintenance.py). They use a
connection of their own and only read the live database; the backup is a consistent snapshot
(SQLite's backup API under one read transaction), written beside the others atomically.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from workshop_app.store import backups
from workshop_app.store.connection import DatabaseDamaged, check_integrity


def check_and_back_up(path: Path, today: datetime | None = None) -> Path | None:
    """Raise DatabaseDamaged if the database fails its check; otherwise take the day's first
    backup if it has not been taken yet, and return it. A damaged file is never backed up: it
    would push good backups out of the rotation."""
    conn = sqlite3.connect(str(path), timeout=10.0)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        try:
            check_integrity(conn, path)
        except sqlite3.DatabaseError as exc:
            raise DatabaseDamaged(
                f"The session database {path} is damaged ({exc}). Truce can set it aside and "
                "restore the newest backup."
            ) from exc
        if not backups.needs_daily_backup(path, today):
            return None
        return backups.take_backup(conn, path, "daily")
    finally:
        conn.close()
