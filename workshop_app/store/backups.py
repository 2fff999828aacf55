"""Rolling backups through SQLite's backup API: before every migration, once a day, on request.

A backup is a complete, consistent database file beside the original (in ``backups/``), readable
by its owner only. The newest ``KEEP`` are kept.

A restore cannot lose anything: the backup is checked (a Truce database, undamaged, of a schema
this version reads), copied beside the database and synced to disk, and only then put in place
with one atomic rename. Until that rename the database is the one it was; after it, the backup.
Never while a window has the database open (``window_holds``).
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
from workshop_app.store.database import create_private
from workshop_app.store.faults import explain, is_damage, lock_wait_s

__all__ = [
    "Backup",
    "BackupError",
    "backup_dir",
    "check_backup",
    "keep_damaged",
    "list_backups",
    "restore_backup",
    "take_backup",
    "window_holds",
]

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
        sync(partial)
        os.replace(partial, destination)
        sync(destination.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def sync(path: Path) -> None:
    """Make a file's (or a folder's list of names') contents durable before going on."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        if not path.is_dir():  # some file systems cannot sync a folder; a file must sync
            raise
    finally:
        os.close(fd)


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


def take_backup(
    source: sqlite3.Connection,
    db_path: Path,
    reason: str,
    keep: int = KEEP,
    protect: Path | None = None,
) -> Path:
    """A new backup; the oldest beyond ``keep`` are removed, never ``protect`` (the backup a
    restore is about to put back)."""
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
        raise BackupError("backup.not_written", folder=destination.parent, detail=exc) from exc
    for old in list_backups(db_path)[keep:]:
        if protect is None or old.path.resolve() != protect.resolve():
            old.path.unlink(missing_ok=True)
    return destination


def needs_daily_backup(db_path: Path, today: datetime | None = None) -> bool:
    newest = next(iter(list_backups(db_path)), None)
    return newest is None or newest.taken.date() < (today or datetime.now()).date()


def set_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL files) out of the way, keeping it for inspection.
    Only for a database SQLite calls corrupt (store.faults.DatabaseDamaged)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{aside}{suffix}"))
    return aside


def keep_damaged(db_path: Path) -> Path:
    """A copy of a damaged database (and its WAL) beside it, before a restore replaces it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            shutil.copyfile(part, Path(f"{kept}{suffix}"))
            os.chmod(Path(f"{kept}{suffix}"), 0o600)
            sync(Path(f"{kept}{suffix}"))
    return kept


LOCK_SUFFIX = ".lock"  # the window's QLockFile beside the database (ui/single_instance.py)


def window_holds(db_path: Path) -> bool:
    """Whether a Truce window has this database open. The window holds a QLockFile beside it,
    which Qt locks with flock() as long as the window's process lives; a lock left by a crash is
    not held."""
    lock = db_path.with_name(db_path.name + LOCK_SUFFIX)
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        import fcntl  # Unix; elsewhere the lock file's process id tells

        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except ImportError:
        return _lock_owner_lives(lock)
    finally:
        os.close(fd)


def _lock_owner_lives(lock: Path) -> bool:
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0])
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return True


def check_backup(backup: Path) -> None:
    """Refuse, in words, a file that is not an undamaged Truce database this version can read."""
    from workshop_app.store.migrations import LATEST

    if not backup.is_file():
        raise BackupError("backup.not_a_file", path=backup)
    try:
        check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError("backup.unreadable", name=backup.name, detail=exc) from exc
    try:
        tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
        version = check.execute("PRAGMA user_version").fetchone()[0]
        if not {"sessions", "participants", "sections", "actions"} <= tables or version < 1:
            raise BackupError("backup.not_truce", name=backup.name)
        if version > LATEST:
            raise BackupError("backup.newer_schema", name=backup.name, version=version)
        if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError("backup.damaged", name=backup.name)
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise BackupError("backup.damaged", name=backup.name) from exc
        raise BackupError("backup.unreadable", name=backup.name, detail=exc) from exc
    finally:
        check.close()


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace the database with a backup. The caller has closed every connection to it (and
    has kept the database as it was: a backup, or ``keep_damaged``). At every moment the file at
    ``db_path`` is either the database as it was or the backup, complete."""
    check_backup(backup)
    staged = db_path.with_name(f".{db_path.name}.restoring")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        copy_database(source, staged)  # written, synced and renamed complete
    except (OSError, sqlite3.Error) as exc:
        raise BackupError("backup.not_copied", name=db_path.name, detail=exc) from exc
    finally:
        source.close()
    try:
        check_backup(staged)
        _fold_in_wal(db_path)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(staged, db_path)
        sync(db_path.parent)
    except OSError as exc:
        raise BackupError("backup.not_put_in_place", name=db_path.name, detail=exc) from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{staged}{suffix}").unlink(missing_ok=True)


def _fold_in_wal(db_path: Path) -> None:
    """Write the WAL's committed pages into the database file, so that removing the WAL (a WAL
    left beside the restored file would be applied to it) loses nothing if the restore stops
    before the rename. A damaged database keeps its WAL in the copy made by keep_damaged."""
    if not Path(f"{db_path}-wal").exists():
        return
    try:
        conn = sqlite3.connect(str(db_path), timeout=lock_wait_s())
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_damage(exc):
            return
        cause = explain(exc, db_path, doing="")
        raise BackupError("backup.restore_refused", cause=cause.message or str(cause)) from exc
    if busy:
        raise BackupError("backup.in_use", name=db_path.name)
