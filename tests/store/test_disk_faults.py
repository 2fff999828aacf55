"""A full disk, a read-only database, a lock held by another process: each is said in words, what
was saved stays saved, and none of them is ever taken for damage (nothing is set aside)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from workshop_app import library
from workshop_app.cli import main
from workshop_app.domain import Action
from workshop_app.store import Repository, backups
from workshop_app.store.faults import (
    DatabaseDamaged,
    StorageUnavailable,
    explain,
    is_damage,
    lock_wait_s,
)
from workshop_app.store.maintenance import check_and_back_up


@pytest.fixture
def tmpfs(tmp_path):
    """A small file system of its own (as root); unmounted afterwards."""
    mount = tmp_path / "small-disk"
    mount.mkdir()

    def make(size: str) -> Path:
        if os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root; the max_page_count test covers it")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        return mount

    yield make
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _remount_read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)


def _fill(repo: Repository, session_id: str) -> int:
    """Save actions until the disk refuses; returns how many were reported saved."""
    saved = 0
    with pytest.raises(StorageUnavailable) as refused:
        for n in range(100_000):
            repo.save_action(session_id, Action(id=f"fill-{n}", title="x" * 200 + f" {n}"))
            saved = n + 1
    assert refused.value.reason == "full"
    assert "full" in str(refused.value) and "not saved" in str(refused.value)
    return saved


def _stored_fill(db_path: Path, session_id: str) -> int:
    repo = Repository.open(db_path)  # with the full integrity check
    try:
        return sum(a.id.startswith("fill-") for a in repo.get(session_id).actions)
    finally:
        repo.close()


# ------------------------------------------------------------------ a full disk


def test_a_full_disk_is_said_in_words_and_keeps_every_saved_edit(tmpfs):
    db_path = tmpfs("600k") / "truce.db"
    repo = Repository.open(db_path)
    session = library.create_session(repo, "Under a full disk")
    saved = _fill(repo, session.id)
    assert saved > 10
    # The session is still readable, and the edits reported saved are all there.
    assert sum(a.id.startswith("fill-") for a in repo.get(session.id).actions) == saved
    # The background check finds no damage on a full disk (the daily backup cannot be written).
    with pytest.raises(backups.BackupError):
        check_and_back_up(db_path)
    repo.close()
    assert _stored_fill(db_path, session.id) == saved
    assert not list(db_path.parent.glob("*.damaged-*"))


def test_the_command_line_on_a_full_disk_says_full_in_one_line_and_keeps_the_library(
    tmpfs, capsys, monkeypatch
):
    home = tmpfs("700k") / "home"
    monkeypatch.setenv("TRUCE_HOME", str(home))
    assert main(["demo"]) == 0
    capsys.readouterr()
    filler = home.parent / "filler"
    with pytest.raises(OSError), open(filler, "wb", buffering=0) as out:
        while True:  # every last block, as a download or a copy would take it
            out.write(b"\0" * 4096)
    try:
        for command in (["list"], ["demo", "--language", "pl"], ["backup"]):
            assert main(command) == 1
            err = capsys.readouterr().err
            # One line, and no word from the log that cannot be written either.
            assert err.count("\n") == 1 and "Traceback" not in err, err
            assert "is full" in err, err
    finally:
        filler.unlink()
    assert main(["list"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1


def test_a_full_disk_without_root_through_sqlites_page_limit(repo, db_path):
    session = library.create_session(repo, "Page limit")
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages + 3}")
    saved = _fill(repo, session.id)
    assert _stored_fill(db_path, session.id) == saved


def test_replacing_a_session_on_a_full_disk_keeps_the_old_one(repo, db_path):
    session = library.create_session(repo, "Mine")
    for n in range(3):
        repo.save_action(session.id, Action(id=f"mine-{n}", title=f"Mine {n}"))
    mine = repo.get(session.id)
    theirs = repo.get(session.id)
    theirs.actions = [Action(id=f"theirs-{n}", title="t" * 3000) for n in range(40)]
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StorageUnavailable, match="full"):
        library.import_session(repo, theirs, "replace")
    assert [a.id for a in repo.get(session.id).actions] == [a.id for a in mine.actions]


# ------------------------------------------------------------------ a read-only database


def _read_only(tmpfs_or_none, tmp_path: Path) -> Path:
    """A database with one session, then made read-only: its file system when root, its file
    and folder otherwise."""
    if os.geteuid() == 0:
        folder = tmpfs_or_none("2m")
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
    db_path = folder / "truce.db"
    repo = Repository.open(db_path)
    library.create_session(repo, "Read only")
    repo.close()
    if os.geteuid() == 0:
        _remount_read_only(folder)
    else:
        db_path.chmod(0o400)
        folder.chmod(0o500)
    return db_path


def test_a_read_only_database_is_said_in_words_and_never_set_aside(tmpfs, tmp_path, capsys):
    db_path = _read_only(tmpfs, tmp_path)
    try:
        _check_read_only(db_path, capsys)
    finally:
        if os.geteuid() != 0:  # let pytest clean up
            db_path.parent.chmod(0o700)


def _check_read_only(db_path: Path, capsys) -> None:
    try:
        repo = Repository.open(db_path)
    except StorageUnavailable as exc:
        assert exc.reason == "read-only", str(exc)
    else:
        session_id = repo.list_sessions()[0].id
        with pytest.raises(StorageUnavailable) as refused:
            repo.update_info(session_id, notes="cannot be written")
        assert refused.value.reason == "read-only"
        assert "read-only" in str(refused.value)
        repo.close()
    # From the command line: one line, exit 1, and the file where it was.
    assert main(["demo", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err and "Traceback" not in err
    assert db_path.exists() and not list(db_path.parent.glob("*.damaged-*"))
    # The background check does not call it damage either.
    try:
        check_and_back_up(db_path)
    except DatabaseDamaged:  # pragma: no cover - the failure this test is about
        pytest.fail("a read-only database was called damaged")
    except (StorageUnavailable, backups.BackupError):
        pass


# ------------------------------------------------------------------ a lock held elsewhere

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE sessions SET notes = 'held' WHERE 0")
    print("holding", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    """
)


