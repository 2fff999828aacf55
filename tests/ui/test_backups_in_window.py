"""Backups from the window: back up now, restore, and starting on a damaged database."""

from __future__ import annotations

from ui.main_window import MainWindow
from workshop_app import library
from workshop_app.store import Repository, backups, library_file


def test_back_up_now_and_restore_from_the_file_menu(window, answers, qtbot, monkeypatch):
    kept = window.store.create("Kept")
    window.backup_action.trigger()
    assert len(backups.list_backups(window.context.db_path)) >= 1
    window.store.create("Added after the backup")
    answers.confirm = True
    shown: list[str] = []

    def pick(parent, title, prompt, items):
        shown.extend(items)
        # the backup made by hand (the daily one was taken at start, before "Kept" existed)
        return next(i for i, item in enumerate(items) if item.endswith("(made by hand)"))

    import ui.prompts as prompts

    monkeypatch.setattr(prompts, "pick", pick)
    window.restore_action.trigger()
    # A readable reason, and the day as the interface writes dates rather than a file name's stamp.
    from datetime import date

    from ui.i18n import show_date

    assert shown[0].startswith(show_date(date.today().isoformat()) + " ")
    assert "manual" not in shown[0]
    assert [s.id for s in window.store.sessions()] == [kept.id]
    assert window.library.model.rowCount() == 1
    assert any("before-restore" in b.label for b in backups.list_backups(window.context.db_path))


def test_cancelling_a_restore_changes_nothing(window, answers, qtbot, monkeypatch):
    window.store.create("One")
    window.backup_action.trigger()
    window.store.create("Two")
    import ui.prompts as prompts

    monkeypatch.setattr(prompts, "pick", lambda *args: 0)
    answers.confirm = False
    window.restore_action.trigger()
    assert len(window.store.sessions()) == 2


def test_a_damaged_database_at_start_is_set_aside_and_the_newest_backup_restored(
    qtbot, context, answers, db_path
):
    repo = Repository.open(db_path)
    library.create_session(repo, "Safe in the backup")
    library_file.back_up(repo)
    repo.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"garbage, not a database" * 500)
    answers.confirm = True
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert win.open_store()
    assert [s.title for s in win.store.sessions()] == ["Safe in the backup"]
    assert list(db_path.parent.glob("truce.db.damaged-*"))
    assert answers.infos and "kept as" in answers.infos[0][1]


def test_refusing_recovery_leaves_the_damaged_file_alone(qtbot, context, answers, db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"garbage" * 500)
    answers.confirm = False
    win = MainWindow(context)
    qtbot.addWidget(win)
    assert not win.open_store()
    assert db_path.read_bytes() == b"garbage" * 500


def test_restore_from_the_window_works_when_the_open_database_is_damaged(
    window, answers, monkeypatch, db_path
):
    import sqlite3

    import ui.prompts as prompts

    window.store.create("In the backup")
    window.backup_action.trigger()
    window.store.create("Lost to the damage")

    def damaged_backup(*args, **kwargs):
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError as exc:
            raise backups.BackupError("The backup could not be written.") from exc

    monkeypatch.setattr(library_file, "back_up", damaged_backup)
    monkeypatch.setattr(
        prompts,
        "pick",
        lambda parent, title, prompt, items: next(
            i for i, item in enumerate(items) if item.endswith("(made by hand)")
        ),
    )
    window.restore_action.trigger()
    assert answers.errors == []
    assert [s.title for s in window.store.sessions()] == ["In the backup"]
    assert list(db_path.parent.glob("truce.db.damaged-*"))  # what it replaced, kept aside


def test_a_failed_restore_is_never_reported_as_restored(window, answers, monkeypatch):
    import ui.prompts as prompts

    window.store.create("Kept")
    window.backup_action.trigger()
    window.store.create("Also kept")

    def fail(*args, **kwargs):
        raise backups.BackupError("The backup could not be put in place: disk full.")

    monkeypatch.setattr(backups, "restore_backup", fail)
    monkeypatch.setattr(prompts, "pick", lambda *args: 0)
    window.restore_action.trigger()
    assert answers.errors and "disk full" in answers.errors[0][1]
    assert "Restored" not in window.statusBar().currentMessage()
    assert sorted(s.title for s in window.store.sessions()) == ["Also kept", "Kept"]
