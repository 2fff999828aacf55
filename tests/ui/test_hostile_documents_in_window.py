"""Every hostile document the import accepts opens in the window: each page of the workshop, with
the projector following, the action tracker and the library, without an error. Those with unknown
ids and dangling references are in test_hostile_references_in_window.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.documents.hostile_catalogue import ACCEPTED_OTHERS
from tests.ui import hostile_window

shared = hostile_window.shared
answers = hostile_window.answers
window = hostile_window.window


@pytest.mark.parametrize("name", ACCEPTED_OTHERS)
def test_an_accepted_hostile_document_opens_on_every_page(window, answers, qtbot, tmp_path, name):
    hostile_window.opens_on_every_page(window, answers, qtbot, tmp_path, name)


def test_a_library_written_before_the_strict_rules_still_opens(
    window, answers, qtbot, tmp_path, monkeypatch
):
    """An older Truce imported whole numbers written 3.0 and NaN figures; the pages read them
    as 3 and as no figure instead of failing (the projector used to crash on them)."""
    import json

    from tests.documents.hostile_catalogue import BASE
    from workshop_app.documents import document_rules, session_document

    doc = json.loads(json.dumps(BASE))
    for action in doc["actions"]:
        action["impact"] = float(action["impact"]) if action["impact"] else None
    for step in doc["checklist"]["steps"]:
        step["current"] = float(step["current"]) if step["current"] else None
    for friction in doc["frictions"]["items"]:
        friction["sales_rating"] = float(friction["sales_rating"] or 0)
    for answer in doc["assessment"]["answers"]:
        answer["value"] = float(answer["value"]) if answer["value"] else None
    doc["goals"]["shared"][0]["baseline"] = float("nan")
    # The older Truce: plain json.loads, and no strict checks.
    monkeypatch.setattr(document_rules, "parse", json.loads)
    monkeypatch.setattr(session_document, "validate", lambda doc: None)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc))
    answers.open_path = str(path)
    window.import_action.trigger()
    (row,) = window.store.sessions()
    assert window.current_session_id() == row.id  # the import opened it
    window.live.actions["projector"].setChecked(True)
    qtbot.waitUntil(window.live.projector.isVisible)
    view = window.session_view
    for number in range(view.navigator.count()):
        view.navigator.setCurrentRow(number)
        QApplication.processEvents()
    assert answers.errors == []
    stored = window.store.load(row.id)
    assert stored.actions[0].impact == 5 and type(stored.actions[0].impact) is int
    assert stored.goals.shared[0].baseline is None
