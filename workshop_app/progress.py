"""How far each workshop stage has got, for the navigator and the wrap-up."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from workshop_app import role_split
from workshop_app.action_plan import is_open
from workshop_app.domain import Department, Session


class Progress(StrEnum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"


def _setup(session: Session) -> Progress:
    departments = {p.department for p in session.participants}
    if {Department.SALES, Department.MARKETING} <= departments and session.info.title.strip():
        return Progress.COMPLETE
    return Progress.STARTED if session.participants else Progress.EMPTY


def _role_split(session: Session) -> Progress:
    role_map = session.role_map
    handoff = role_map.handoff
    if not (role_map.cells or handoff.stage or role_map.rules or role_map.contacts):
        return Progress.EMPTY
    accountable_ok = not any(p.kind != "no_responsible" for p in role_split.raci_problems(role_map))
    if accountable_ok and role_map.stages and handoff.stage and handoff.qualified_lead.strip():
        return Progress.COMPLETE
    return Progress.STARTED


def _ten_steps(session: Session) -> Progress:
    steps = session.checklist.steps
    if steps and all(s.current is not None and s.target is not None for s in steps):
        return Progress.COMPLETE
    touched = any(s.current is not None or s.target is not None or s.evidence for s in steps)
    return Progress.STARTED if touched else Progress.EMPTY


def _actions(session: Session) -> Progress:
    if not session.actions:
        return Progress.EMPTY
    live = [a for a in session.actions if is_open(a)]
    if all(a.owner.strip() and a.due for a in live):
        return Progress.COMPLETE
    return Progress.STARTED


def _wrap_up(session: Session) -> Progress:
    """Wrapped up once the follow-up meeting is set and every open action is owned and dated."""
    if not session.info.follow_up_date:
        return Progress.STARTED if session.actions else Progress.EMPTY
    return Progress.COMPLETE if _actions(session) is Progress.COMPLETE else Progress.STARTED


# Each stage's rule; a stage without one has no page yet.
RULES: dict[str, Callable[[Session], Progress]] = {
    "setup": _setup,
    "role_split": _role_split,
    "ten_steps": _ten_steps,
    "actions": _actions,
    "wrap_up": _wrap_up,
}


def stage_progress(session: Session, stage: str) -> Progress:
    rule = RULES.get(stage)
    return rule(session) if rule else Progress.EMPTY