@pytest.mark.usefixtures("short_lock_wait")
def test_a_lock_held_by_another_process_is_waited_for_briefly_then_said(repo, db_path):
    session = library.create_session(repo, "Locked out")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        asked = time.monotonic()
        with pytest.raises(StorageUnavailable) as refused:
            repo.update_info(session.id, notes="while locked")
        assert time.monotonic() - asked >= 0.2  # TRUCE_LOCK_WAIT, as short_lock_wait sets it
        assert refused.value.reason == "locked"
        assert "locked" in str(refused.value) and "0.2 seconds" in str(refused.value)
        # Reading still works (WAL), and shows the last saved state.
        assert repo.get(session.id).info.notes == ""
    finally:
        holder.communicate("\n", timeout=30)
    repo.update_info(session.id, notes="after the lock")
    assert repo.get(session.id).info.notes == "after the lock"


def test_people_wait_two_seconds_for_a_lock_unless_truce_lock_wait_says_otherwise(
    monkeypatch, db_path
):
    repository = Repository.open(db_path)  # tests/conftest.py keeps the shell's setting out
    try:
        assert repository.db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2000
    finally:
        repository.close()
    locked = explain(sqlite3.OperationalError("database is locked"), db_path)
    assert "locked for more than 2 seconds" in str(locked)
    for unusable in ("", "soon", "-1", "nan", "inf", "601"):
        monkeypatch.setenv("TRUCE_LOCK_WAIT", unusable)
        assert lock_wait_s() == 2.0, unusable
    monkeypatch.setenv("TRUCE_LOCK_WAIT", "0.5")
    assert lock_wait_s() == 0.5
    repository = Repository.open(db_path)
    try:
        assert repository.db.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 500
    finally:
        repository.close()


# ------------------------------------------------------------------ what counts as damage


def _error(code: int, text: str) -> sqlite3.Error:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(
    ("code", "text", "reason"),
    [
        (sqlite3.SQLITE_FULL, "database or disk is full", "full"),
        (sqlite3.SQLITE_READONLY, "attempt to write a readonly database", "read-only"),
        (sqlite3.SQLITE_BUSY, "database is locked", "locked"),
        (sqlite3.SQLITE_CANTOPEN, "unable to open database file", "unreachable"),
        (sqlite3.SQLITE_IOERR, "disk I/O error", "disk"),
    ],
)
def test_only_corruption_counts_as_damage(code, text, reason, tmp_path):
    error = explain(_error(code, text), tmp_path / "truce.db")
    assert isinstance(error, StorageUnavailable) and not isinstance(error, DatabaseDamaged)
    assert error.reason == reason
    assert not is_damage(_error(code, text))


def test_corruption_is_damage(tmp_path):
    for code, text in (
        (sqlite3.SQLITE_CORRUPT, "database disk image is malformed"),
        (sqlite3.SQLITE_NOTADB, "file is not a database"),
    ):
        assert isinstance(explain(_error(code, text), tmp_path / "x.db"), DatabaseDamaged)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 300)
    with pytest.raises(DatabaseDamaged):
        Repository.open(garbage)


def test_an_unreachable_folder_is_not_damage(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageUnavailable) as refused:
        Repository.open(blocker / "truce.db")
    assert not isinstance(refused.value, DatabaseDamaged)
