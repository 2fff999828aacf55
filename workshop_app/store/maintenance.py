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
from workshop_app.store.connection import check_integrity
from workshop_app.store.faults import explain, lock_wait_s


def check_and_back_up(path: Path, today: datetime | None = None) -> Path | None:
    """Raise DatabaseDamaged if the database fails its check (StorageUnavailable if the disk
    cannot be read); otherwise take the day's first
    backup if it has not been taken yet, and return it. A damaged file is never backed up: it
    would push good backups out of the rotation."""
    try:
        conn = sqlite3.connect(str(path), timeout=lock_wait_s())
    except sqlite3.Error as exc:
        raise explain(exc, path, doing="checking") from exc
    try:
        try:
            # Damage only for corruption: a disk that cannot be read says so (store.faults).
            check_integrity(conn, path)
        except sqlite3.Error as exc:
            raise explain(exc, path, doing="checking") from exc
        if not backups.needs_daily_backup(path, today):
            return None
        return backups.take_backup(conn, path, "daily")
    finally:
        conn.close()
