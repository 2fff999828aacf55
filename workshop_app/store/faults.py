"""What went wrong with the database file, in words: damage, or a disk that cannot take a write.

Only real corruption counts as damage (SQLITE_CORRUPT, SQLITE_NOTADB): that is the one case where
Truce offers to set the file aside and restore a backup. A full disk, a read-only file or folder,
a lock another program holds, or a disk that has gone away leave a healthy database behind; they
get their own message and never move a file.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from workshop_app.errors import TruceError
from workshop_app.messages import Message

# How long a write waits for another program's lock before Truce says so: two seconds, unless
# TRUCE_LOCK_WAIT gives a number of seconds (the test suite waits a fifth of a second).
BUSY_TIMEOUT_S = 2.0
LOCK_WAIT_VARIABLE = "TRUCE_LOCK_WAIT"
LONGEST_LOCK_WAIT_S = 600.0


def lock_wait_s() -> float:
    """The wait for another program's lock, in seconds: TRUCE_LOCK_WAIT if it is a number from 0
    to ten minutes, otherwise BUSY_TIMEOUT_S. Read at every connection, so a change applies to
    the next database opened."""
    try:
        seconds = float(os.environ.get(LOCK_WAIT_VARIABLE, ""))
    except ValueError:
        return BUSY_TIMEOUT_S
    return seconds if 0 <= seconds <= LONGEST_LOCK_WAIT_S else BUSY_TIMEOUT_S


DAMAGE_WORDS = ("file is not a database", "database disk image is malformed")


class DatabaseError(TruceError):
    pass


class DatabaseDamaged(DatabaseError):
    """The file is there but it is not a readable SQLite database any more: restore a backup."""


class StorageUnavailable(DatabaseError):
    """The database is fine, but the disk cannot take (or give) what was asked of it just now.
    ``reason`` is "full", "read-only", "locked", "unreachable", "disk" or "replaced"."""

    def __init__(self, message: Message | str, reason: str):
        super().__init__(message)
        self.reason = reason


def damage_message(path: Path | str | None, detail: object) -> Message:
    if path:
        return Message("storage.damaged", path=path, detail=detail)
    return Message("storage.damaged_unnamed", detail=detail)


def is_damage(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    return isinstance(exc, sqlite3.DatabaseError) and any(
        word in str(exc).lower() for word in DAMAGE_WORDS
    )


def _reason(exc: BaseException) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary == sqlite3.SQLITE_FULL:
            return "full"
        if primary == sqlite3.SQLITE_READONLY:
            return "read-only"
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return "locked"
        if primary == sqlite3.SQLITE_CANTOPEN:
            return "unreachable"
        if primary == sqlite3.SQLITE_IOERR:
            return "disk"
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "full"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read-only"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO, errno.ESTALE):
            return "unreachable"
        return "disk"
    text = str(exc).lower()
    for words, reason in (
        ("disk is full", "full"),
        ("readonly", "read-only"),
        ("read-only", "read-only"),
        ("locked", "locked"),
        ("unable to open", "unreachable"),
        ("disk i/o error", "disk"),
    ):
        if words in text:
            return reason
    return None


# Each reason's cause, in words (resources/content/<lang>/messages.json, ui/messages.py).
CAUSES = {
    "full": "storage.cause.full",
    "read-only": "storage.cause.read_only",
    "locked": "storage.cause.locked",
    "unreachable": "storage.cause.unreachable",
    "disk": "storage.cause.disk",
    "replaced": "storage.cause.replaced",
}


def _read_only(path: Path) -> bool:
    try:
        return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    except OSError:
        return False


def _full(path: Path) -> bool:
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except OSError:
        return False


# What the cause meant for what Truce was doing.
ENDINGS = {
    "saving": "storage.ending.saving",
    "opening": "storage.ending.opening",
    "checking": "storage.ending.checking",
}


def unavailable_message(
    reason: str, path: Path | str | Message, *, doing: str = "saving"
) -> Message:
    """The cause in words, then what it meant for what Truce was ``doing`` (a key of ENDINGS,
    or "" for the cause alone)."""
    cause = Message(CAUSES.get(reason, CAUSES["disk"]), path=path, seconds=f"{lock_wait_s():g}")
    if not doing:
        return cause
    return Message("storage.unavailable", cause=cause, ending=Message(ENDINGS[doing]))


def explain(exc: BaseException, path: Path | str | None, *, doing: str = "saving") -> DatabaseError:
    """The error to show for ``exc`` (an sqlite3 error or an OSError) met on the database at
    ``path``: damage only for corruption, otherwise what the disk refused."""
    where = path if path is not None else Message("storage.the_database")
    if isinstance(exc, DatabaseError):
        return exc
    if is_damage(exc):
        return DatabaseDamaged(damage_message(path, exc))
    reason = _reason(exc)
    if reason in ("unreachable", "disk") and path is not None and _read_only(Path(path)):
        reason = "read-only"  # SQLite says only that it cannot open (or lock) the file
    elif reason == "disk" and path is not None and _full(Path(path)):
        reason = "full"  # SQLite says "disk I/O error" when its -shm file cannot grow
    if reason is not None:
        return StorageUnavailable(unavailable_message(reason, where, doing=doing), reason)
    if path is None:
        return DatabaseError("storage.unusable_unnamed", detail=exc)
    return DatabaseError("storage.unusable", path=path, detail=exc)
