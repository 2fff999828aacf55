"""Stage progress for the agreement stages, as the navigator marks them."""

from __future__ import annotations

from datetime import date

from workshop_app.content import load_content
from workshop_app.demo import demo_session
from workshop_app.domain import Action, Session, SessionInfo
from workshop_app.library import default_sections
from workshop_app.progress import Progress, stage_progress
from workshop_app.role_split import apply_archetype, set_letter


def fresh() -> Session:
    return default_sections(Session(info=SessionInfo(id="s", title="t", date="2026-03-12")))


def test_a_new_session_has_not_started_the_agreements():
    session = fresh()
    for stage in ("role_split", "ten_steps", "actions", "wrap_up"):
        assert stage_progress(session, stage) is Progress.EMPTY


def test_role_split_is_complete_with_one_accountable_each_and_a_defined_handoff():
    session = fresh()
    set_letter(session.role_map, "awareness", "marketing", "A")
    assert stage_progress(session, "role_split") is Progress.STARTED
    apply_archetype(session.role_map, load_content("en"), "leads_only")
    assert stage_progress(session, "role_split") is Progress.STARTED  # no definition yet
    session.role_map.handoff.qualified_lead = "Budget and a named buyer"
    assert stage_progress(session, "role_split") is Progress.COMPLETE
    set_letter(session.role_map, "growth", "shared", "A")
    assert stage_progress(session, "role_split") is Progress.STARTED


def test_ten_steps_complete_when_every_step_has_both_levels():
    session = fresh()
    session.checklist.steps[0].current = 2
    assert stage_progress(session, "ten_steps") is Progress.STARTED
    for step in session.checklist.steps:
        step.current, step.target = 2, 4
    assert stage_progress(session, "ten_steps") is Progress.COMPLETE


def test_actions_and_wrap_up_need_owners_dates_and_a_follow_up():
    session = fresh()
    session.actions = [Action(id="a", title="Do it")]
    assert stage_progress(session, "actions") is Progress.STARTED
    session.actions[0].owner, session.actions[0].due = "Tom", "2026-04-01"
    assert stage_progress(session, "actions") is Progress.COMPLETE
    assert stage_progress(session, "wrap_up") is Progress.STARTED
    session.info.follow_up_date = "2026-06-11"
    assert stage_progress(session, "wrap_up") is Progress.COMPLETE


def test_demo_agreements_are_nearly_done():
    session = demo_session("en", date(2026, 4, 2))
    assert stage_progress(session, "role_split") is Progress.COMPLETE
    assert stage_progress(session, "ten_steps") is Progress.COMPLETE
    assert stage_progress(session, "actions") is Progress.STARTED  # one action has no owner
