"""Shared goals as the room writes them: own goals, a revenue target first, warnings, actions."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt


def open_page(window, session):
    window.open_session(session.id)
    window.session_view.go("goals")
    return window.session_view.page("goals")


def test_each_department_lists_its_own_goals(window, qtbot, answers, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    answers.text = "Więcej klientów <b>teraz</b>"
    qtbot.mouseClick(
        page.findChild(type(page.add_button), "addOwnGoal_marketing"), Qt.MouseButton.LeftButton
    )
    stored = repo.get(session.id).goals.department_goals
    assert [(g.department, g.text) for g in stored] == [
        ("marketing", "Więcej klientów <b>teraz</b>")
    ]
    item = page.own["marketing"].item(0)
    item.setText("Two new segments")  # edited in place
    assert repo.get(session.id).goals.department_goals[0].text == "Two new segments"
    page.own["marketing"].setCurrentRow(0)
    answers.confirm = True
    qtbot.mouseClick(
        page.findChild(type(page.add_button), "removeOwnGoal_marketing"), Qt.MouseButton.LeftButton
    )
    assert repo.get(session.id).goals.department_goals == []


def test_first_shared_goal_is_the_revenue_target_and_warns_until_complete(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.revenue.isChecked()
    assert form.metric.currentData() == "revenue_growth"
    assert form.warning.isVisible() and "owner or a deadline" in form.warning.text()
    form.statement.setPlainText("Grow revenue together")
    qtbot.keyClicks(form.baseline, "4")
    qtbot.keyClicks(form.target, "12.5")
    qtbot.keyClicks(form.owners, "Tom & Elena")
    form.has_deadline.setChecked(True)
    form.deadline.setDate(QDate(2026, 12, 31))
    page.flush()
    goal = repo.get(session.id).goals.shared[0]
    assert (goal.statement, goal.baseline, goal.target, goal.unit) == (
        "Grow revenue together",
        4.0,
        12.5,
        "%",
    )
    assert (goal.owners, goal.deadline, goal.revenue) == ("Tom & Elena", "2026-12-31", True)
    assert not form.warning.isVisible()
    assert page.shared.item(0).text() == "★ Grow revenue together"


def test_custom_metric_and_a_second_goal_that_is_not_revenue(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.form.statement.setPlainText("Revenue")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # flushes the first goal
    form = page.form
    assert not form.revenue.isChecked() and form.metric.currentData() == ""
    form.statement.setPlainText("Demo requests")
    form.metric.setCurrentIndex(form.metric.findData("__custom__"))
    form.custom_metric.setText("Demo requests per month")
    form.custom_metric.textEdited.emit("Demo requests per month")
    page.flush()
    shared = repo.get(session.id).goals.shared
    assert [(g.statement, g.revenue) for g in shared] == [
        ("Revenue", True),
        ("Demo requests", False),
    ]
    assert (shared[1].metric, shared[1].custom_metric) == ("", "Demo requests per month")
    # switching goals in the list shows the other goal and keeps it selected
    page.shared.setCurrentRow(0)
    assert page.form.statement.toPlainText() == "Revenue"
    assert page.shared.currentRow() == 0


def test_only_one_goal_is_the_revenue_target(window, qtbot, demo, repo):
    page = open_page(window, demo)
    page.shared.setCurrentRow(1)
    page.form.revenue.setChecked(True)
    page.flush()
    shared = repo.get(demo.id).goals.shared
    assert [g.id for g in shared if g.revenue] == ["sg-conversion"]
    assert page.shared.item(0).text().startswith("★ Turn more of our leads")


def test_removing_a_shared_goal_asks_first(window, qtbot, answers, demo, repo):
    page = open_page(window, demo)
    page.shared.setCurrentRow(2)
    answers.confirm = False
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(repo.get(demo.id).goals.shared) == 3
    answers.confirm = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [g.id for g in repo.get(demo.id).goals.shared] == ["sg-revenue", "sg-conversion"]


def test_a_shared_goal_becomes_an_action_with_its_measure(window, qtbot, demo, repo):
    page = open_page(window, demo)
    page.shared.setCurrentRow(1)
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    action = repo.get(demo.id).actions[-1]
    assert len(repo.get(demo.id).actions) == len(demo.actions) + 1
    assert (action.source_kind, action.source_ref) == ("goal", "sg-conversion")
    assert action.title == "Turn more of our leads into real sales conversations."
    assert action.success_measure == "Lead conversion rate: 18 %"


def test_demo_forecast_goal_warns_about_what_it_lacks(window, demo):
    page = open_page(window, demo)
    page.shared.setCurrentRow(2)
    assert "owner or a deadline" in page.form.warning.text()
    assert page.shared.item(2).text().endswith("⚠")


def test_a_figure_that_is_not_finite_is_not_stored(window, qtbot, repo, tmp_path):
    from workshop_app.documents import session_document

    session = window.store.create("Kick-off")
    page = open_page(window, session)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.form
    form.statement.setPlainText("Grow revenue together")
    form.baseline.setText("nan")
    form.target.setText("1e400")
    page.flush()
    goal = repo.get(session.id).goals.shared[0]
    assert (goal.baseline, goal.target) == (None, None)
    form.target.setText("-inf")
    page.flush()
    assert repo.get(session.id).goals.shared[0].target is None
    assert '"target": null' in session_document.dumps(repo.get(session.id))
