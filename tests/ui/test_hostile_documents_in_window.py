"""Every hostile document the import accepts opens in the window: each page of the workshop, with
the projector following, the action tracker and the library, without an error."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.documents.hostile_catalogue import CASES

ACCEPTED = [name for name, (_, expect) in CASES.items() if expect is None]


@pytest.mark.parametrize("name", ACCEPTED)
def test_an_accepted_hostile_document_opens_on_every_page(window, answers, qtbot, tmp_path, name):
    build, _ = CASES[name]
    path = tmp_path / "hostile.json"
    path.write_bytes(build())
    answers.open_path = str(path)
    window.import_action.trigger()
    assert answers.errors == []
    (row,) = window.store.sessions()
    window.open_session(row.id)
    view = window.session_view
    window.live.actions["projector"].setChecked(True)
    qtbot.waitUntil(window.live.projector.isVisible)
    shown = []
    for number in range(view.navigator.count()):
        view.navigator.setCurrentRow(number)
        QApplication.processEvents()
        shown.append(view.current_stage())
    assert len(set(shown)) == 9
    window.live.actions["projector"].setChecked(False)
    window.follow_up.tracker_action.trigger()
    QApplication.processEvents()
    window.show_library()
    QApplication.processEvents()
    assert answers.errors == []
