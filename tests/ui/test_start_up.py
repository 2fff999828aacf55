"""Start-up as the window does it now: checks in the background, the library read on demand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.maintenance import StartupMaintenance
from workshop_app import library
from workshop_app.store import backups, library_file


@pytest.fixture(autouse=True)
def no_delay(monkeypatch):
    monkeypatch.setattr(StartupMaintenance, "DELAY_MS", 0)


def test_the_daily_backup_is_taken_in_the_background_after_the_window_shows(window, qtbot):
    qtbot.waitUntil(lambda: bool(backups.list_backups(window.context.db_path)), timeout=5000)
    qtbot.waitUntil(lambda: not window.maintenance.running, timeout=5000)
    assert [b.reason for b in backups.list_backups(window.context.db_path)] == ["daily"]


def test_damage_found_in_the_background_restores_the_newest_backup(window, answers, qtbot):
    qtbot.waitUntil(lambda: not window.maintenance.running, timeout=5000)
    kept = window.store.create("In the backup")
    library_file.back_up(window.store.repo)
    window.store.create("Written after the backup")
    answers.confirm = True
    window.maintenance.damaged.emit("The session database is damaged (test).")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    assert window.library.model.summary(0).id == kept.id
    assert list(window.context.db_path.parent.glob("truce.db.damaged-*"))


def test_refusing_recovery_in_the_background_closes_the_window(window, answers, qtbot):
    qtbot.waitUntil(lambda: not window.maintenance.running, timeout=5000)
    answers.confirm = False
    window.maintenance.damaged.emit("The session database is damaged (test).")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_sorting_the_library_by_title_folds_case_and_keeps_the_selection(window, qtbot):
    for title in ("beta", "Łódź", "Alpha", "ćma"):
        library.create_session(window.store.repo, title)
    window.store.libraryChanged.emit()
    window.library.select(window.store.session_ids()[0])
    chosen = window.library.selected_id()
    window.library.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    model = window.library.model
    titles = [model.summary(r).title for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    assert window.library.selected_id() == chosen
    assert window.library.table.currentIndex().row() == model.row_of(chosen)


def test_a_large_library_reads_only_the_rows_on_screen(window, qtbot, monkeypatch):
    for n in range(450):
        library.create_session(window.store.repo, f"Workshop {n:03}")
    asked: list[int] = []
    real = window.store.summaries
    monkeypatch.setattr(window.store, "summaries", lambda ids: asked.append(len(ids)) or real(ids))
    window.store.libraryChanged.emit()
    qtbot.wait(50)  # let the table paint
    assert window.library.model.rowCount() == 450
    assert 0 < sum(asked) <= 2 * window.library.model.BLOCK
