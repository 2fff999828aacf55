"""The SQLite library as a file: its backups (the wait for another program's lock: store.faults).

These belong to SQLite's library alone, so they are not part of ``store.protocol``: another
backend (an organisation's server) keeps its data safe its own way. The callers that offer them
(File ▸ Back Up Now, ``truce backup``, a restore) hold a ``Repository`` and know it is a file.
Listing, checking and restoring backups, and the lock that keeps ``truce restore`` away from an
open window, are in ``store.backups``; the start's integrity check in ``store.maintenance``.
"""

from __future__ import annotations

from pathlib import Path

from workshop_app.errors import ValidationError
from workshop_app.store import backups
from workshop_app.store.repository import Repository


def back_up(repo: Repository, reason: str = "manual", protect: Path | None = None) -> Path:
    """A consistent copy of the library beside the others, kept in the rotation; ``protect``
    is a backup the rotation must not remove (the one about to be restored)."""
    if repo.path is None:
        raise ValidationError("backup.no_file")
    return backups.take_backup(repo.db.conn, repo.path, reason, protect=protect)


def back_up_daily(repo: Repository) -> Path | None:
    """The first start of a day keeps a copy of the database as it was."""
    if repo.path is None or not backups.needs_daily_backup(repo.path):
        return None
    return back_up(repo, "daily")
