"""What a follow-up workshop decided about the open actions of the workshop before it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Decision(StrEnum):
    DONE = "done"
    CARRIED = "carried"  # copied into the follow-up's plan with a new due date
    DROPPED = "dropped"  # abandoned, always with a reason


@dataclass
class ReviewedAction:
    """One earlier action and the decision taken on it, as it stood when decided."""

    action_id: str  # the action's id in the previous session
    title: str
    decision: Decision
    owner: str = ""
    department: str = ""
    due: str = ""  # the due date it had
    new_due: str = ""  # for a carried action: the due date of the copy
    new_action_id: str = ""  # for a carried action: the copy in this session
    reason: str = ""  # why it was dropped, or a comment on the other decisions
    decided_at: str = ""


@dataclass
class SincePrevious:
    """The follow-up review section: a snapshot, so the printed plan needs no other session."""

    previous_title: str = ""
    previous_date: str = ""
    items: list[ReviewedAction] = field(default_factory=list)
