"""The ten steps as the room rates them: levels by click and key, evidence, linked actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.demo import create_demo


@pytest.fixture
def page(window, qtbot):
    session = window.store.create("Ten steps test")
    window.open_session(session.id)
    window.session_view.go("ten_steps")
    steps = window.session_view.page("ten_steps")
    qtbot.waitUntil(steps.isVisible)
    return steps


def stored(page, step: str):
    return next(s for s in page.store.load(page.session.id).checklist.steps if s.step == step)


def test_all_ten_steps_are_on_the_page(page):
    assert len(page.cards) == 10
    assert page.card("s3").title() == "3. Build one sales-and-marketing process"
    assert "0 of 10 steps rated" in page.summary.text()


def test_levels_by_click_and_by_key(page, qtbot):
    card = page.card("s3")
    qtbot.mouseClick(card.current.buttons[2], Qt.MouseButton.LeftButton)
    assert stored(page, "s3").current == 2
    card.target.setFocus()
    qtbot.keyClick(card.target, Qt.Key.Key_4)
    assert stored(page, "s3").target == 4
    qtbot.keyClick(card.target, Qt.Key.Key_Right)
    assert stored(page, "s3").target == 5
    qtbot.keyClick(card.target, Qt.Key.Key_Delete)
    assert stored(page, "s3").target is None
    qtbot.mouseClick(card.current.buttons[2], Qt.MouseButton.LeftButton)  # again: clears
    assert stored(page, "s3").current is None


def test_summary_chart_follows_the_ratings(page, qtbot):
    qtbot.mouseClick(page.card("s1").current.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.card("s1").target.buttons[4], Qt.MouseButton.LeftButton)
    assert page.chart.steps[0][2:] == (2, 4)
    assert "1 of 10 steps rated · 1 to improve" in page.summary.text()


def test_evidence_is_saved_as_typed(page):
    page.card("s7").evidence.setPlainText("Beschwerden <i>&</i> 抱怨 stay in corridors")
    page.flush()
    assert stored(page, "s7").evidence == "Beschwerden <i>&</i> 抱怨 stay in corridors"


def test_add_action_links_it_to_the_step(page, answers, qtbot):
    answers.text = "Monthly one-page report"
    qtbot.mouseClick(page.card("s6").add_action, Qt.MouseButton.LeftButton)
    action = page.store.load(page.session.id).actions[0]
    assert (action.source_kind, action.source_ref, action.title) == (
        "checklist",
        "s6",
        "Monthly one-page report",
    )
    assert page.card("s6").actions.text().startswith("1 linked action")
    answers.text = None  # cancelled
    qtbot.mouseClick(page.card("s6").add_action, Qt.MouseButton.LeftButton)
    assert len(page.store.load(page.session.id).actions) == 1


def test_demo_steps_are_rated(window, qtbot):
    session = create_demo(window.store.repo, "en")
    window.open_session(session.id)
    page = window.session_view.page("ten_steps")
    assert page.card("s3").current.value() == 1
    assert page.card("s3").target.value() == 3
    assert "10 of 10 steps rated" in page.summary.text()
    assert page.card("s4").actions.text().startswith("1 linked action")


def test_a_level_row_shows_where_the_keyboard_is_and_its_level_in_its_colour(page, qtbot):
    from ui.style import MARKETING_COLOUR, SALES_COLOUR

    card = page.card("s1")
    qtbot.mouseClick(card.sales.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.marketing.buttons[4], Qt.MouseButton.LeftButton)
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)
    highlight = card.sales.palette().highlight().color()

    def middle(widget, x: int):
        image = widget.grab().toImage()
        return image.pixelColor(x if x >= 0 else image.width() + x, image.height() // 2)

    def ringed(picker) -> bool:
        edge = middle(picker, 0)
        return abs(edge.hue() - highlight.hue()) < 12 and abs(edge.value() - highlight.value()) < 30

    card.marketing.setFocus()
    qtbot.waitUntil(card.marketing.hasFocus)
    assert ringed(card.marketing) and not ringed(card.sales)
    card.sales.setFocus()
    qtbot.waitUntil(card.sales.hasFocus)
    assert ringed(card.sales) and not ringed(card.marketing)
    # The chosen level in its side's colour; the others plain.
    assert middle(card.sales.buttons[2], 4) == SALES_COLOUR
    assert middle(card.marketing.buttons[4], 4) == MARKETING_COLOUR
    assert middle(card.sales.buttons[3], 4) != SALES_COLOUR
