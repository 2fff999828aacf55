"""A second start on the same database brings the running window forward instead of opening twice."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ui.single_instance import SingleInstance, server_name


@pytest.fixture(autouse=True)
def data_folder(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)  # made by AppContext before the guard runs


def test_a_second_start_finds_the_first_and_asks_it_to_come_forward(qtbot, db_path, tmp_path):
    first = SingleInstance(db_path)
    assert not first.ask_running_instance()
    assert first.lock.isLocked()
    first.listen(after_ms=0)
    qtbot.waitUntil(lambda: first.server is not None)
    second = SingleInstance(db_path)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.ask_running_instance()
    other_db = SingleInstance(tmp_path / "elsewhere.db")
    assert not other_db.ask_running_instance()
    first.close()
    assert not SingleInstance(db_path).ask_running_instance(), "closing frees the database"


def test_the_name_depends_on_the_database(tmp_path):
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")
    assert server_name(tmp_path / "a.db") == server_name(tmp_path / "." / "a.db")


def test_a_copy_that_holds_the_database_but_never_answers_does_not_block_the_start(
    qtbot, db_path, monkeypatch
):
    monkeypatch.setattr("ui.single_instance.ANSWER_WITHIN_S", 0.3)
    hung = SingleInstance(db_path)
    assert not hung.ask_running_instance()  # holds the lock, never listens
    second = SingleInstance(db_path)
    assert not second.ask_running_instance()
    assert not second.lock.isLocked(), "the hung copy keeps the database's lock"


def test_the_lock_of_a_crashed_copy_is_taken_over_at_once(db_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from ui.single_instance import SingleInstance; "
            "guard = SingleInstance(sys.argv[1]); assert not guard.ask_running_instance(); "
            "print('LOCKED', flush=True); time.sleep(60)",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        assert not SingleInstance(db_path).lock.tryLock(0), "a live copy holds the database"
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        after = SingleInstance(db_path)
        assert not after.ask_running_instance()
        assert after.lock.isLocked(), "the crashed copy's lock was recognised and taken over"
    finally:
        holder.kill()
        holder.wait(timeout=10)


def test_without_a_lock_file_it_still_asks_the_running_copy(qtbot, tmp_path):
    db = tmp_path / "not-made-yet" / "t.db"
    first = SingleInstance(db)
    assert not first.ask_running_instance()
    assert not first.lock.isLocked()
    first.listen(after_ms=0)
    qtbot.waitUntil(lambda: first.server is not None)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert SingleInstance(db).ask_running_instance()
    first.close()
