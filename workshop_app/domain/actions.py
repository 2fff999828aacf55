"""The action plan: what the workshop leaves behind."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


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
    department: str = ""
    due: str = ""  # ISO date
    priority: ActionPriority = ActionPriority.MEDIUM
    status: ActionStatus = ActionStatus.PLANNED
    success_measure: str = ""
    impact: int | None = None  # 1–5, for prioritising in the room
    effort: int | None = None  # 1–5
    votes: int = 0
