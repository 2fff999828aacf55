"""Opening a session fills the page on screen; every other page is filled with that session when
it is first shown, never with the session opened before it."""

from __future__ import annotations

import pytest

from ui.pages import page_class
from ui.pages.wrap_up import WrapUpPage
from workshop_app.domain import STAGES


def shared_goals(window) -> list[str]:
    page = window.session_view.page("goals")
    return [page.shared.item(row).text() for row in range(page.shared.count())]


def test_a_page_shown_later_shows_the_session_now_open(window, demo):
    window.open_session(demo.id)
    window.session_view.go("goals")
    assert shared_goals(window)  # the demo has shared goals
    empty = window.store.create("Kick-off")
    window.open_session(empty.id)
    assert window.session_view.current_stage() == "setup"
    window.session_view.go("goals")
    assert shared_goals(window) == []
    window.open_session(demo.id)
    window.session_view.go("goals")
    assert len(shared_goals(window)) == len(demo.goals.shared)


def test_reopening_on_the_page_on_screen_shows_what_is_stored_now(window, demo, repo):
    # As an undo does: the session is read back and opened again on the page the user is on.
    window.open_session(demo.id)
    view = window.session_view
    view.go("goals")
    stored = repo.get(demo.id)
    stored.goals.shared = []
    repo.save_section(demo.id, "goals", stored.goals)
    view.open(window.store.load(demo.id), "goals")
    on_screen = view.stack.currentWidget().page
    assert on_screen.stage == "goals"
    assert on_screen.shared.count() == 0


def test_opening_a_session_leaves_pages_not_on_screen_alone(window, demo, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(WrapUpPage, "refresh", lambda page: calls.append(page.session.id))
    window.open_session(demo.id)
    assert calls == []
    window.session_view.go("wrap_up")
    assert calls and set(calls) == {demo.id}


@pytest.mark.parametrize("stage", ["actions", "wrap_up"])
def test_a_page_asked_for_by_name_is_filled_first(window, demo, stage):
    window.open_session(demo.id)
    assert window.session_view.page(stage).session is window.session_view.session


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_has_its_page(stage):
    assert page_class(stage).stage == stage
