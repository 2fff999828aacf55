"""The action plan as the facilitator uses it at the end of the day and at the follow-up."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit

from ui import prompts
from ui.models import actions as columns
from workshop_app.demo import create_demo
from workshop_app.domain import ActionStatus

TODAY = date(2026, 4, 2)  # three weeks after the demo workshop


@pytest.fixture
def page(window, qtbot):
    session = create_demo(window.store.repo, "en", today=TODAY)
    plan = window.session_view.page("actions")
    plan.today = lambda: TODAY
    window.open_session(session.id)
    window.session_view.go("actions")
    qtbot.waitUntil(plan.isVisible)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    return plan


def plain(text: str) -> str:
    """English plurals come from a .qm file the app may not have in tests: "action(s)" → "action"."""
    return text.replace("(s)", "")


def titles(page) -> list[str]:
    return [page.proxy.index(r, columns.TITLE).data() for r in range(page.proxy.rowCount())]


def stored(page):
    return page.store.load(page.session.id).actions


def test_demo_plan_warns_about_missing_owner_and_overdue(page):
    assert page.model.rowCount() == 13
    text = plain(page.warnings.text())
    assert "1 open action without an owner" in text
    assert "2 overdue" in text
    overdue_row = page.model.row_of("demo-action-03")
    background = page.model.index(overdue_row, columns.TITLE).data(Qt.ItemDataRole.BackgroundRole)
    assert background is not None
    done_row = page.model.row_of("demo-action-01")
    assert page.model.index(done_row, columns.TITLE).data(Qt.ItemDataRole.BackgroundRole) is None


def test_sources_read_like_the_workshop(page):
    row = page.model.row_of("demo-action-04")
    assert page.model.index(row, columns.SOURCE).data() == "Step 4: Run day-to-day work together"
    row = page.model.row_of("demo-action-03")
    assert page.model.index(row, columns.SOURCE).data() == "Friction: Lead quality and follow-up"


def test_filters_narrow_the_list(page, qtbot):
    page.filters.overdue.click()
    assert sorted(titles(page)) == [
        "Record a reason for every rejected lead",
        "Route qualified leads straight into the CRM with a 24-hour follow-up alert",
    ]
    assert "Showing 2 of 13" in page.counts.text()
    page.filters.overdue.click()
    page.filters.owner.setText("aisha")
    assert len(titles(page)) == 2
    page.filters.department.setCurrentIndex(page.filters.department.findData("sales"))
    assert titles(page) == []
    qtbot.mouseClick(page.filters.clear, Qt.MouseButton.LeftButton)
    page.filters.status.setCurrentIndex(page.filters.status.findData("open"))
    assert len(titles(page)) == 10  # 13 minus two done and one dropped
    page.filters.status.setCurrentIndex(page.filters.status.findData("done"))
    assert len(titles(page)) == 2


def test_add_type_a_title_and_it_is_saved(page, qtbot):
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    # A button's shortcut "animates" the click, so it lands a moment later.
    qtbot.waitUntil(lambda: page.model.rowCount() == 14)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Joint webinar with Noordwijk Water")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits a Return on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    actions = stored(page)
    assert actions[-1].title == "Joint webinar with Noordwijk Water"
    assert "2 open action without an owner" in plain(page.warnings.text())


def test_inline_edits_of_status_owner_and_due_persist(page, qtbot):
    page.select_action("demo-action-12", columns.OWNER)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.isEditable()
    editor = combo.lineEdit()
    assert isinstance(editor, QLineEdit)
    editor.setText("Tom Becker")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert next(a for a in stored(page) if a.id == "demo-action-12").owner == "Tom Becker"

    page.select_action("demo-action-12", columns.STATUS)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("in_progress"))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    assert (
        next(a for a in stored(page) if a.id == "demo-action-12").status == ActionStatus.IN_PROGRESS
    )

    page.select_action("demo-action-12", columns.DUE)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    date_edit = QApplication.focusWidget()
    date_edit = date_edit if isinstance(date_edit, QDateEdit) else date_edit.parentWidget()
    assert isinstance(date_edit, QDateEdit)
    date_edit.setDate(date_edit.date().fromString("2026-05-04", "yyyy-MM-dd"))
    page.flush()  # as when the facilitator clicks elsewhere
    assert next(a for a in stored(page) if a.id == "demo-action-12").due == "2026-05-04"
    assert "without an owner" not in page.warnings.text()


def test_description_and_success_measure_are_saved_as_typed(page, qtbot):
    page.select_action("demo-action-06")
    page.description.setPlainText("Zusammenfassung <b>& résumé</b> 📈")
    page.success.setText("Read by 8 of 10 salespeople")
    page.success.editingFinished.emit()
    page.flush()
    action = next(a for a in stored(page) if a.id == "demo-action-06")
    assert action.description == "Zusammenfassung <b>& résumé</b> 📈"
    assert action.success_measure == "Read by 8 of 10 salespeople"


def test_remove_asks_first(page, answers, qtbot):
    page.select_action("demo-action-13")
    answers.confirm = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert answers.asked == ["confirm"]
    assert len(stored(page)) == 13
    answers.confirm = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "confirm" in answers.asked
    assert [a.id for a in stored(page)].count("demo-action-13") == 0


def test_move_down_with_the_keyboard_reorders_the_stored_plan(page, qtbot):
    page.select_action("demo-action-01")
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.model.actions[1].id == "demo-action-01")
    assert [a.id for a in stored(page)][:2] == ["demo-action-02", "demo-action-01"]
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in stored(page)][:2] == ["demo-action-01", "demo-action-02"]


def test_sorted_by_a_column_moving_waits_for_plan_order(page, qtbot):
    page.table.sortByColumn(columns.DUE, Qt.SortOrder.AscendingOrder)
    assert titles(page)[0] == "Shared sales-and-marketing scorecard in the quarterly review"
    assert titles(page)[-1] == "Discount approval above 10% with product marketing"  # no date
    page.select_action("demo-action-05")
    assert not page.up_button.isEnabled()
    qtbot.mouseClick(page.plan_order, Qt.MouseButton.LeftButton)
    assert titles(page)[0] == "Agree one written definition of a qualified lead"
    assert page.up_button.isEnabled()


def test_bulk_edit_changes_only_ticked_fields(page, monkeypatch, qtbot):
    monkeypatch.setattr(
        prompts,
        "bulk_edit",
        lambda parent, count, names: {"owner": "Elena Rossi", "status": ActionStatus.DONE},
    )
    page.filters.owner.setText("lucas")
    page.table.selectAll()
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    changed = [a for a in stored(page) if a.id in ("demo-action-02", "demo-action-06")]
    assert {a.owner for a in changed} == {"Elena Rossi"}
    assert {a.status for a in changed} == {ActionStatus.DONE}
    assert {a.due for a in changed} == {"2026-03-27", "2026-04-30"}  # untouched


def test_votes_add_up(page, qtbot):
    assert page.table.isColumnHidden(columns.VOTES)
    page.prioritise.click()
    assert not page.table.isColumnHidden(columns.VOTES)
    page.select_action("demo-action-09")
    qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.vote_button, Qt.MouseButton.LeftButton)
    assert next(a for a in stored(page) if a.id == "demo-action-09").votes == 2
    row = page.model.row_of("demo-action-09")
    assert page.model.index(row, columns.SCORE).data() == "Fill-in"  # impact 2, effort 1


def test_actions_model_passes_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_the_owner_is_picked_from_the_named_people_in_the_room_or_typed(page, qtbot):
    page.select_action("demo-action-12", columns.OWNER)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = page.table.findChild(QComboBox, "nameEditor")
    assert combo is not None and combo.isEditable()
    offered = [combo.itemText(i) for i in range(combo.count())]
    people = page.session.participants
    assert offered == [p.name for p in people if not p.anonymous]
    assert "Sales 5" not in offered and "Marketing 4" not in offered  # anonymous labels
    combo.setCurrentIndex(offered.index("Aisha Khan"))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    assert next(a for a in stored(page) if a.id == "demo-action-12").owner == "Aisha Khan"

    # Someone who was not in the room is typed in, as before.
    qtbot.waitUntil(lambda: page.table.findChild(QComboBox, "nameEditor") is None)
    page.select_action("demo-action-12", columns.OWNER)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = page.table.findChild(QComboBox, "nameEditor")
    assert combo.currentText() == "Aisha Khan"
    combo.lineEdit().setText("Zoë Ng (finance) <b>")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert next(a for a in stored(page) if a.id == "demo-action-12").owner == "Zoë Ng (finance) <b>"


def test_an_action_can_be_joint(page, qtbot):
    page.select_action("demo-action-12", columns.DEPARTMENT)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.findData("joint") >= 0 and combo.itemText(combo.findData("joint")) == "Joint"
    combo.setCurrentIndex(combo.findData("joint"))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != page.table.State.EditingState)
    assert next(a for a in stored(page) if a.id == "demo-action-12").department == "joint"
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, columns.TITLE).data()
        == next(a.title for a in stored(page) if a.id == "demo-action-12")
    )
    assert page.proxy.index(row, columns.DEPARTMENT).data() == "Joint"
