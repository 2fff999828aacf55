"""Importing a session already in the library: never a silent overwrite."""

from __future__ import annotations

from workshop_app.documents.export import export


def test_importing_as_an_update_replaces_the_stored_session(window, answers, demo, tmp_path):
    path = export(window.store.repo, demo.id, tmp_path / "s.json", fmt="json")
    window.store.update_info(demo.id, title="Renamed since the export")
    answers.open_path = str(path)
    answers.choice = 1  # "Replace mine"
    window.import_action.trigger()
    assert answers.asked == ["open_file", "choose"]
    rows = window.store.sessions()
    assert [r.id for r in rows] == [demo.id]
    assert window.store.repo.get(demo.id).info.title == "Sales and Marketing alignment workshop"


def test_importing_as_a_copy_keeps_the_stored_session_as_it_is(window, answers, demo, tmp_path):
    path = export(window.store.repo, demo.id, tmp_path / "s.json", fmt="json")
    window.store.update_info(demo.id, title="Edited here")
    answers.open_path = str(path)
    answers.choice = 0  # "Import as copy"
    window.import_action.trigger()
    titles = sorted(r.title for r in window.store.sessions())
    assert titles == ["Edited here", "Sales and Marketing alignment workshop (copy)"]


def test_cancelling_the_conflict_question_changes_nothing(window, answers, demo, tmp_path):
    path = export(window.store.repo, demo.id, tmp_path / "s.json", fmt="json")
    window.store.update_info(demo.id, title="Edited here")
    answers.open_path = str(path)
    answers.choice = None
    window.import_action.trigger()
    assert [r.title for r in window.store.sessions()] == ["Edited here"]
