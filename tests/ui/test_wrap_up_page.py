"""The wrap-up page: the whole session on one page, always up to date, user text shown as typed."""

from __future__ import annotations

from datetime import date

import pytest

from ui.i18n import show_date
from workshop_app.demo import create_demo
from workshop_app.domain import Action

TODAY = date(2026, 4, 2)


@pytest.fixture
def demo_window(window, qtbot):
    session = create_demo(window.store.repo, "en", today=TODAY)
    for stage in ("wrap_up", "actions"):
        window.session_view.page(stage).today = lambda: TODAY
    window.open_session(session.id)
    return window


def show_wrap_up(window, qtbot):
    window.session_view.go("wrap_up")
    page = window.session_view.page("wrap_up")
    qtbot.waitUntil(page.isVisible)
    return page


def test_it_sums_up_the_demo(demo_window, qtbot, qapp):
    from ui.i18n import install_translators, remove_translators

    install_translators(qapp, "en")  # the plural forms ("24 hours") live in truce_en.qm
    try:
        page = show_wrap_up(demo_window, qtbot)
        page.refresh()
        text = page.browser.toPlainText()
    finally:
        remove_translators(qapp)
    assert "Follow-up workshop: Thursday, 11 June 2026" in text or (
        f"Follow-up workshop: {show_date('2026-06-11', long=True)}" in text
    )
    assert "Prospecting and qualifying" in text
    assert "within 24 hours" in text
    assert "Marketing: 18 leads per sales rep a month, at least 60% accepted by Sales" in text
    assert "Reviewed: monthly" in text
    assert "Inquiry → Marketing-qualified (MQL)" in text
    assert "3. Build one sales-and-marketing process" in text
    assert "Record a reason for every rejected lead" in text
    assert "overdue" in text
    assert "Shared sales-and-marketing scorecard" not in text  # dropped


def test_an_action_added_elsewhere_appears_and_user_text_is_literal(demo_window, qtbot):
    view = demo_window.session_view
    view.go("actions")
    session = view.session
    action = Action(
        id="x1", title="<b>Bold</b> & 新しい plan 🚀", owner="Łucja Żak", due="2026-05-01"
    )
    view.store.save_action(session.id, action)
    session.actions.append(action)
    page = show_wrap_up(demo_window, qtbot)
    text = page.browser.toPlainText()
    assert "<b>Bold</b> & 新しい plan 🚀" in text
    assert "Łucja Żak" in text


def test_missing_follow_up_date_is_pointed_out(window, qtbot):
    session = window.store.create("No follow-up yet")
    window.open_session(session.id)
    page = show_wrap_up(window, qtbot)
    text = page.browser.toPlainText()
    assert "No follow-up workshop is planned yet" in text
    assert "No actions have been agreed yet." in text
