"""No traceback reaches the person at the command line: every failure is one line on stderr with
status 1, and the log file in the data folder keeps the detail."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.store import Repository

ROOT = Path(__file__).resolve().parents[2]


def fails(capsys, *args: str) -> str:
    """Run the command; it must fail with one line on stderr and nothing on stdout."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("truce: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


@pytest.fixture
def db(tmp_path: Path, capsys) -> str:
    path = str(tmp_path / "cli.db")
    assert main(["demo", "--db", path]) == 0
    capsys.readouterr()
    return path


@pytest.mark.usefixtures("short_lock_wait")
def test_a_lock_held_by_another_program_is_named_after_a_short_wait(capsys, db):
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is in the middle of writing
    try:
        err = fails(capsys, "demo", "--db", db)
    finally:
        other.execute("ROLLBACK")
        other.close()
    # store.faults words it: which file, that another program held it, and that nothing is lost
    assert "Another program kept" in err and "locked" in err and "not saved" in err
    assert main(["list", "--db", db]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("complaint", "words"),
    [
        ("database or disk is full", "is full. The last change was not saved"),
        ("attempt to write a readonly database", "is read-only"),
        ("disk I/O error", "reported an error"),
        ("database is locked", "Another program kept"),
    ],
)
def test_storage_failures_are_one_line_in_words(capsys, db, monkeypatch, complaint, words):
    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError(complaint)

    monkeypatch.setattr(Repository, "add", refuse)
    assert words in fails(capsys, "demo", "--db", db)


def test_an_unexpected_error_points_to_the_log_which_keeps_the_traceback(
    capsys, db, monkeypatch, truce_home
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug the user should never see")

    monkeypatch.setattr(Repository, "list_sessions", broken)
    err = fails(capsys, "list", "--db", db)
    log = truce_home / "truce.log"
    assert f"did not expect (RuntimeError); the details are in {log}" in err
    assert "a bug the user" not in err
    text = log.read_text("utf-8")
    assert "Traceback" in text and "a bug the user should never see" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_argument_mistakes_are_one_line(capsys, db):
    assert "invalid choice: 'lsit'" in fails(capsys, "lsit")
    assert "see `truce export --help`" in fails(capsys, "export", "-o", "x", "--format", "docx")
    assert "5,000 characters long" in fails(capsys, "export", "9" * 5000, "-o", "x", "--db", db)
    assert "not valid UTF-8" in fails(capsys, "list", "--search", "caf\udce9", "--db", db)
    assert "not valid UTF-8" in fails(capsys, "list", "--db", "/tmp/\udcff.db")


def test_a_folder_or_a_device_given_as_the_database_is_one_line(capsys, tmp_path):
    assert "is a folder or a device" in fails(capsys, "list", "--db", str(tmp_path))
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    assert "is a folder or a device" in fails(capsys, "backup", "--db", str(fifo))
    assert "is a folder or a device" in fails(capsys, "restore", "--db", str(fifo))


def test_a_number_of_5000_digits_in_a_document_is_one_line(capsys, db, tmp_path):
    path = tmp_path / "big.json"
    path.write_text('{"format": "truce-session", "version": ' + "1" * 5000 + "}")
    assert "5,000 digits" in fails(capsys, "import", str(path), "--db", db)


def test_pipes_and_devices_given_to_import_are_one_line(capsys, db, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "device, pipe or socket" in fails(capsys, "import", str(fifo), "--db", db)
    assert "is a folder" in fails(capsys, "import", str(tmp_path), "--db", db)


def test_bytes_that_are_not_utf8_on_the_real_command_line(tmp_path, db):
    env = {**os.environ, "TRUCE_HOME": str(tmp_path / "home")}

    def truce(*args: bytes) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable.encode(), b"-m", b"workshop_app", *args]
        return subprocess.run(command, capture_output=True, cwd=ROOT, env=env, timeout=120)

    listed = truce(b"list", b"--search", b"caf\xe9", b"--db", db.encode())
    assert listed.returncode == 1 and listed.stderr.count(b"\n") == 1
    assert b"not valid UTF-8" in listed.stderr and b"Traceback" not in listed.stderr
    session_id = truce(b"list", b"--db", db.encode()).stdout.split()[0]
    target = bytes(tmp_path) + b"/plan \xff.md"
    written = truce(b"export", session_id, b"--format", b"md", b"-o", target, b"--db", db.encode())
    assert written.returncode == 0 and os.path.exists(target), written.stderr
    assert b"plan \\udcff.md" in written.stdout  # printed with an escape, not a crash
    missing = truce(b"import", target + b".json", b"--db", db.encode())
    assert missing.returncode == 1 and missing.stderr.count(b"\n") == 1
    assert b"does not exist" in missing.stderr and b"Traceback" not in missing.stderr


def test_a_reader_that_stops_early_gets_silence_not_a_traceback(tmp_path):
    from workshop_app.domain import Session, SessionInfo

    db = tmp_path / "many.db"
    repo = Repository.open(db)
    with repo.intent():  # one transaction, not 1,500 of them
        for number in range(1500):
            repo.add(Session(info=SessionInfo(id=f"s{number:05d}", title="A workshop " * 8)))
    repo.close()
    env = {**os.environ, "TRUCE_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "workshop_app", "list", "--db", str(db)]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env
    ) as truce:
        truce.stdout.readline()
        truce.stdout.close()  # like `| head -1`
        err = truce.stderr.read()
        truce.wait(120)
    assert err == b""  # silent, like any tool whose reader has what it wanted
