"""The action tracker and the follow-up review, as a department head uses them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from ui.dialogs.follow_up_review import FollowUpReviewDialog
from workshop_app import library
from workshop_app.domain import Action, ActionStatus, Decision

TODAY = date(2026, 4, 2)


def tracker(window, qtbot):
    window.follow_up.tracker.today = lambda: TODAY
    window.follow_up.tracker_action.trigger()
    return window.follow_up.tracker


def titles(page) -> list[str]:
    return [row.title for row in page.model.rows]


def test_ctrl_t_shows_open_actions_of_every_session(window, demo, qtbot):
    other = library.create_session(window.store.repo, "Autumn workshop")
    window.store.save_action(other.id, Action(id="x1", title="Joint trade fair", owner="Łukasz"))
    page = tracker(window, qtbot)
    assert window.pages.currentWidget() is page
    open_demo = [a.title for a in demo.actions if a.status in ("planned", "in_progress")]
    assert sorted(titles(page)) == sorted([*open_demo, "Joint trade fair"])


def test_filters_narrow_the_list(window, demo, qtbot):
    page = tracker(window, qtbot)
    qtbot.mouseClick(
        page.findChild(type(page.update_button), "trackerView_all"), Qt.MouseButton.LeftButton
    )
    assert len(page.model.rows) == len(demo.actions)
    page.owner.setText("aisha")
    assert set(titles(page)) == {a.title for a in demo.actions if a.owner == "Aisha Khan"}
    page.owner.clear()
    page.department.setCurrentIndex(page.department.findData("sales"))
    assert {r.department for r in page.model.rows} == {"sales"}
    page.department.setCurrentIndex(0)
    page.search.setText("datasheet")
    assert titles(page) == ["Sales reviews every datasheet before it goes to print"]
    page.search.clear()
    page.due_from.setDate(QDate(2026, 5, 1))
    page.due_to.setDate(QDate(2026, 5, 31))
    assert all("2026-05-01" <= r.due <= "2026-05-31" for r in page.model.rows)
    assert page.model.rows


def test_quick_views_overdue_and_due_soon(window, demo, qtbot):
    page = tracker(window, qtbot)
    page.show_view("overdue")
    assert page.model.rows
    assert all(r.due < TODAY.isoformat() for r in page.model.rows)
    page.show_view("due_soon")
    assert all(TODAY.isoformat() <= r.due <= "2026-04-16" for r in page.model.rows)


def test_status_update_with_comment_and_history_accumulates(window, demo, qtbot, answers):
    page = tracker(window, qtbot)
    page.show_view("all")
    target = demo.actions[3]
    page.select(demo.id, target.id)
    answers.update_action = {
        "status": ActionStatus.IN_PROGRESS,
        "due": None,
        "comment": "Agenda sent",
    }
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    answers.update_action = {
        "status": ActionStatus.DONE,
        "due": "2026-04-20",
        "comment": "First meeting held",
    }
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    history = window.store.action_history(demo.id, target.id)
    assert [(e.status, e.comment) for e in history] == [
        (ActionStatus.IN_PROGRESS, "Agenda sent"),
        (ActionStatus.DONE, "First meeting held"),
    ]
    stored = next(a for a in window.store.load(demo.id).actions if a.id == target.id)
    assert (stored.status, stored.due) == (ActionStatus.DONE, "2026-04-20")
    # The panel shows both, newest first, the comment in plain text.
    assert page.history.count() == 2
    assert "First meeting held" in page.history.item(0).text()
    assert "Agenda sent" in page.history.item(1).text()
    assert page.selected().action_id == target.id
    # Dates and times as the interface writes them, the times in local time, not stored UTC.
    from ui.i18n import show_date, show_timestamp
    from ui.models.tracker import DUE, UPDATED

    latest = history[-1]
    assert page.history.item(0).text().startswith(show_timestamp(latest.at) + " — ")
    row = page.proxy.mapFromSource(
        page.model.index(page.model.rows.index(page.selected()), 0)
    ).row()
    shown = [page.proxy.index(row, column).data() for column in (DUE, UPDATED)]
    assert shown == [show_date("2026-04-20"), show_timestamp(latest.at)]


def test_cancelled_update_changes_nothing(window, demo, qtbot, answers):
    page = tracker(window, qtbot)
    answers.update_action = None
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert window.store.load(demo.id).history == demo.history


def test_opening_the_workshop_selects_the_action(window, demo, qtbot):
    page = tracker(window, qtbot)
    row = page.selected()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.session_view.current_stage() == "actions"
    actions = window.session_view.page("actions")
    assert [a.id for a in actions.selected_actions()] == [row.action_id]


# ----------------------------------------------------------------- the follow-up review


def follow_up_with_review(window, demo, qtbot, answers):
    window.library.refresh()
    window.library.select(demo.id)
    answers.text = "Summer follow-up"
    qtbot.mouseClick(window.library.duplicate_button, Qt.MouseButton.LeftButton)
    copy = next(s for s in window.store.sessions() if s.title == "Summer follow-up")
    dialog = FollowUpReviewDialog(window.store, copy.id, window)
    qtbot.addWidget(dialog)
    return copy, dialog


def test_a_new_follow_up_opens_its_plan_with_the_review(window, demo, qtbot, answers):
    copy, _dialog = follow_up_with_review(window, demo, qtbot, answers)
    assert window.session_view.session.id == copy.id
    assert window.session_view.current_stage() == "actions"
    assert "follow_up_review" in answers.asked
    bar = window.session_view.page("actions").previous
    assert bar.isVisible() and "await a decision" in bar.label.text()


def test_deciding_in_the_dialog_done_carry_and_drop(window, demo, qtbot, answers):
    copy, dialog = follow_up_with_review(window, demo, qtbot, answers)
    pending = [a.id for a in dialog.pending]
    assert len(pending) == sum(a.status in ("planned", "in_progress") for a in demo.actions)

    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    dialog.new_due.setDate(QDate(2026, 8, 14))
    qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)
    # Dropping without a reason is refused, and nothing is recorded.
    qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
    assert "why" in dialog.message.text()
    assert len(dialog.pending) == len(pending) - 2
    dialog.reason.setText("Budget moved to the trade fair")
    qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)

    review = window.store.load(copy.id).since_previous
    assert [(i.action_id, i.decision) for i in review.items] == [
        (pending[0], Decision.DONE),
        (pending[1], Decision.CARRIED),
        (pending[2], Decision.DROPPED),
    ]
    assert review.items[2].reason == "Budget moved to the trade fair"
    carried = window.store.load(copy.id).actions
    assert [(a.carried_from, a.due) for a in carried] == [(pending[1], "2026-08-14")]
    assert [a.id for a in dialog.pending] == pending[3:]
    # Reopened later, only the undecided ones are listed.
    again = FollowUpReviewDialog(window.store, copy.id, window)
    qtbot.addWidget(again)
    assert [a.id for a in again.pending] == pending[3:]


def test_the_action_plan_reloads_after_the_review(window, demo, qtbot, answers, monkeypatch):
    copy, dialog = follow_up_with_review(window, demo, qtbot, answers)
    dialog.new_due.setDate(QDate(2026, 8, 14))
    qtbot.mouseClick(dialog.carry_button, Qt.MouseButton.LeftButton)
    page = window.session_view.page("actions")
    qtbot.mouseClick(page.previous.button, Qt.MouseButton.LeftButton)  # the patched dialog
    assert page.model.rowCount() == 1
    assert window.session_view.session.actions[0].due == "2026-08-14"


def test_export_from_the_tracker_takes_the_chosen_actions_workshop(window, demo, qtbot):
    other = library.create_session(window.store.repo, "Autumn workshop")
    window.store.save_action(other.id, Action(id="x1", title="Joint trade fair", owner="Łukasz"))
    window.library.refresh()  # both were written straight to the database
    window.library.select(demo.id)  # the library's selection must not decide what is exported
    assert window.current_session_id() == demo.id
    page = tracker(window, qtbot)
    page.select(other.id, "x1")
    assert window.current_session_id() == other.id
    assert all(action.isEnabled() for action in window.export_actions)
    page.table.clearSelection()
    assert window.current_session_id() is None
    assert not any(action.isEnabled() for action in window.export_actions)
    window.show_library()
    window.library.select(demo.id)
    assert window.current_session_id() == demo.id
