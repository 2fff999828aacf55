"""Rolling backups through SQLite's backup API: before every migration, once a day, on request.

A backup is a complete, consistent database file beside the original (in ``backups/``), readable
by its owner only. The newest ``KEEP`` are kept.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop_app.errors import TruceError
from workshop_app.paths import backup_dir

__all__ = ["Backup", "BackupError", "backup_dir", "list_backups", "restore_backup", "take_backup"]

KEEP = 10
PREFIX = "truce-"


class BackupError(TruceError):
    pass


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken:%Y-%m-%d %H:%M:%S} ({self.reason})"


def create_private(path: Path) -> None:
    """Create ``path`` (and its folder) readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def copy_database(source: sqlite3.Connection, destination: Path) -> Path:
    """A consistent copy of a live database, safe while other connections write to it. It is
    written under a temporary name and renamed when complete, so a copy cut short (the daily
    backup runs in the background) never appears as a backup."""
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)  # left by a copy that was cut short
    create_private(partial)
    try:
        target = sqlite3.connect(str(partial))
        try:
            source.backup(target)
        finally:
            target.close()
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def list_backups(db_path: Path) -> list[Backup]:
    """Newest first."""
    found = []
    folder = backup_dir(db_path)
    for path in folder.glob(f"{PREFIX}*.db") if folder.is_dir() else []:
        parts = path.stem.split("-", 3)  # truce-YYYYmmdd-HHMMSS-reason
        try:
            taken = datetime.strptime(f"{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S")
        except (IndexError, ValueError):
            continue
        found.append(Backup(path, taken, parts[3] if len(parts) > 3 else ""))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def take_backup(source: sqlite3.Connection, db_path: Path, reason: str, keep: int = KEEP) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    destination = backup_dir(db_path) / f"{PREFIX}{stamp}-{reason}.db"
    counter = 1
    while destination.exists():  # two backups within one second
        counter += 1
        destination = backup_dir(db_path) / f"{PREFIX}{stamp}-{reason}{counter}.db"
    try:
        copy_database(source, destination)
    except (OSError, sqlite3.Error) as exc:
        destination.unlink(missing_ok=True)
        raise BackupError(
            f"The backup could not be written to {destination.parent}: {exc}."
        ) from exc
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return destination


def needs_daily_backup(db_path: Path, today: datetime | None = None) -> bool:
    newest = next(iter(list_backups(db_path)), None)
    return newest is None or newest.taken.date() < (today or datetime.now()).date()


def set_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, keeping it for inspection."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{aside}{suffix}"))
    return aside


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace the database with a backup. The caller has closed every connection to it."""
    check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        ok = False
    if not ok:
        check.close()
        raise BackupError(f"{backup.name} is damaged itself and cannot be restored.")
    try:
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.unlink(missing_ok=True)
        copy_database(check, db_path)
    finally:
        check.close()
