"""How far each workshop stage has got, for the navigator and the wrap-up."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from workshop_app import lead_flow, role_split
from workshop_app.action_plan import is_open
from workshop_app.content import load_content
from workshop_app.domain import Department, Session
from workshop_app.domain.goals import goal_warnings
from workshop_app.stages import STAGE_IDS


class Progress(StrEnum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"


Rule = Callable[[Session], Progress]

# Each stage's rule, registered under the stage's id (workshop_app.stages) by ``@rule``.
RULES: dict[str, Rule] = {}


def rule(stage_id: str) -> Callable[[Rule], Rule]:
    if stage_id not in STAGE_IDS:
        raise ValueError(f"{stage_id!r} is not a stage in workshop_app.stages")

    def register(function: Rule) -> Rule:
        RULES[stage_id] = function
        return function

    return register


@rule("setup")
def _setup(session: Session) -> Progress:
    departments = {p.department for p in session.participants}
    if {Department.SALES, Department.MARKETING} <= departments and session.info.title.strip():
        return Progress.COMPLETE
    return Progress.STARTED if session.participants else Progress.EMPTY


@rule("diagnosis")
def _diagnosis(session: Session) -> Progress:
    """Complete once someone from each side has answered every statement ("don't know" counts)."""
    answers = session.assessment.answers
    if not answers:
        return Progress.EMPTY
    statements = {
        s["id"] for s in load_content(session.info.language).items("assessment.statements")
    }
    answered: dict[str, set[str]] = {}
    for answer in answers:
        answered.setdefault(answer.respondent, set()).add(answer.statement)
    complete_sides = {
        a.department for a in answers if statements and statements <= answered[a.respondent]
    }
    if {Department.SALES, Department.MARKETING} <= complete_sides:
        return Progress.COMPLETE
    return Progress.STARTED


@rule("frictions")
def _frictions(session: Session) -> Progress:
    """Complete when both sides have rated every driver and the room has carried some forward."""
    items = session.frictions.items
    touched = [
        f for f in items if f.sales_rating is not None or f.marketing_rating is not None or f.votes
    ]
    if not touched:
        return Progress.EMPTY
    rated = all(f.sales_rating is not None and f.marketing_rating is not None for f in items)
    if rated and any(f.carry_forward for f in items):
        return Progress.COMPLETE
    return Progress.STARTED


@rule("role_swap")
def _role_swap(session: Session) -> Progress:
    """Complete when every prompt has all four views: each side as the other and as itself."""
    written = {(a.prompt, a.author, a.about) for a in session.role_swap.answers if a.text.strip()}
    if not written and not session.role_swap.insights:
        return Progress.EMPTY
    prompts = [p["id"] for p in load_content(session.info.language).items("role_swap.prompts")]
    sides = (Department.SALES.value, Department.MARKETING.value)
    needed = {(p, author, about) for p in prompts for author in sides for about in sides}
    return Progress.COMPLETE if needed and needed <= written else Progress.STARTED


@rule("goals")
def _goals(session: Session) -> Progress:
    """Complete when there is a shared revenue goal and no shared goal lacks metric, owner or deadline."""
    goals = session.goals
    if not goals.shared and not goals.department_goals:
        return Progress.EMPTY
    if any(g.revenue for g in goals.shared) and not any(goal_warnings(g) for g in goals.shared):
        return Progress.COMPLETE
    return Progress.STARTED


@rule("role_split")
def _role_split(session: Session) -> Progress:
    role_map = session.role_map
    handoff = role_map.handoff
    if not (role_map.cells or handoff.stage or role_map.rules or role_map.contacts) and not (
        lead_flow.lead_flow_started(role_map) or lead_flow.sla_started(role_map)
    ):
        return Progress.EMPTY
    accountable_ok = not any(p.kind != "no_responsible" for p in role_split.raci_problems(role_map))
    if accountable_ok and role_map.stages and handoff.stage and handoff.qualified_lead.strip():
        return Progress.COMPLETE
    return Progress.STARTED


@rule("ten_steps")
def _ten_steps(session: Session) -> Progress:
    steps = session.checklist.steps
    if steps and all(s.current is not None and s.target is not None for s in steps):
        return Progress.COMPLETE
    touched = any(s.rated for s in steps)
    return Progress.STARTED if touched else Progress.EMPTY


@rule("actions")
def _actions(session: Session) -> Progress:
    if not session.actions:
        return Progress.EMPTY
    live = [a for a in session.actions if is_open(a)]
    if all(a.owner.strip() and a.due for a in live):
        return Progress.COMPLETE
    return Progress.STARTED


@rule("wrap_up")
def _wrap_up(session: Session) -> Progress:
    """Wrapped up once the follow-up meeting is set and every open action is owned and dated."""
    if not session.info.follow_up_date:
        return Progress.STARTED if session.actions else Progress.EMPTY
    return Progress.COMPLETE if _actions(session) is Progress.COMPLETE else Progress.STARTED


def stage_progress(session: Session, stage: str) -> Progress:
    rule = RULES.get(stage)
    return rule(session) if rule else Progress.EMPTY
