"""Ten steps rated per department: each side's level, the gap between them, and old sessions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.domain import Checklist, ChecklistStep


@pytest.fixture
def page(window, qtbot):
    session = window.store.create("Ten steps by department")
    window.open_session(session.id)
    window.session_view.go("ten_steps")
    steps = window.session_view.page("ten_steps")
    qtbot.waitUntil(steps.isVisible)
    return steps


def stored(page, step: str):
    return next(s for s in page.store.load(page.session.id).checklist.steps if s.step == step)


def test_each_department_rates_a_step_and_a_wide_gap_stands_out(page, qtbot):
    card = page.card("s5")
    assert not card.gap.isVisibleTo(card)
    qtbot.mouseClick(card.sales.buttons[4], Qt.MouseButton.LeftButton)
    card.marketing.setFocus()
    qtbot.keyClick(card.marketing, Qt.Key.Key_3)
    assert (stored(page, "s5").sales, stored(page, "s5").marketing) == (4, 3)
    assert card.gap.isVisibleTo(card)
    assert card.gap.text() == "Gap +1: Sales sees it better"
    assert card.gap.property("wide") is False
    qtbot.keyClick(card.marketing, Qt.Key.Key_1)
    assert card.gap.text() == "Gap +3: Sales sees it better"
    assert card.gap.property("wide") is True and "font-weight: bold" in card.gap.styleSheet()
    assert "1 step(s) where the departments are 2 or more levels apart" in page.summary.text()
    # The room's own level stays its own: the departments' views do not set it.
    assert stored(page, "s5").current is None
    qtbot.mouseClick(card.sales.buttons[1], Qt.MouseButton.LeftButton)
    assert card.gap.text() == "Both departments see the same level"
    assert "apart" not in page.summary.text()


def test_marketing_seeing_it_better_is_said_the_other_way_round(page, qtbot):
    card = page.card("s2")
    qtbot.mouseClick(card.sales.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.marketing.buttons[5], Qt.MouseButton.LeftButton)
    assert card.gap.text() == "Gap -4: Marketing sees it better"


def test_a_session_rated_by_the_room_alone_still_loads_and_shows(window, qtbot):
    session = window.store.create("Before departments rated apart")
    window.store.save_section(
        session.id,
        "checklist",
        Checklist([ChecklistStep("s1", current=2, target=4, evidence="Weekly call")]),
    )
    window.open_session(session.id)
    window.session_view.go("ten_steps")
    page = window.session_view.page("ten_steps")
    card = page.card("s1")
    assert (card.current.value(), card.target.value()) == (2, 4)
    assert card.sales.value() is None and card.marketing.value() is None
    assert not card.gap.isVisibleTo(card)
    assert "1 of 10 steps rated" in page.summary.text()


def test_the_demo_shows_each_departments_view_and_its_wide_gaps(window, qtbot):
    from workshop_app.demo import create_demo

    session = create_demo(window.store.repo, "en")
    window.open_session(session.id)
    page = window.session_view.page("ten_steps")
    card = page.card("s4")
    assert (card.sales.value(), card.marketing.value(), card.current.value()) == (1, 3, 2)
    assert card.gap.text() == "Gap -2: Marketing sees it better"
    assert card.gap.property("wide") is True
    assert "3 step(s) where the departments are 2 or more levels apart" in page.summary.text()
