"""The Diagnosis page as a facilitator uses it: typing paper answers, reading results and the gap."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workshop_app.content import load_content
from workshop_app.domain import Department, Participant


def open_page(window, session, tab: int = 0):
    window.open_session(session.id)
    window.session_view.go("diagnosis")
    page = window.session_view.page("diagnosis")
    page.tabs.setCurrentIndex(tab)
    return page


def small_room(store):
    session = store.create("Kick-off")
    people = [
        Participant("s1", "Ana", Department.SALES),
        Participant("s2", "Sales 2", Department.SALES, anonymous=True),
        Participant("m1", "Bo", Department.MARKETING),
        Participant("l1", "Cy", Department.LEADERSHIP),
    ]
    store.save_participants(session.id, people)
    return store.load(session.id)


def test_digits_rate_and_move_on_through_a_whole_questionnaire(window, qtbot, repo):
    session = small_room(window.store)
    page = open_page(window, session)
    grid = page.grid
    grid.setFocus()
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 0
    for key in "3" * 18 + "?" + "4":
        qtbot.keyClicks(grid, key)
    # twenty keys filled Ana's row and the cursor wrapped to the next respondent
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 0)
    stored = repo.get(session.id).assessment.answers
    assert len(stored) == 20
    assert {a.department for a in stored} == {"sales"}
    assert [a.value for a in stored if a.statement in ("a19", "a20")] == [None, 4]
    # (18 × 3 + 4) / 19 × 20 = 61.05 → 61
    assert page.model.data(page.model.index(0, 20)) == "61"


def test_tab_and_enter_skip_and_delete_clears(window, qtbot, repo):
    session = small_room(window.store)
    page = open_page(window, session)
    grid = page.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_5)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.keyClick(grid, Qt.Key.Key_2)
    assert [(a.statement, a.value) for a in repo.get(session.id).assessment.answers] == [
        ("a01", 5),
        ("a04", 2),
    ]
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert [a.statement for a in repo.get(session.id).assessment.answers] == ["a01"]
    # the current statement's wording is on screen for the facilitator
    assert "A04" in page.statement.text()


def test_anonymous_answers_keep_their_department_and_count_for_their_side(window, qtbot, repo):
    session = small_room(window.store)
    page = open_page(window, session)
    page.grid.setCurrentIndex(page.model.index(1, 0))  # "Sales 2"
    for key in "2" * 20:
        qtbot.keyClicks(page.grid, key)
    page.grid.setCurrentIndex(page.model.index(2, 0))  # Bo, marketing
    for key in "4" * 20:
        qtbot.keyClicks(page.grid, key)
    answers = repo.get(session.id).assessment.answers
    assert {a.department for a in answers if a.respondent == "s2"} == {"sales"}
    # One anonymous Sales answer is fewer than the default three: withheld in words, and the
    # overall total is Marketing's alone, so Sales' cannot be worked out from it.
    cards = page.results.cards
    assert cards["sales"].total.text() == "–"
    assert cards["sales"].stage.text() == "withheld: fewer than 3 answers"
    assert cards["overall"].total.text() == "80"
    assert "Marketing alone: the other side is withheld" in cards["overall"].detail.text()
    assert "1 respondent" in cards["overall"].detail.text()
    page.tabs.setCurrentIndex(2)
    assert "withheld: fewer than 3 answers" in page.gaps.message.text()
    assert page.gaps.table.rowCount() == 0
    page.results.minimum.setValue(1)
    assert repo.get(session.id).assessment.minimum_answers == 1
    assert cards["sales"].total.text() == "40"
    assert cards["marketing"].total.text() == "80"
    assert cards["overall"].total.text() == "60"
    assert "2 respondent" in cards["overall"].detail.text()
    assert "Aligned" in page.results.stage_title.text()
    # Each side's mean carries its count in the gap table: Sales 2.0 from one, Marketing 4.0 from one.
    assert page.gaps.table.item(0, 1).text() == "2.0 (n = 1)"
    assert page.gaps.table.item(0, 2).text() == "4.0 (n = 1)"


def test_department_mode_switch_asks_before_removing_answers(window, qtbot, answers, repo):
    session = small_room(window.store)
    page = open_page(window, session)
    page.grid.setFocus()
    qtbot.keyClicks(page.grid, "3")
    answers.confirm = False
    page.by_department.click()
    assert page.by_participant.isChecked()
    assert repo.get(session.id).assessment.mode == "participants"
    answers.confirm = True
    page.by_department.click()
    stored = repo.get(session.id).assessment
    assert (stored.mode, stored.answers) == ("departments", [])
    assert [page.model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [
        "Sales",
        "Marketing",
    ]
    page.grid.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClicks(page.grid, "5")
    assert repo.get(session.id).assessment.answers[0].respondent == "marketing"


def test_predict_then_reveal_hides_results_until_revealed(window, qtbot, repo):
    session = small_room(window.store)
    page = open_page(window, session, tab=1)
    results = page.results
    qtbot.mouseClick(results.predict_reveal, Qt.MouseButton.LeftButton)
    assert not results.results.isVisible()
    results.predictions["sales"].setValue(70)
    results.predictions["marketing"].setValue(45)
    qtbot.mouseClick(results.reveal_button, Qt.MouseButton.LeftButton)
    stored = repo.get(session.id).assessment
    assert stored.revealed and [(p.department, p.predicted_total) for p in stored.predictions] == [
        ("sales", 70),
        ("marketing", 45),
    ]
    assert results.results.isVisible()


def test_demo_results_advise_a_move_with_the_levers(window, demo):
    page = open_page(window, demo, tab=1)
    results = page.results
    assert results.cards["sales"].total.text() == "40"
    assert results.cards["marketing"].total.text() == "55"
    assert results.cards["overall"].total.text() == "48"
    assert "Defined" in results.stage_title.text()
    assert "calls for the Integrated stage" in results.advice.text()
    assert "Regular joint meetings" in results.levers.text()
    assert "Sales expected Marketing to score 68; Marketing gave 55 (+13)" in (
        results.prediction_results.text()
    )


def test_facilitator_answers_the_conditions_and_the_advice_follows(window, demo, repo):
    page = open_page(window, demo, tab=1)
    results = page.results
    for condition, option in (
        ("company_size", "small"),
        ("sales_cycle", "short_simple"),
        ("market_pace", "stable"),
    ):
        combo = results.conditions[condition]
        combo.setCurrentIndex(combo.findData(option))
    # small + short + stable suggest at most Aligned; Defined still needs one move
    assert "calls for the Aligned stage" in results.advice.text()
    combo = results.conditions["sales_cycle"]
    combo.setCurrentIndex(0)  # not answered: small and stable say Defined is enough
    assert "stage is enough" in results.advice.text()
    assert repo.get(demo.id).assessment.context == {
        "company_size": "small",
        "market_pace": "stable",
    }


def test_perception_gap_lists_the_widest_gap_first(window, qtbot, demo):
    page = open_page(window, demo, tab=2)
    gaps = page.gaps
    assert gaps.chart is not None
    assert gaps.table.item(0, 0).text() == "A05"
    assert gaps.table.item(0, 3).text() == "-2.8"
    statement = load_content("en").item("assessment.statements", "a05")["text"]
    assert f"Widest gap: {statement[:30]}" in gaps.message.text()
    # The chart names each statement by its words, never by a code like A05.
    assert gaps.chart.labels[0].startswith(statement[:30])
    assert len(gaps.chart.labels[0]) <= 48
    assert not any(label[:1] == "A" and label[1:].isdigit() for label in gaps.chart.labels)
    qtbot.mouseClick(gaps.by_theme, Qt.MouseButton.LeftButton)
    assert gaps.table.rowCount() == 5
    assert len(gaps.chart.bars) == 5


def test_answers_model_passes_the_model_tester(qtmodeltester, demo):
    from ui.models.answers import AnswersModel, Respondent
    from workshop_app.content import load_content

    model = AnswersModel()
    people = [Respondent(p.id, p.name, p.department.value) for p in demo.participants]
    model.load(people, load_content("en").items("assessment.statements"), demo.assessment.answers)
    qtmodeltester.check(model)
