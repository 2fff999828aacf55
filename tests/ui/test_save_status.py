"""An honest "saved": a write the disk refuses is shown as not saved (once in a dialog, in the
status bar until a write succeeds), the page shows what is stored, and restore never pulls the
database from under an open window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from ui.main_window import MainWindow
from ui.single_instance import SingleInstance
from workshop_app import library
from workshop_app.cli import main
from workshop_app.store import Repository, library_file

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE sessions SET notes = notes WHERE 0")
    print("holding", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    """
)


@pytest.fixture
def setup_page(window, demo):
    window.open_session(demo.id)
    window.session_view.go("setup")
    return window.session_view.page("setup")


def stored_organisation(db_path, session_id):
    repo = Repository.open(db_path)
    try:
        return repo.get(session_id).info.organisation
    finally:
        repo.close()


def type_detail(page, text):
    field = page.fields["organisation"]
    field.setText(text)
    field.editingFinished.emit()  # as when the facilitator leaves the field


@pytest.mark.usefixtures("short_lock_wait")
def test_a_lock_held_elsewhere_shows_not_saved_once_and_the_stored_value(
    window, demo, setup_page, answers, db_path
):
    label = window.saved_label
    type_detail(setup_page, "Saved before the lock")
    assert label.text().startswith("All changes saved")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        type_detail(setup_page, "Typed while locked")
        assert "Not saved" in label.text() and "saved ·" not in label.text()
        assert len(answers.errors) == 1
        title, message = answers.errors[0]
        assert title == "Not saved" and "locked" in message and "not saved" in message
        assert "locked" in window.statusBar().currentMessage()
        # The page shows what is stored, not the edit that was lost.
        assert setup_page.fields["organisation"].text() == "Saved before the lock"
        type_detail(setup_page, "Typed again while locked")
        assert len(answers.errors) == 1  # told once, not at every pause in typing
    finally:
        holder.communicate("\n", timeout=30)
    type_detail(setup_page, "After the lock")
    assert label.text().startswith("All changes saved")
    assert stored_organisation(db_path, demo.id) == "After the lock"


def test_a_full_disk_is_never_shown_as_saved(window, demo, setup_page, answers, db_path):
    conn = window.store.repo.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    notes = window.session_view.page("setup").notes
    notes.setPlainText("y" * 9000 + " – many pages of notes that do not fit")
    setup_page.flush()
    assert "Not saved" in window.saved_label.text()
    assert answers.errors and "full" in answers.errors[0][1]
    assert "y" * 9000 not in Repository.open(db_path).get(demo.id).info.notes


def test_a_read_only_database_at_start_is_said_and_never_set_aside(
    qtbot, context, answers, db_path, tmp_path
):
    repo = Repository.open(db_path)
    library.create_session(repo, "Read only")
    repo.close()
    if os.geteuid() == 0:
        mount = tmp_path / "ro-disk"
        mount.mkdir()
        if subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)]
        ).returncode:
            pytest.skip("cannot mount a tmpfs here")
        try:
            shutil.copyfile(db_path, mount / "truce.db")
            subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
            context.db_path = mount / "truce.db"
            _start_and_check(qtbot, context, answers)
        finally:
            subprocess.run(["umount", "-l", str(mount)])
    else:
        db_path.chmod(0o400)
        db_path.parent.chmod(0o500)
        try:
            _start_and_check(qtbot, context, answers)
        finally:
            db_path.parent.chmod(0o700)
            db_path.chmod(0o600)


def _start_and_check(qtbot, context, answers):
    win = MainWindow(context)
    qtbot.addWidget(win)
    opened = win.open_store()
    folder = context.db_path.parent
    assert "confirm" not in answers.asked  # no offer to set a "damaged" file aside
    assert not list(folder.glob("*.damaged-*")) and context.db_path.exists()
    if not opened:
        assert answers.errors and "read-only" in answers.errors[0][1]


def test_restore_from_the_command_line_is_refused_while_the_window_is_open(
    window, demo, setup_page, db_path, capsys
):
    backup = library_file.back_up(window.store.repo)
    guard = SingleInstance(db_path)  # what ui.app does before the window opens
    assert guard.lock.tryLock(0)
    try:
        assert main(["restore", str(backup), "--db", str(db_path)]) == 1
        assert "Close the window" in capsys.readouterr().err
        type_detail(setup_page, "Edited after the refused restore")
        assert window.saved_label.text().startswith("All changes saved")
        assert stored_organisation(db_path, demo.id) == "Edited after the refused restore"
    finally:
        guard.lock.unlock()


def test_a_database_replaced_under_the_window_is_never_shown_as_saved(
    window, demo, setup_page, answers, db_path
):
    # Another tool swaps the file (as `truce restore` did before it checked for the window).
    backup = library_file.back_up(window.store.repo)
    shutil.copyfile(backup, db_path.with_name("swapped.db"))
    os.replace(db_path.with_name("swapped.db"), db_path)
    type_detail(setup_page, "Would be written to a file nobody reads")
    assert "Not saved" in window.saved_label.text()
    assert answers.errors and "replaced" in answers.errors[0][1]


def test_removing_selected_actions_is_all_or_nothing_and_one_undo_step(
    window, demo, answers, monkeypatch, qtbot
):
    import sqlite3

    window.open_session(demo.id)
    window.session_view.go("actions")
    page = window.session_view.page("actions")
    page.table.selectAll()
    count = len(demo.actions)
    assert len(page.selected_actions()) == count
    repo = window.store.repo
    original = repo.remove_action
    calls = []

    def full_on_the_third(session_id, action_id):
        calls.append(action_id)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        original(session_id, action_id)

    monkeypatch.setattr(repo, "remove_action", full_on_the_third)
    answers.confirm = True
    page.remove_selected()
    assert len(window.store.load(demo.id).actions) == count  # none removed
    assert page.model.rowCount() == count  # and none shown removed
    assert "Not saved" in window.saved_label.text()
    monkeypatch.setattr(repo, "remove_action", original)
    page.table.selectAll()
    page.remove_selected()
    assert window.store.load(demo.id).actions == []
    window.history.end_turn()
    window.findChild(type(window.find_action), "actionUndo").trigger()
    assert len(window.store.load(demo.id).actions) == count  # one step brings all back
