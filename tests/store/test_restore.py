"""A restore that cannot lose anything: only a sound Truce backup of a readable schema is put back,
by an atomic rename of a synced copy; it works over a damaged database and keeps what it replaced."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from workshop_app import library
from workshop_app.cli import main
from workshop_app.store import Repository, backups, library_file
from workshop_app.store.migrations import LATEST


def _titles(db_path):
    repo = Repository.open(db_path)
    try:
        return sorted(s.title for s in repo.list_sessions())
    finally:
        repo.close()


@pytest.fixture
def library_with_backup(repo, db_path):
    library.create_session(repo, "In the backup")
    backup = library_file.back_up(repo)
    library.create_session(repo, "Only in the database")
    repo.close()
    return backup


def test_a_sqlite_file_that_is_not_truce_is_refused(library_with_backup, db_path, tmp_path, capsys):
    other = tmp_path / "truce-20260101-000000-manual.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    assert main(["restore", str(other), "--db", str(db_path)]) == 1
    assert "not a Truce database" in capsys.readouterr().err
    assert _titles(db_path) == ["In the backup", "Only in the database"]


def test_a_backup_of_a_newer_schema_is_refused(library_with_backup, db_path, tmp_path, capsys):
    newer = tmp_path / "newer.db"
    shutil.copyfile(library_with_backup, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    assert main(["restore", str(newer), "--db", str(db_path)]) == 1
    assert "newer version of Truce" in capsys.readouterr().err
    assert _titles(db_path) == ["In the backup", "Only in the database"]


def test_a_damaged_backup_is_refused_before_anything_is_touched(library_with_backup, db_path):
    data = bytearray(library_with_backup.read_bytes())
    for offset in range(4096, len(data), 53):
        data[offset] = (data[offset] + 77) % 256
    library_with_backup.write_bytes(bytes(data))
    assert main(["restore", str(library_with_backup), "--db", str(db_path)]) == 1
    assert _titles(db_path) == ["In the backup", "Only in the database"]
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_restore_puts_the_backup_back_and_keeps_the_database_as_it_was(
    library_with_backup, db_path
):
    assert main(["restore", str(library_with_backup), "--db", str(db_path)]) == 0
    assert _titles(db_path) == ["In the backup"]
    kept = [b for b in backups.list_backups(db_path) if b.reason == "before-restore"]
    assert _titles(kept[0].path) == ["In the backup", "Only in the database"]
    assert not list(db_path.parent.glob(".truce.db.restoring*"))


def test_restore_works_when_the_database_is_damaged(library_with_backup, db_path, capsys):
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    assert main(["restore", "--db", str(db_path)]) == 0  # the newest backup
    out = capsys.readouterr().out
    assert "damaged database is kept as" in out
    assert _titles(db_path) == ["In the backup"]
    kept = list(db_path.parent.glob("truce.db.damaged-*"))
    assert kept and kept[0].read_bytes().startswith(b"SQLite format 3\x00\xff")


def test_restore_is_refused_while_a_window_holds_the_database(library_with_backup, db_path, capsys):
    import fcntl
    import os

    # What the window's QLockFile does on Unix (tests/ui checks it with the real window).
    lock = os.open(db_path.with_name("truce.db.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        assert backups.window_holds(db_path)
        assert main(["restore", str(library_with_backup), "--db", str(db_path)]) == 1
        err = capsys.readouterr().err
        assert "Close the window" in err and "File ▸ Restore from Backup" in err
        assert _titles(db_path) == ["In the backup", "Only in the database"]
    finally:
        os.close(lock)
    assert not backups.window_holds(db_path)  # a lock file left behind by a crash holds nothing


def test_committed_writes_still_in_the_wal_are_in_the_kept_copy(repo, db_path):
    library.create_session(repo, "Before")
    backup = library_file.back_up(repo)
    library.create_session(repo, "Only in the WAL")
    repo.close()
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0
    kept = [b for b in backups.list_backups(db_path) if b.reason == "before-restore"]
    assert "Only in the WAL" in _titles(kept[0].path)
