"""Undo and redo across the workshop: every edit is one step, saved, and shown where it happened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.models.frictions import SALES
from workshop_app.demo import create_demo


@pytest.fixture
def session(window, qtbot):
    demo = create_demo(window.store.repo, "en")
    window.open_session(demo.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return demo


def undo_action(window):
    return window.findChild(type(window.find_action), "actionUndo")


def redo_action(window):
    return window.findChild(type(window.find_action), "actionRedo")


def stored(window, session):
    return window.store.load(session.id)


def settle(qtbot, window):
    """Writes of one gesture merge into one step until the event loop turns; let it turn."""
    turn = window.history._turn
    qtbot.waitUntil(lambda: window.history._turn > turn or not window.history._turn_open)


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_edits_on_four_pages_undo_and_redo_one_by_one(window, session, qtbot):
    view = window.session_view
    undo, redo = undo_action(window), redo_action(window)

    # Setup: a typed detail, saved after the typing pause.
    setup = view.page("setup")
    type_into(qtbot, setup.fields["organisation"], "Brightwater & Co")
    setup.flush()
    settle(qtbot, window)

    # Friction map: a rating typed into the sheet.
    view.go("frictions")
    frictions = view.page("frictions")
    frictions.model.setData(frictions.model.index(0, SALES), 1)
    settle(qtbot, window)

    # Shared goals: the statement of the first goal.
    view.go("goals")
    goals = view.page("goals")
    goals.shared.setCurrentRow(0)
    goals.form.statement.setPlainText("Grow revenue from the three segments together")
    goals.flush()
    settle(qtbot, window)

    # Action plan: an action removed.
    view.go("actions")
    actions = view.page("actions")
    actions.select_action("demo-action-13")
    qtbot.mouseClick(actions.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    after = stored(window, session)
    assert after.info.organisation == "Brightwater & Co"
    assert after.frictions.items[0].sales_rating == 1
    assert after.goals.shared[0].statement.startswith("Grow revenue from the three")
    assert "demo-action-13" not in [a.id for a in after.actions]
    assert undo.text() == "&Undo Delete Action"

    undo.trigger()
    assert [a.id for a in stored(window, session).actions] == [a.id for a in session.actions]
    assert view.current_stage() == "actions"
    assert actions.model.rowCount() == len(session.actions)

    undo.trigger()
    assert stored(window, session).goals.shared[0].statement == session.goals.shared[0].statement
    assert view.current_stage() == "goals"
    assert undo.text() == "&Undo Edit Friction map"

    undo.trigger()
    assert stored(window, session).frictions.items[0].sales_rating == (
        session.frictions.items[0].sales_rating
    )
    assert view.current_stage() == "frictions"

    undo.trigger()
    assert stored(window, session).info.organisation == session.info.organisation
    assert view.current_stage() == "setup"
    assert setup.fields["organisation"].text() == session.info.organisation

    # Redo walks forward again, page by page, and nothing else was recorded on the way.
    for _ in range(4):
        assert redo.isEnabled()
        redo.trigger()
    again = stored(window, session)
    assert again.info.organisation == "Brightwater & Co"
    assert again.frictions.items[0].sales_rating == 1
    assert again.goals.shared[0].statement.startswith("Grow revenue from the three")
    assert "demo-action-13" not in [a.id for a in again.actions]
    assert view.current_stage() == "actions"
    assert not redo.isEnabled()


def test_undo_saves_pending_typing_first_and_undoes_it(window, session, qtbot):
    setup = window.session_view.page("setup")
    type_into(qtbot, setup.fields["location"], "Harbour Room, 4th floor")
    assert setup.save_details.pending
    undo_action(window).trigger()
    assert stored(window, session).info.location == session.info.location
    assert not setup.save_details.pending
    redo_action(window).trigger()
    assert stored(window, session).info.location == "Harbour Room, 4th floor"


def test_undo_after_leaving_for_the_library_reopens_the_page(window, session, qtbot):
    view = window.session_view
    view.go("frictions")
    frictions = view.page("frictions")
    frictions.model.setData(frictions.model.index(2, SALES), 0)
    settle(qtbot, window)
    window.show_library()
    undo_action(window).trigger()
    assert window.pages.currentWidget() is view
    assert view.current_stage() == "frictions"
    assert stored(window, session).frictions.items[2].sales_rating == (
        session.frictions.items[2].sales_rating
    )


def test_a_gesture_that_writes_twice_is_one_step(window, session, qtbot):
    store = window.store
    fresh = stored(window, session)
    fresh.frictions.items[0].votes += 3
    fresh.goals.shared[0].owners = "Both heads"
    store.save_section(session.id, "frictions", fresh.frictions)
    store.save_section(session.id, "goals", fresh.goals)
    settle(qtbot, window)
    assert window.undo.count() == 1
    undo_action(window).trigger()
    back = stored(window, session)
    assert back.frictions.items[0].votes == session.frictions.items[0].votes
    assert back.goals.shared[0].owners == session.goals.shared[0].owners


def test_opening_another_session_starts_a_fresh_history(window, session, qtbot):
    setup = window.session_view.page("setup")
    type_into(qtbot, setup.fields["facilitator"], "Maya L.")
    setup.flush()
    assert window.undo.count() == 1
    other = window.store.create("Autumn follow-up")
    window.open_session(other.id)
    assert window.undo.count() == 0
    assert undo_action(window).text() == "&Undo"


def test_ctrl_z_in_a_field_undoes_its_own_typing_first(window, session, qtbot):
    setup = window.session_view.page("setup")
    field: QLineEdit = setup.fields["location"]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "Atrium")
    setup.flush()
    settle(qtbot, window)
    assert stored(window, session).info.location == "Atrium"
    # The field still remembers its typing: Ctrl+Z steps back inside it.
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() != "Atrium"
    # A field with nothing to undo lets Ctrl+Z reach the session's history.
    field.setText("Atrium")  # setText clears the field's own history
    setup.flush()
    settle(qtbot, window)
    count = window.undo.index()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo.index() == count - 1
