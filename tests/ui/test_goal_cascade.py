"""The revenue cascade and the joint-meeting agreement on the Shared goals page, as a facilitator
uses them: the quick path in one click, every figure editable, wrong figures named and not saved,
hostile text kept exactly, undo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from workshop_app.domain import SharedGoal
from workshop_app.domain.limits import TEXT

HOSTILE = [
    "<b>Lead</b> & <i>co</i> &amp; <script>",
    "Spotkanie co miesiąc — żółć 🎯👩🏽‍💼",
    "每月联席会议：看同一组数字，一起做决定。",
    "x" * TEXT,
]


def open_page(window, session, tab: int):
    window.open_session(session.id)
    window.session_view.go("goals")
    page = window.session_view.page("goals")
    page.tabs.setCurrentIndex(tab)
    return page


def type_in(edit: QLineEdit, text: str) -> None:
    """What typing does: the text, then textEdited (setText alone does not emit it)."""
    edit.setText(text)
    edit.textEdited.emit(text)


def settle(qtbot, window):
    """Writes of one gesture merge into one undo step until the event loop turns; let it turn."""
    turn = window.history._turn
    qtbot.waitUntil(lambda: window.history._turn > turn or not window.history._turn_open)


def stored(window, session):
    return window.store.load(session.id).goals


def test_the_quick_path_and_three_figures_give_the_whole_funnel(window, qtbot):
    session = window.store.create("Kick-off")
    goals = replace(
        session.goals,
        shared=[
            SharedGoal("g", "Grow", metric="revenue_growth", unit="%", target=12, revenue=True)
        ],
    )
    window.store.save_section(session.id, "goals", goals)
    page = open_page(window, session, 1)
    panel = page.cascade
    assert panel.verdict.text() == (
        "Still to give: the revenue of the period before, the growth, the average deal size, "
        "the conversion rates."
    )
    qtbot.mouseClick(panel.quick_button, Qt.MouseButton.LeftButton)
    cascade = stored(window, session).cascade
    assert cascade is not None
    assert cascade.growth == 12  # from the shared revenue goal
    assert cascade.rates == {"inquiry": 40, "mql": 80, "sal": 50, "sql": 60, "opportunity": 25}
    assert panel.growth.text() == "12" and panel.rates["opportunity"].text() == "25"
    type_in(panel.revenue, "24.000.000")
    type_in(panel.deal_size, "48 000")
    type_in(panel.target_figures["marketing"], "800")
    type_in(panel.target_figures["sales"], "240")
    page.flush()
    cascade = stored(window, session).cascade
    assert (cascade.revenue, cascade.deal_size) == (24_000_000, 48_000)
    assert [(t.department, t.stage, t.figure) for t in cascade.targets] == [
        ("marketing", "mql", 800),
        ("sales", "opportunity", 240),
    ]
    shown = {stage: label.text() for stage, label in panel.needed.items()}
    assert shown == {
        "inquiry": "2,500",
        "mql": "1,000",
        "sal": "800",
        "sql": "400",
        "opportunity": "240",
        "customer": "60",
    }
    assert "€2,880,000" in panel.new_revenue.text()
    assert panel.target_verdicts["marketing"].text() == "✗ 200 short of the 1,000 needed"
    assert panel.verdict.text().startswith("Not consistent: Marketing")
    type_in(panel.target_figures["marketing"], "1000")
    assert panel.verdict.text().startswith("Consistent")
    # Sales sets its target at the SQL stage instead: 240 SQLs are short of the 400 needed.
    panel.target_stages["sales"].setCurrentIndex(panel.target_stages["sales"].findData("sql"))
    assert panel.target_verdicts["sales"].text() == "✗ 160 short of the 400 needed"
    page.flush()
    assert stored(window, session).cascade.targets[1].stage == "sql"


@pytest.mark.parametrize(
    "typed",
    ["0", "100", "-5", "twelve", "<b>40</b>", "1e400", "四十", "40 😀", "czterdzieści", "4" * 30],
)
def test_a_rate_that_cannot_be_is_named_and_nothing_is_saved(window, demo, qtbot, typed):
    page = open_page(window, demo, 1)
    panel = page.cascade
    before = stored(window, demo).cascade
    type_in(panel.rates["sal"], typed)
    page.flush()
    assert panel.problem.isVisibleTo(page)
    assert "Sales-accepted leads (SAL)" in panel.problem.text()
    assert "not saved" in panel.verdict.text()
    assert stored(window, demo).cascade == before
    type_in(panel.rates["sal"], "55")
    page.flush()
    assert not panel.problem.isVisibleTo(page)
    assert stored(window, demo).cascade.rates["sal"] == 55


def test_a_target_must_be_whole_leads_and_the_currency_a_code(window, demo, qtbot):
    page = open_page(window, demo, 1)
    panel = page.cascade
    before = stored(window, demo).cascade
    type_in(panel.target_figures["marketing"], "800.5")
    assert "whole number of leads" in panel.problem.text()
    type_in(panel.target_figures["marketing"], "800")
    panel.currency.setCurrentText("zł")
    page.flush()
    assert "three-letter code" in panel.problem.text()
    assert stored(window, demo).cascade == before
    panel.currency.setCurrentText("PLN")
    page.flush()
    assert stored(window, demo).cascade.currency == "PLN"
    assert "PLN\xa02,880,000" in panel.new_revenue.text()  # English writes the code


def test_the_demo_meeting_is_shown_and_the_suggested_agreement_fills_a_new_one(
    window, demo, answers, qtbot
):
    page = open_page(window, demo, 2)
    panel = page.meeting
    assert panel.frequency.currentData() == "monthly"
    assert panel.minutes.value() == 90
    checked = [
        panel.attendees.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(panel.attendees.count())
        if panel.attendees.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert sorted(checked) == ["p01", "p04", "p06", "p07", "p10"]
    assert not panel.warning.isVisibleTo(page)

    session = window.store.create("Kick-off")
    page = open_page(window, session, 2)
    panel = page.meeting
    assert panel.warning.isVisibleTo(page)
    assert "frequency or attendees" in panel.warning.text()
    qtbot.mouseClick(panel.quick_button, Qt.MouseButton.LeftButton)
    meeting = stored(window, session).meeting
    assert meeting.frequency == "monthly" and meeting.minutes == 60
    assert meeting.purpose and meeting.decisions and meeting.closed_loop
    assert "sla_response" in meeting.figures
    assert not panel.warning.isVisibleTo(page)
    settle(qtbot, window)
    # Clearing asks first, and undo brings the agreement back.
    answers.confirm = True
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert stored(window, session).meeting is None
    assert panel.frequency.currentData() == ""
    settle(qtbot, window)
    window.findChild(type(window.find_action), "actionUndo").trigger()
    assert stored(window, session).meeting == meeting
    assert panel.frequency.currentData() == "monthly"


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "polish-emoji", "chinese", "20000"])
def test_hostile_text_in_every_meeting_field_is_kept_exactly(window, demo, qtbot, text):
    page = open_page(window, demo, 2)
    panel = page.meeting
    for box in (panel.purpose, panel.decisions, panel.closed_loop):
        box.setPlainText(text)
    type_in(panel.other_attendees, text[:500])
    page.flush()
    meeting = stored(window, demo).meeting
    assert (meeting.purpose, meeting.decisions, meeting.closed_loop) == (text, text, text)
    assert meeting.other_attendees == text[:500].strip()
    panel.purpose.setPlainText(text + "y")  # one character over: kept to the limit
    page.flush()
    assert len(stored(window, demo).meeting.purpose) == min(len(text) + 1, TEXT)


def test_a_control_character_is_refused_and_nothing_is_written(window, demo, answers, qtbot):
    page = open_page(window, demo, 2)
    before = stored(window, demo).meeting
    page.meeting.decisions.setPlainText("Budget\x07 review")
    page.flush()
    assert answers.errors and "control character (U+0007)" in answers.errors[-1][1]
    assert stored(window, demo).meeting == before


def test_figures_are_read_and_shown_with_the_sessions_decimal_comma(window, qtbot):
    session = window.store.create("Voorjaarsworkshop", language="nl")
    page = open_page(window, session, 1)
    panel = page.cascade
    assert panel.currency.currentText() == "EUR"
    polish = window.store.create("Wiosenny warsztat", language="pl")
    assert open_page(window, polish, 1).cascade.currency.currentText() == "PLN"
    page = open_page(window, session, 1)
    qtbot.mouseClick(panel.quick_button, Qt.MouseButton.LeftButton)
    type_in(panel.deal_size, "48.000")  # Dutch: forty-eight thousand
    type_in(panel.growth, "12,5")
    type_in(panel.rates["sal"], "47,5")
    page.flush()
    cascade = stored(window, session).cascade
    assert (cascade.deal_size, cascade.growth, cascade.rates["sal"]) == (48_000, 12.5, 47.5)
    page.refresh()
    assert (panel.deal_size.text(), panel.growth.text()) == ("48000", "12,5")
    assert panel.rates["sal"].text() == "47,5"


def test_undo_takes_a_cascade_figure_back_and_the_page_shows_it(window, demo, qtbot):
    page = open_page(window, demo, 1)
    panel = page.cascade
    settle(qtbot, window)
    type_in(panel.target_figures["marketing"], "1000")
    page.flush()
    assert stored(window, demo).cascade.targets[0].figure == 1000
    assert panel.verdict.text().startswith("Consistent")
    settle(qtbot, window)
    window.findChild(type(window.find_action), "actionUndo").trigger()
    assert stored(window, demo).cascade.targets[0].figure == 800
    assert panel.target_figures["marketing"].text() == "800"
    assert panel.verdict.text().startswith("Not consistent")


def test_the_cascade_says_when_its_growth_is_not_the_revenue_goals(window, demo, qtbot):
    page = open_page(window, demo, 1)
    panel = page.cascade
    assert not panel.growth_note.isVisibleTo(page)  # the demo works with the goal's 12 %
    type_in(panel.growth, "10")
    assert panel.growth_note.isVisibleTo(page)
    assert panel.growth_note.text() == (
        "The shared revenue goal aims for 12 % growth; the cascade works with 10 %."
    )
    page.flush()
    page.tabs.setCurrentIndex(0)  # the room raises the goal to 10 % instead
    page.shared.setCurrentRow(0)
    page.form.target.setText("10")
    page.form.target.textEdited.emit("10")
    page.flush()
    assert stored(window, demo).shared[0].target == 10
    page.tabs.setCurrentIndex(1)
    assert not panel.growth_note.isVisibleTo(page)
    assert panel.problem.isHidden()
