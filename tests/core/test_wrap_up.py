"""The wrap-up summary: what the page shows and the PDF will print, built from a session."""

from __future__ import annotations

from datetime import date

from workshop_app import scoring, wrap_up
from workshop_app.content import load_content
from workshop_app.demo import demo_session
from workshop_app.domain import AssessmentAnswer, Friction

TODAY = date(2026, 4, 2)
CONTENT = load_content("en")


def statements() -> list[str]:
    return [s["id"] for s in CONTENT.items("assessment.statements")]


def test_the_wrap_up_total_is_the_diagnosis_total():
    session = demo_session("en", TODAY)
    ids = statements()
    # Sales answers 2 everywhere, Marketing 4: the mean is 3 per statement, 20 × 3 = 60.
    session.assessment.answers = [AssessmentAnswer("p01", "sales", s, 2) for s in ids] + [
        AssessmentAnswer("p06", "marketing", s, 4) for s in ids
    ]
    assert (
        wrap_up.assessment_total(session) == scoring.overall_score(session.assessment).total == 60
    )
    reached = wrap_up.stage_reached(session, CONTENT)
    assert reached is not None and reached.stage == "aligned" and reached.total == 60


def test_no_answers_give_no_stage():
    session = demo_session("en", TODAY)
    session.assessment.answers = []
    assert wrap_up.stage_reached(session, CONTENT) is None


def test_next_moves_come_from_the_levers_of_the_stage_reached():
    session = demo_session("en", TODAY)
    session.assessment.answers = [AssessmentAnswer("p01", "sales", s, 2) for s in statements()]
    session.assessment.context = {"sales_cycle": "long_complex"}
    reached = wrap_up.stage_reached(session, CONTENT)
    assert reached.stage == "defined"  # 20 × 2 = 40
    assert reached.target == "integrated"
    assert "Integrated" in reached.advice
    assert {lever.id for lever in reached.levers} >= {"joint_meetings", "job_rotation"}


def test_a_company_that_needs_no_more_gets_no_push():
    session = demo_session("en", TODAY)
    session.assessment.answers = [AssessmentAnswer("p01", "sales", s, 3) for s in statements()]
    session.assessment.context = {"company_size": "small"}
    reached = wrap_up.stage_reached(session, CONTENT)
    assert reached.stage == "aligned" and reached.target == "defined"
    assert reached.levers == ()


def test_demo_summary_has_the_agreements():
    summary = wrap_up.build(demo_session("en", TODAY), TODAY, CONTENT)
    assert summary.organisation == "Brightwater Instruments"
    assert summary.follow_up_date == "2026-06-11"
    assert summary.handoff_stage == "Prospecting and qualifying"
    assert summary.follow_up_hours == 24
    assert summary.raci_problems == 0
    assert summary.parties == ("Sales", "Marketing", "Shared", "Customer Success")
    assert [r.stage for r in summary.roles if r.handoff] == ["Prospecting and qualifying"]
    assert len(summary.steps) == 10 and summary.steps[2].current == 1
    assert len(summary.actions) == 12  # the dropped one is left out
    overdue = [a.title for a in summary.actions if a.overdue]
    assert overdue == [
        "Route qualified leads straight into the CRM with a 24-hour follow-up alert",
        "Record a reason for every rejected lead",
    ]


def test_top_frictions_put_the_carried_ones_first_then_the_most_painful():
    session = demo_session("en", TODAY)
    session.frictions.items = [
        Friction("budget", sales_rating=2, marketing_rating=2),
        Friction("blame", sales_rating=5, marketing_rating=4),
        Friction("pricing", sales_rating=1, marketing_rating=1, carry_forward=True),
        Friction("vocabulary"),
    ]
    titles = [f.title for f in wrap_up.build(session, TODAY, CONTENT).frictions]
    assert titles == [
        "Pricing and discounts",
        "The blame game",
        "Competing for budget and headcount",
    ]
