"""How far each workshop stage has got, for the navigator and the wrap-up."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

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


# Each stage's rule; a stage without one has no page yet.
RULES: dict[str, Callable[[Session], Progress]] = {
    "setup": _setup,
}


def stage_progress(session: Session, stage: str) -> Progress:
    rule = RULES.get(stage)
    return rule(session) if rule else Progress.EMPTY
