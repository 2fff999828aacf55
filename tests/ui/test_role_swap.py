"""The role swap as the room runs it: answers both ways, the reveal, notes, follow-up swaps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from workshop_app.domain import RoleSwapAnswer


def open_page(window, session, tab: int = 0):
    window.open_session(session.id)
    window.session_view.go("role_swap")
    page = window.session_view.page("role_swap")
    page.tabs.setCurrentIndex(tab)
    return page


def test_answers_as_the_other_side_are_saved_and_shown_in_the_reveal(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    editor = page.editors[("sales", "marketing")]["goals"]
    assert "Imagine you work in Marketing" in editor.placeholderText()
    editor.setPlainText("Więcej leadów <b>teraz</b> 🚀")
    page.editors[("marketing", "marketing")]["goals"].setPlainText("Two new segments")
    page.flush()
    stored = repo.get(session.id).role_swap.answers
    assert RoleSwapAnswer("goals", "sales", "marketing", "Więcej leadów <b>teraz</b> 🚀") in stored
    quote = page.reveal.quotes[("goals", "sales", "marketing")]
    assert quote.text() == "Więcej leadów <b>teraz</b> 🚀"
    assert quote.textFormat() == Qt.TextFormat.PlainText


def test_typing_waits_for_a_pause_before_saving(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    page.editors[("marketing", "sales")]["worries"].setPlainText("Quota")
    assert repo.get(session.id).role_swap.answers == []
    qtbot.waitUntil(lambda: bool(repo.get(session.id).role_swap.answers), timeout=3000)


def test_misreading_is_noted_and_becomes_an_action(window, qtbot, answers, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session, tab=2)
    answers.text = "Sales thought Marketing is measured on clicks"
    button = page.reveal.findChild(type(page.insight_action), "misreading_measured")
    qtbot.waitUntil(lambda: button.height() > 0)  # the tab lays out after it is shown
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    insight = repo.get(session.id).role_swap.insights[0]
    assert (insight.kind, insight.prompt) == ("misreading", "measured")
    assert page.insights.item(0).text().startswith("Misreading: Sales thought")
    qtbot.mouseClick(page.insight_action, Qt.MouseButton.LeftButton)
    action = repo.get(session.id).actions[0]
    assert (action.source_kind, action.source_ref) == ("role_swap", insight.id)
    answers.confirm = True
    qtbot.mouseClick(page.insight_remove, Qt.MouseButton.LeftButton)
    assert repo.get(session.id).role_swap.insights == []


def test_follow_up_swap_goes_on_the_plan_in_one_click(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session, tab=3)
    button = page.activity_buttons["qualify_leads"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    stored = repo.get(session.id)
    assert stored.role_swap.activities == ["qualify_leads"]
    assert [(a.title, a.source_ref) for a in stored.actions] == [
        ("Marketers qualify a batch of leads", "qualify_leads")
    ]
    assert button.text() == "In the plan ✓"


def test_round_length_is_saved_and_the_timer_runs_on_other_pages(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    page.timer.length.setValue(12)
    assert repo.get(session.id).role_swap.round_minutes == 12
    qtbot.mouseClick(page.timer.start_button, Qt.MouseButton.LeftButton)
    window.session_view.go("diagnosis")
    assert page.timer.running


def test_demo_reveal_is_complete(window, demo):
    page = open_page(window, demo, tab=2)
    assert page.reveal.quotes[("customer", "sales", "sales")].text().startswith("Named people")
    assert page.insights.count() == 4


def test_the_prompts_name_the_other_department_in_the_session_language(window, repo):
    """An English interface on a Chinese session: the workshop's questions stay Chinese."""
    from workshop_app import library

    session = library.create_session(repo, "工作坊", language="zh_CN")
    window.open_session(session.id)
    window.session_view.go("role_swap")
    editors = window.session_view.page("role_swap").editors[("sales", "marketing")]
    question = next(iter(editors.values())).toolTip()
    assert "市场营销" in question and "Marketing" not in question


def every_move(places: list[str]) -> list[str]:
    """A walk that goes from each place to each other place exactly once (Hierholzer's circuit
    on the complete directed graph), starting and ending at the first."""
    left = {a: [b for b in places if b != a] for a in places}
    stack, walk = [places[0]], []
    while stack:
        if left[stack[-1]]:
            stack.append(left[stack[-1]].pop())
        else:
            walk.append(stack.pop())
    return walk[::-1]


def test_the_questions_follow_the_open_sessions_language_in_any_order(window, repo):
    """Sessions in five languages opened one after another, and back: each shows its own prompts.
    The walk moves once from every language to every other (an Eulerian circuit of the twenty
    moves), so each move is made and none is made twice."""
    from itertools import pairwise

    from workshop_app import library
    from workshop_app.content import load_content

    sessions = {
        language: library.create_session(repo, f"Workshop {language}", language=language)
        for language in ("en", "pl", "zh_CN", "nl", "zh_TW")
    }
    expected = {
        language: [p["as_self"] for p in load_content(language).items("role_swap.prompts")]
        for language in sessions
    }
    questions = {
        language: [p["question"] for p in load_content(language).items("role_swap.prompts")]
        for language in sessions
    }
    assert len({tuple(e) for e in expected.values()}) == 5
    order = every_move(list(sessions))
    assert len(order) == 21 and set(pairwise(order)) == {
        (a, b) for a in sessions for b in sessions if a != b
    }
    for language in order:
        window.open_session(sessions[language].id)
        window.session_view.go("role_swap")
        page = window.session_view.page("role_swap")
        shown = [editor.toolTip() for editor in page.editors[("sales", "sales")].values()]
        assert shown == expected[language], language
        grid = page.reveal.grid
        titles = [
            grid.itemAtPosition(row, 0).widget().findChild(QLabel).text()
            for row in range(1, grid.rowCount(), 3)
            if grid.itemAtPosition(row, 0) is not None
        ]
        assert titles == questions[language], language
