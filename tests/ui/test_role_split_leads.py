"""The Role split page's lead stages and two-sided SLA as the room fills them: the quick path in
one click, every field editable, the checks shown without blocking, undo, and hostile text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app import lead_flow
from workshop_app.domain.limits import TEXT

HOSTILE = ("<b>bold</b> & co", "🤝🚀 leads", "线索「合格」", "Zażółć gęślą jaźń", "y" * TEXT)


@pytest.fixture
def page(window, qtbot):
    session = window.store.create("Lead stages test", organisation="Acme")
    window.open_session(session.id)
    window.session_view.go("role_split")
    split = window.session_view.page("role_split")
    qtbot.waitUntil(split.isVisible)
    return split


def stored(page):
    return page.store.load(page.session.id).role_map


def test_the_usual_stages_in_one_click_with_owners_and_the_accept_step(page, qtbot):
    page.tabs.setCurrentWidget(page.leads)
    leads = page.leads
    assert leads.warning.isHidden()
    assert not leads.detail.isEnabled()
    qtbot.mouseClick(leads.usual, Qt.MouseButton.LeftButton)
    role_map = stored(page)
    assert [s.content_id for s in role_map.lead_stages][:3] == ["inquiry", "mql", "sal"]
    assert lead_flow.lead_stage_problems(role_map) == []
    assert role_map.acceptance.accept_hours == 24
    assert leads.stages.count() == 6
    assert leads.stages.item(1).text() == "2. Marketing-qualified lead · Marketing"
    assert leads.accept_hours.value() == 24
    assert leads.reasons.toPlainText().count("\n") == 3


def test_a_new_stage_is_flagged_until_it_has_an_owner_and_criteria(page, answers, qtbot):
    page.tabs.setCurrentWidget(page.leads)
    leads = page.leads
    answers.text = "Webinar attendee"
    qtbot.mouseClick(leads.buttons["addLeadStage"], Qt.MouseButton.LeftButton)
    assert stored(page).lead_stages[0].name == "Webinar attendee"
    assert leads.warning.isVisible()
    assert "Webinar attendee" in leads.warning.text()
    leads.owner.setCurrentIndex(leads.owner.findData("marketing"))
    leads.owner.activated.emit(leads.owner.currentIndex())
    leads.entry.setPlainText("Registered and attended at least 20 minutes")
    assert leads.warning.isHidden()
    page.flush()
    stage = stored(page).lead_stages[0]
    assert (stage.owner, stage.entry) == (
        "marketing",
        "Registered and attended at least 20 minutes",
    )
    assert leads.stages.item(0).text() == "1. Webinar attendee · Marketing"


def test_stages_move_and_are_removed_after_asking(page, answers, qtbot):
    page.tabs.setCurrentWidget(page.leads)
    leads = page.leads
    qtbot.mouseClick(leads.usual, Qt.MouseButton.LeftButton)
    leads.stages.setCurrentRow(5)
    qtbot.mouseClick(leads.buttons["leadStageUp"], Qt.MouseButton.LeftButton)
    assert [s.content_id for s in stored(page).lead_stages][4] == "customer"
    answers.confirm = False
    qtbot.mouseClick(leads.buttons["removeLeadStage"], Qt.MouseButton.LeftButton)
    assert len(stored(page).lead_stages) == 6
    answers.confirm = True
    qtbot.mouseClick(leads.buttons["removeLeadStage"], Qt.MouseButton.LeftButton)
    assert "customer" not in [s.content_id for s in stored(page).lead_stages]


def test_the_sla_names_each_missing_number_then_fills_in_one_click(page, qtbot):
    page.tabs.setCurrentWidget(page.sla)
    sla = page.sla
    assert "Still without a number" in sla.status.text()
    assert "leads per rep" in sla.status.text()
    sla.numbers["leads_per_rep"].setValue(30)
    assert stored(page).sla.leads_per_rep == 30
    assert "leads per rep" not in sla.status.text()
    sla.hours.setValue(8)
    qtbot.mouseClick(sla.usual, Qt.MouseButton.LeftButton)
    role_map = stored(page)
    assert lead_flow.sla_gaps(role_map) == []
    assert (role_map.sla.leads_per_rep, role_map.handoff.follow_up_hours) == (30, 8)
    assert role_map.sla.attempts == 6
    assert sla.status.text().startswith("✓")
    assert sla.review.currentData() == "monthly"
    sla.review.setCurrentIndex(sla.review.findData("quarterly"))
    sla.review.activated.emit(sla.review.currentIndex())
    assert stored(page).sla.review == "quarterly"
    sla.numbers["attempts"].setValue(0)
    assert "attempts" in sla.status.text()
    assert stored(page).sla.attempts is None


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "emoji", "chinese", "polish", "long"])
def test_hostile_text_is_stored_exactly_in_every_new_field(page, qtbot, text):
    qtbot.mouseClick(page.leads.usual, Qt.MouseButton.LeftButton)
    leads, sla = page.leads, page.sla
    leads.stages.setCurrentRow(0)
    leads.name.setText(text)
    leads.name.textEdited.emit(text)
    leads.entry.setPlainText(text)
    leads.exit.setPlainText(text)
    leads.reasons.setPlainText(text)
    leads.recycle.setPlainText(text)
    sla.monitor.setText(text)
    sla.monitor.textEdited.emit(text)
    sla.missed.setPlainText(text)
    page.flush()
    role_map = stored(page)
    stage = role_map.lead_stages[0]
    assert stage.name == text[:500]
    assert stage.entry == stage.exit == role_map.acceptance.recycle_rule == text
    assert role_map.acceptance.reject_reasons == [text[:500]]
    assert role_map.sla.monitor == text[:500]
    assert role_map.sla.when_missed == text
    page.refresh()
    assert leads.entry.toPlainText() == text
    assert sla.missed.toPlainText() == text


def test_a_control_character_is_refused_with_a_message_and_nothing_changes(page, answers, qtbot):
    qtbot.mouseClick(page.sla.usual, Qt.MouseButton.LeftButton)
    page.sla.missed.setPlainText("Escalate\x07 now")
    page.flush()
    assert answers.errors
    assert "control character" in answers.errors[-1][1]
    assert stored(page).sla.when_missed == lead_flow_usual_missed()
    assert page.sla.missed.toPlainText() == lead_flow_usual_missed()


def lead_flow_usual_missed() -> str:
    from workshop_app.content import load_content

    return load_content("en").get("role_split.sla")["when_missed"]


def test_one_click_quick_paths_undo_one_by_one(window, page, qtbot):
    undo = window.findChild(type(window.find_action), "actionUndo")
    qtbot.mouseClick(page.leads.usual, Qt.MouseButton.LeftButton)
    turn = window.history._turn
    qtbot.waitUntil(lambda: window.history._turn > turn or not window.history._turn_open)
    qtbot.mouseClick(page.sla.usual, Qt.MouseButton.LeftButton)
    assert stored(page).sla.attempts == 6
    undo.trigger()
    assert stored(page).sla.attempts is None
    assert len(stored(page).lead_stages) == 6
    assert page.sla.numbers["attempts"].value() == 0
    undo.trigger()
    assert stored(page).lead_stages == []
    assert page.leads.stages.count() == 0


def test_review_mode_reads_every_lead_stage_and_changes_nothing(window, qtbot):
    from workshop_app.demo import create_demo

    demo = create_demo(window.store.repo, "en")
    window.library.refresh()
    window.library.select(demo.id)
    qtbot.mouseClick(window.library.review_button, Qt.MouseButton.LeftButton)
    view = window.session_view
    view.go("role_split")
    page = view.page("role_split")
    page.tabs.setCurrentWidget(page.leads)
    leads, sla = page.leads, page.sla
    assert not leads.usual.isEnabled() and not sla.usual.isEnabled()
    assert leads.entry.isReadOnly() and sla.missed.isReadOnly()
    assert not sla.numbers["attempts"].isEnabled()
    leads.stages.setCurrentRow(5)  # choosing a stage to read it still works
    assert leads.entry.toPlainText() == demo.role_map.lead_stages[5].entry
    assert not leads.buttons["removeLeadStage"].isEnabled()
    qtbot.mouseClick(leads.buttons["removeLeadStage"], Qt.MouseButton.LeftButton)
    assert window.store.load(demo.id).role_map == demo.role_map
