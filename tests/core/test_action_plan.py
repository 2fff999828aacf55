"""The action plan's rules: what counts as overdue, what the filters keep, what needs attention."""

from __future__ import annotations

from datetime import date

from workshop_app import action_plan
from workshop_app.action_plan import ActionFilter, filter_actions, plan_warnings, sort_actions
from workshop_app.content import load_content
from workshop_app.domain import Action, ActionPriority, ActionStatus, Session, SessionInfo
from workshop_app.library import default_sections

TODAY = date(2026, 4, 2)


def act(id: str, **kw) -> Action:
    return Action(id=id, title=kw.pop("title", f"Action {id}"), **kw)


def plan() -> list[Action]:
    return [
        act("a", owner="Tom Becker", department="sales", due="2026-03-30"),
        act(
            "b",
            owner="Elena Rossi",
            department="marketing",
            due="2026-04-02",
            status=ActionStatus.IN_PROGRESS,
        ),
        act(
            "c",
            owner="",
            department="marketing",
            due="2026-04-10",
            source_kind="friction",
            source_ref="lead_quality",
        ),
        act(
            "d", owner="tom becker", department="sales", due="2026-01-01", status=ActionStatus.DONE
        ),
        act("e", owner="Priya Raman", department="sales", due="", priority=ActionPriority.HIGH),
        act(
            "f",
            owner="Aisha Khan",
            department="marketing",
            due="2026-05-30",
            status=ActionStatus.DROPPED,
        ),
    ]


def test_overdue_means_open_and_past_its_date():
    a, b, c, d, e, f = plan()
    assert action_plan.is_overdue(a, TODAY)
    assert not action_plan.is_overdue(b, TODAY)  # due today is not late yet
    assert not action_plan.is_overdue(d, TODAY)  # done long ago
    assert not action_plan.is_overdue(e, TODAY)  # undated


def test_due_soon_is_the_next_fourteen_days():
    a, b, c, *_ = plan()
    assert [x.id for x in plan() if action_plan.is_due_soon(x, TODAY)] == ["b", "c"]


def test_filters_combine():
    actions = plan()
    assert [a.id for a in filter_actions(actions, ActionFilter(owner="TOM"), TODAY)] == ["a", "d"]
    rule = ActionFilter(owner="tom", statuses={ActionStatus.PLANNED})
    assert [a.id for a in filter_actions(actions, rule, TODAY)] == ["a"]
    assert [a.id for a in filter_actions(actions, ActionFilter(department="marketing"), TODAY)] == [
        "b",
        "c",
        "f",
    ]
    assert [a.id for a in filter_actions(actions, ActionFilter(overdue_only=True), TODAY)] == ["a"]
    assert [a.id for a in filter_actions(actions, ActionFilter(source_kind="friction"), TODAY)] == [
        "c"
    ]
    assert [a.id for a in filter_actions(actions, ActionFilter(text="action E"), TODAY)] == ["e"]


def test_sorting_by_due_puts_undated_last_and_by_priority_high_first():
    assert [a.id for a in sort_actions(plan(), "due")] == ["d", "a", "b", "c", "f", "e"]
    assert [a.id for a in sort_actions(plan(), "priority")][0] == "e"


def test_warnings_name_open_actions_without_owner_or_date_and_the_overdue():
    warnings = plan_warnings(plan(), TODAY)
    assert warnings.no_owner == ("c",)
    assert warnings.no_due == ("e",)
    assert warnings.overdue == ("a",)
    assert warnings.any
    assert not plan_warnings([act("x", owner="Tom", due="2026-05-01")], TODAY).any


def test_impact_effort_quadrants_and_score():
    assert action_plan.quadrant(act("q", impact=5, effort=1)) == "quick_win"
    assert action_plan.quadrant(act("q", impact=4, effort=4)) == "major_project"
    assert action_plan.quadrant(act("q", impact=2, effort=2)) == "fill_in"
    assert action_plan.quadrant(act("q", impact=1, effort=5)) == "thankless"
    assert action_plan.quadrant(act("q", impact=3)) == ""
    assert action_plan.priority_score(act("q", impact=4, effort=2, votes=3)) == 7.0  # 4*2/2 + 3
    assert action_plan.priority_score(act("q", votes=2)) == 2.0


def test_source_label_reads_like_the_workshop():
    session = default_sections(Session(info=SessionInfo(id="s", title="t")))
    content = load_content("en")
    step = act("x", source_kind="checklist", source_ref="s3")
    assert (
        action_plan.source_label(session, content, step)
        == "Step 3: Build one sales-and-marketing process"
    )
    friction = act("y", source_kind="friction", source_ref="lead_quality")
    assert (
        action_plan.source_label(session, content, friction)
        == "Friction: Lead quality and follow-up"
    )
    assert action_plan.source_label(session, content, act("z")) == ""
    stage = act("w", source_kind="role_map", source_ref="qualifying")
    assert (
        action_plan.source_label(session, content, stage)
        == "Funnel stage: Prospecting and qualifying"
    )
