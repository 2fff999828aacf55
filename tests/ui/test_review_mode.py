"""Review mode: a department head reads a session and nothing they do can change it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from ui.models import actions as columns
from ui.store import UnderReview


def review(window, qtbot, session_id):
    window.library.refresh()
    window.library.select(session_id)
    qtbot.mouseClick(window.library.review_button, Qt.MouseButton.LeftButton)
    return window.session_view


def test_review_lands_on_the_wrap_up_with_a_banner(window, demo, qtbot):
    view = review(window, qtbot, demo.id)
    assert view.current_stage() == "wrap_up"
    assert view.review_banner.isVisible()
    assert window.follow_up.review_mode_action.isChecked()
    assert "read only" in window.windowTitle()


def test_nothing_on_the_pages_changes_the_session_in_review(window, demo, qtbot, answers):
    before = window.store.load(demo.id)
    view = review(window, qtbot, demo.id)

    view.go("setup")
    setup = view.page("setup")
    organisation = setup.fields["organisation"]
    assert organisation.isReadOnly() and organisation.isEnabled()  # readable, not greyed out
    qtbot.keyClicks(organisation, "typed")
    assert organisation.text() == demo.info.organisation
    assert not setup.add_sales.isEnabled()
    qtbot.mouseClick(setup.add_sales, Qt.MouseButton.LeftButton)
    setup.add_sales.click()  # even a programmatic click of a disabled button does nothing

    view.go("actions")
    actions = view.page("actions")
    assert actions.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    actions.select_action(demo.actions[0].id)
    assert not actions.remove_button.isEnabled()  # selecting a row does not re-enable it
    # A stray edit reaching the model is refused by the page's guard and redrawn as stored.
    actions.model.setData(actions.model.index(0, columns.TITLE), "Changed")
    assert actions.model.actions[0].title == demo.actions[0].title

    view.go("goals")
    qtbot.mouseClick(view.page("goals").add_button, Qt.MouseButton.LeftButton)

    after = window.store.load(demo.id)
    assert after == before
    assert answers.errors == []


def test_the_store_refuses_a_write_to_a_session_under_review(window, demo, qtbot):
    review(window, qtbot, demo.id)
    try:
        window.store.update_info(demo.id, title="Sneaky")
    except UnderReview:
        pass
    else:
        raise AssertionError("the store wrote to a session under review")
    assert window.store.load(demo.id).info.title == demo.info.title


def test_view_only_controls_keep_working(window, demo, qtbot):
    view = review(window, qtbot, demo.id)
    view.go("actions")
    actions = view.page("actions")
    assert actions.filters.status.isEnabled()
    actions.filters.overdue.setChecked(True)
    assert actions.proxy.rowCount() < actions.model.rowCount()
    assert actions.prioritise.isEnabled()


def test_edit_toggle_makes_the_pages_editable_again(window, demo, qtbot):
    view = review(window, qtbot, demo.id)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert not view.review_banner.isVisible()
    assert not window.follow_up.review_mode_action.isChecked()
    view.go("actions")
    actions = view.page("actions")
    assert actions.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    qtbot.mouseClick(actions.add_button, Qt.MouseButton.LeftButton)
    assert len(window.store.load(demo.id).actions) == len(demo.actions) + 1

    view.go("setup")
    setup = view.page("setup")
    assert not setup.fields["organisation"].isReadOnly()
    setup.fields["organisation"].setText("Brightwater Labs")
    setup.fields["organisation"].editingFinished.emit()
    assert window.store.load(demo.id).info.organisation == "Brightwater Labs"

    # And the menu action (Ctrl+Shift+R) turns review back on.
    window.follow_up.review_mode_action.trigger()
    assert view.review and setup.fields["organisation"].isReadOnly()


def test_opening_with_enter_still_opens_for_editing(window, demo, qtbot):
    window.library.refresh()
    window.library.select(demo.id)
    qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert window.session_view.session.id == demo.id
    assert not window.session_view.review


def test_review_hides_the_live_toolbar_and_keeps_the_clock_still(window, demo, qtbot):
    window.show()
    before = window.store.load(demo.id).agenda
    view = review(window, qtbot, demo.id)
    assert not window.live.bar.isVisible()
    assert not window.live.actions["workshop"].isEnabled()
    view.go("frictions")
    view.go("goals")
    assert window.store.load(demo.id).agenda == before
    view.edit_button.click()
    assert window.live.bar.isVisible()
    assert window.live.actions["workshop"].isEnabled()
