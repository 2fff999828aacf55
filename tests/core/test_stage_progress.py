"""The navigator marks for the diagnosis and dialogue stages, and their trip through a document."""

from __future__ import annotations

from dataclasses import replace

from workshop_app.documents import session_document
from workshop_app.domain import AssessmentAnswer, RoleSwapAnswer, Session, SharedGoal
from workshop_app.library import default_sections
from workshop_app.progress import Progress, stage_progress


def fresh(demo):
    """A new session in the demo's language, with the catalogues filled in."""
    return default_sections(Session(info=replace(demo.info)))


def test_the_demo_has_all_four_stages_complete_except_goals(demo):
    assert stage_progress(demo, "diagnosis") == Progress.COMPLETE
    assert stage_progress(demo, "frictions") == Progress.COMPLETE
    assert stage_progress(demo, "role_swap") == Progress.COMPLETE
    # the forecast goal still lacks an owner and a deadline
    assert stage_progress(demo, "goals") == Progress.STARTED


def test_a_new_session_starts_empty(demo):
    session = fresh(demo)
    for stage in ("diagnosis", "frictions", "role_swap", "goals"):
        assert stage_progress(session, stage) == Progress.EMPTY


def test_diagnosis_needs_one_complete_questionnaire_from_each_side(demo):
    session = fresh(demo)
    session.assessment.answers = [
        AssessmentAnswer("s1", "sales", f"a{i:02d}", None) for i in range(1, 21)
    ]
    assert stage_progress(session, "diagnosis") == Progress.STARTED
    session.assessment.answers += [
        AssessmentAnswer("m1", "marketing", f"a{i:02d}", 3) for i in range(1, 21)
    ]
    assert stage_progress(session, "diagnosis") == Progress.COMPLETE


def test_frictions_complete_when_rated_by_both_and_something_carried(demo):
    session = fresh(demo)
    for friction in session.frictions.items:
        friction.sales_rating = friction.marketing_rating = 2
    assert stage_progress(session, "frictions") == Progress.STARTED
    session.frictions.items[0].carry_forward = True
    assert stage_progress(session, "frictions") == Progress.COMPLETE


def test_role_swap_needs_all_four_views(demo):
    session = fresh(demo)
    session.role_swap.answers = [RoleSwapAnswer("goals", "sales", "marketing", "Leads")]
    assert stage_progress(session, "role_swap") == Progress.STARTED


def test_goals_complete_with_a_full_revenue_goal(demo):
    session = fresh(demo)
    session.goals.shared = [
        SharedGoal("g", "Grow", metric="revenue_growth", owners="Ana", deadline="2026-12-31")
    ]
    assert stage_progress(session, "goals") == Progress.STARTED  # no revenue target yet
    session.goals.shared[0].revenue = True
    assert stage_progress(session, "goals") == Progress.COMPLETE


def test_the_four_sections_survive_the_session_document(demo):
    again = session_document.loads(session_document.dumps(demo))
    assert again.assessment == demo.assessment
    assert again.frictions == demo.frictions
    assert again.role_swap == demo.role_swap
    assert again.goals == demo.goals
    assert again.assessment.revealed and len(again.assessment.answers) == 200
