"""A follow-up opens dated and empty, with the earlier workshop's findings greyed beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.models.frictions import MARKETING, SALES
from workshop_app.progress import Progress, stage_progress


def duplicate_latest(window, answers, planned: str = ""):
    sessions = window.store.create_demo_series()
    latest = sessions[-1]
    window.store.update_info(latest.id, follow_up_date=planned)
    window.library.refresh()
    window.library.select(latest.id)
    answers.text = "Autumn follow-up"
    window.duplicate_session()
    follow_up = next(
        s
        for s in window.store.repo.series(latest.info.series_id)
        if s.id != latest.id and s.info.previous_id == latest.id
    )
    return window.store.load(latest.id), follow_up


def test_a_follow_up_starts_on_the_planned_date_with_its_findings_to_make(window, answers):
    latest, follow_up = duplicate_latest(window, answers, "2027-02-15")
    assert follow_up.info.date == "2027-02-15"
    for stage in ("diagnosis", "frictions", "role_swap", "ten_steps"):
        assert stage_progress(follow_up, stage) == Progress.EMPTY, stage
    assert follow_up.goals == latest.goals


def test_without_a_planned_date_the_follow_up_is_dated_today(window, answers):
    _, follow_up = duplicate_latest(window, answers)
    assert follow_up.info.date == date.today().isoformat()


def test_the_earlier_findings_stand_greyed_on_the_pages(window, answers, qtbot):
    latest, follow_up = duplicate_latest(window, answers)
    window.open_session(follow_up.id)
    view = window.session_view

    view.go("frictions")
    page = view.page("frictions")
    model = page.model
    before = latest.frictions.items[0]
    cell = model.index(0, SALES)
    assert model.data(cell) == f"({before.sales_rating})"
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Last workshop" in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert page.baseline_note.isVisibleTo(page)
    model.setData(model.index(0, MARKETING), 1)  # typed: the baseline gives way
    assert model.data(model.index(0, MARKETING)) == "1"
    assert window.store.load(follow_up.id).frictions.items[0].sales_rating is None

    view.go("ten_steps")
    steps = view.page("ten_steps")
    first = latest.checklist.steps[0]
    card = steps.cards[first.step]
    assert card.baseline.isVisibleTo(steps)
    assert f"today {first.current}, target {first.target}" in card.baseline.text()
    assert card.current.value() is None

    view.go("diagnosis")
    diagnosis = view.page("diagnosis")
    assert diagnosis.baseline_note.isVisibleTo(diagnosis)
    assert "Sales" in diagnosis.baseline_note.text() and "1.17" in diagnosis.baseline_note.text()


def test_a_first_workshop_shows_no_baseline(window, demo):
    window.open_session(demo.id)
    window.session_view.go("frictions")
    page = window.session_view.page("frictions")
    assert not page.baseline_note.isVisibleTo(page)
    assert not page.model.baseline


def test_the_waiting_actions_banner_counts_decisions_as_they_are_made(window, answers):
    from workshop_app.action_plan import is_open
    from workshop_app.domain import Decision

    latest, follow_up = duplicate_latest(window, answers)
    window.open_session(follow_up.id)
    window.session_view.go("actions")
    bar = window.session_view.page("actions").previous
    waiting = [a for a in latest.actions if is_open(a)]
    assert len(waiting) >= 2
    assert bar.label.text().startswith(f"{len(waiting)} open action")
    window.store.decide_follow_up(follow_up.id, waiting[0].id, Decision.DONE)
    assert bar.label.text().startswith(f"{len(waiting) - 1} open action")
