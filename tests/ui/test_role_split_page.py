"""The role split map as the room fills it: letters by keyboard and mouse, the one-Accountable
rule, reshaping the funnel, the handoff and the rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app import role_split
from workshop_app.demo import create_demo


@pytest.fixture
def page(window, qtbot):
    session = window.store.create("Role split test", organisation="Acme")
    view = window.session_view
    window.open_session(session.id)
    view.go("role_split")
    split = view.page("role_split")
    qtbot.waitUntil(split.isVisible)
    return split


def stored(page):
    return page.store.load(page.session.id).role_map


def click_cell(qtbot, page, row: int, column: int) -> None:
    rect = page.grid.visualRect(page.model.index(row, column))
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_letters_typed_in_a_row_fill_it_and_are_saved(page, qtbot):
    click_cell(qtbot, page, 0, 0)  # Awareness × Sales
    for key in (Qt.Key.Key_I, Qt.Key.Key_A, Qt.Key.Key_R):
        qtbot.keyClick(page.grid, key)
    role_map = stored(page)
    assert role_split.letter(role_map, "awareness", "sales") == "I"
    assert role_split.letter(role_map, "awareness", "marketing") == "A"
    assert role_split.letter(role_map, "awareness", "shared") == "R"
    click_cell(qtbot, page, 0, 2)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    assert role_split.letter(stored(page), "awareness", "shared") == ""


def test_the_one_accountable_rule_is_shown_and_cleared(page, qtbot):
    assert "No Accountable yet" in page.warning.text()
    click_cell(qtbot, page, 6, 0)  # Negotiation and close × Sales
    qtbot.keyClick(page.grid, Qt.Key.Key_A)
    qtbot.keyClick(page.grid, Qt.Key.Key_A)  # Marketing too
    assert (
        "More than one Accountable: Negotiation and close (Sales, Marketing)" in page.warning.text()
    )
    click_cell(qtbot, page, 6, 1)
    qtbot.keyClick(page.grid, Qt.Key.Key_C)
    assert "Negotiation and close (" not in page.warning.text()


def test_double_click_cycles_through_the_letters(page, qtbot):
    rect = page.grid.visualRect(page.model.index(1, 1))

    def double_click() -> None:  # a real double-click starts with a press
        qtbot.mousePress(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    double_click()
    assert role_split.letter(stored(page), "interest", "marketing") == "R"
    double_click()
    assert role_split.letter(stored(page), "interest", "marketing") == "A"


def test_template_fills_the_grid_and_sets_the_handoff(page, answers, qtbot):
    page.archetype.setCurrentIndex(page.archetype.findData("research_first"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    role_map = stored(page)
    assert role_map.handoff.stage == "solution"
    assert not page.warning.isVisible()
    assert page.handoff.stage.currentData() == "solution"
    assert page.model.headerData(4, Qt.Orientation.Vertical).endswith("⇄")


def test_stages_are_added_renamed_moved_and_removed(page, answers, qtbot):
    click_cell(qtbot, page, 7, 0)  # Onboarding and retention
    answers.text = "Renewal"
    qtbot.mouseClick(page.buttons["addStage"], Qt.MouseButton.LeftButton)
    names = [s.name for s in stored(page).stages]
    assert names[8] == "Renewal" and len(names) == 10
    answers.text = "Contract renewal"
    qtbot.mouseClick(page.buttons["renameStage"], Qt.MouseButton.LeftButton)
    assert [s.name for s in stored(page).stages][8] == "Contract renewal"
    qtbot.mouseClick(page.buttons["moveStageUp"], Qt.MouseButton.LeftButton)
    assert [s.name for s in stored(page).stages][7] == "Contract renewal"
    answers.confirm = False
    qtbot.mouseClick(page.buttons["removeStage"], Qt.MouseButton.LeftButton)
    assert len(stored(page).stages) == 10
    answers.confirm = True
    qtbot.mouseClick(page.buttons["removeStage"], Qt.MouseButton.LeftButton)
    assert "Contract renewal" not in [s.name for s in stored(page).stages]
    assert answers.asked.count("confirm") == 2


def test_custom_party_gets_a_column_and_can_go_again(page, answers, qtbot):
    answers.text = "Customer Success"
    qtbot.mouseClick(page.buttons["addParty"], Qt.MouseButton.LeftButton)
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "Customer Success"
    click_cell(qtbot, page, 7, 3)
    qtbot.keyClick(page.grid, Qt.Key.Key_R)
    party = stored(page).parties[3]
    assert role_split.letter(stored(page), "onboarding", party.id) == "R"
    click_cell(qtbot, page, 0, 0)
    assert not page.buttons["removeParty"].isEnabled()  # Sales stays
    click_cell(qtbot, page, 0, 3)
    qtbot.mouseClick(page.buttons["removeParty"], Qt.MouseButton.LeftButton)
    assert [p.id for p in stored(page).parties] == ["sales", "marketing", "shared"]
    assert stored(page).cells == []


def test_handoff_agreements_are_saved_as_typed(page, qtbot):
    page.tabs.setCurrentIndex(1)
    page.handoff.stage.setCurrentIndex(page.handoff.stage.findData("qualifying"))
    page.handoff.qualified.setPlainText("Budget <b>& authority</b> confirmed; 需要 demo")
    page.flush()
    handoff = stored(page).handoff
    assert handoff.stage == "qualifying"
    assert handoff.qualified_lead == "Budget <b>& authority</b> confirmed; 需要 demo"
    qtbot.mouseClick(page.handoff.suggest, Qt.MouseButton.LeftButton)
    contributions = {c.stage for c in stored(page).contributions}
    assert contributions == {"qualifying", "needs", "solution", "decision", "close"}


def test_rules_and_contacts(page, answers, qtbot):
    page.tabs.setCurrentWidget(page.rules)
    rules = page.rules
    rules.new_rule.setText("Leads are called within a day")
    qtbot.keyClick(rules.new_rule, Qt.Key.Key_Return)
    rules.suggestions.setCurrentIndex(1)
    rules.suggestions.activated.emit(1)
    assert [r.text for r in stored(page).rules][0] == "Leads are called within a day"
    assert len(stored(page).rules) == 2
    qtbot.mouseClick(rules.add_contact_button, Qt.MouseButton.LeftButton)
    rules.contacts.setData(rules.contacts.index(0, 1), "Elena Rossi")
    assert stored(page).contacts[0].person == "Elena Rossi"
    rules.rules.setCurrentRow(0)
    qtbot.mouseClick(rules.remove_rule_button, Qt.MouseButton.LeftButton)
    assert len(stored(page).rules) == 1


def test_a_gap_at_a_stage_becomes_a_linked_action(page, answers, qtbot):
    click_cell(qtbot, page, 2, 0)
    answers.text = "Write down what a qualified lead is"
    qtbot.mouseClick(page.buttons["stageAction"], Qt.MouseButton.LeftButton)
    action = page.store.load(page.session.id).actions[0]
    assert (action.source_kind, action.source_ref) == ("role_map", "qualifying")


def test_demo_map_keeps_the_rule_and_shows_the_handoff(window, qtbot):
    session = create_demo(window.store.repo, "en")
    window.open_session(session.id)
    window.session_view.go("role_split")
    page = window.session_view.page("role_split")
    assert not page.warning.isVisible()
    assert page.model.columnCount() == 4
    assert page.model.headerData(2, Qt.Orientation.Vertical).endswith("⇄")
    assert page.sla.hours.value() == 24


def test_raci_model_passes_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_the_map_opens_full_screen_for_the_projector_and_escape_closes_it(page, qtbot):
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.widgets.role_map_chart import RoleMapChart

    page.tabs.setCurrentWidget(page.map_tab)
    qtbot.mouseClick(page.map_tab.full_screen, Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    )
    assert dialog.findChild(RoleMapChart).role_map is page.session.role_map
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_follow_up_hours_read_in_the_singular_and_plural(page, qapp):
    from ui.i18n import install_translators, remove_translators

    install_translators(qapp, "en")
    try:
        hours = page.sla.hours
        hours.setValue(1)
        assert hours.text() == "1 hour"
        hours.setValue(24)
        assert hours.text() == "24 hours"
    finally:
        remove_translators(qapp)
