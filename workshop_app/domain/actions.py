"""The action plan: what the workshop leaves behind."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workshop_app.domain.basics import Department

# An action's department may also be "joint": Sales and Marketing carry it out together (the
# workshop's point is that many fixes belong to neither alone). Participants never have it.
JOINT = "joint"
ACTION_DEPARTMENTS: tuple[str, ...] = (*(d.value for d in Department), JOINT)
# The departments a joint action belongs to, for filters that ask for one of them.
JOINT_PARTNERS = frozenset({Department.SALES.value, Department.MARKETING.value})


def concerns(action_department: str, department: str) -> bool:
    """Whether an action filed under ``action_department`` is ``department``'s to carry: its own
    actions, and the joint ones for Sales and Marketing."""
    if action_department == department:
        return True
    return action_department == JOINT and department in JOINT_PARTNERS


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"
    # Handed on to a follow-up workshop, where a copy of the action carries on.
    CARRIED_OVER = "carried_over"


class ActionPriority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@dataclass
class Action:
    id: str
    title: str
    description: str = ""
    # What the action answers: "friction", "goal", "role_swap", "role_map", "checklist", "lever",
    # "note" (a note captured in the room) or "".
    source_kind: str = ""
    source_ref: str = ""  # the id of that item
    owner: str = ""
    department: str = ""  # one of ACTION_DEPARTMENTS, or ""
    due: str = ""  # ISO date
    priority: ActionPriority = ActionPriority.MEDIUM
    status: ActionStatus = ActionStatus.PLANNED
    success_measure: str = ""
    impact: int | None = None  # 1–5, for prioritising in the room
    effort: int | None = None  # 1–5
    votes: int = 0
    # The id of the action in the previous workshop that this one continues, if it was carried over.
    carried_from: str = ""


class EventKind(StrEnum):
    STATUS = "status"  # the status changed (the due date may have changed with it)
    DUE = "due"  # only the due date changed
    NOTE = "note"  # a dated comment, nothing else changed
    CARRIED_OVER = "carried_over"  # handed on to a follow-up workshop


@dataclass
class ActionEvent:
    """One dated line in an action's history: what the action looked like after a change.

    Events are only ever added, so the history of a follow-up meeting is never rewritten.
    """

    id: str
    action_id: str
    at: str  # ISO timestamp, UTC
    kind: EventKind = EventKind.STATUS
    status: ActionStatus = ActionStatus.PLANNED
    due: str = ""
    comment: str = ""
