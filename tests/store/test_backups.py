"""Backups: taken before migrations, daily and on request; kept rolling; restorable; damage noticed."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from workshop_app import library
from workshop_app.store import Repository, backups, library_file
from workshop_app.store.connection import DatabaseDamaged


def test_a_manual_backup_is_a_private_consistent_copy(repo, db_path):
    library.create_session(repo, "Precious")
    path = library_file.back_up(repo)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT title FROM sessions").fetchall() == [("Precious",)]
    conn.close()
    assert [b.path for b in backups.list_backups(db_path)] == [path]
    assert backups.list_backups(db_path)[0].reason == "manual"


def test_only_the_newest_backups_are_kept(repo, db_path):
    for _ in range(4):
        backups.take_backup(repo.db.conn, db_path, "manual", keep=3)
    assert len(backups.list_backups(db_path)) == 3


def test_the_daily_backup_is_taken_once_a_day(repo, db_path):
    assert library_file.back_up_daily(repo) is not None
    assert library_file.back_up_daily(repo) is None
    assert backups.needs_daily_backup(db_path, today=datetime.now() + timedelta(days=1))


def test_restoring_a_backup_brings_back_what_it_held(repo, db_path):
    kept = library.create_session(repo, "Before the accident")
    backup = library_file.back_up(repo)
    repo.purge(kept.id)
    repo.close()
    backups.restore_backup(backup, db_path)
    again = Repository.open(db_path)
    assert [s.title for s in again.list_sessions()] == ["Before the accident"]
    again.close()


def test_a_damaged_backup_is_not_restored(repo, db_path, tmp_path):
    bad = tmp_path / "truce-20260101-000000-manual.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"garbage" * 1000)
    repo.close()
    with pytest.raises(backups.BackupError, match="damaged itself"):
        backups.restore_backup(bad, db_path)
    assert Repository.open(db_path).list_sessions() == []  # the database is left as it was


def _corrupt(db_path):
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page, len(data), 97):  # scribble over every page but the header
        data[offset] = (data[offset] + 91) % 256
    db_path.write_bytes(bytes(data))


def test_a_damaged_database_is_noticed_set_aside_and_replaced_by_the_newest_backup(repo, db_path):
    for n in range(30):
        library.create_session(repo, f"Workshop {n}", organisation="x" * 300)
    backup = library_file.back_up(repo)
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.close()
    _corrupt(db_path)
    with pytest.raises(DatabaseDamaged, match="set it aside"):
        Repository.open(db_path)
    aside = backups.set_aside(db_path)
    assert aside.exists() and not db_path.exists()
    backups.restore_backup(backup, db_path)
    restored = Repository.open(db_path)
    assert len(restored.list_sessions()) == 30
    restored.close()
