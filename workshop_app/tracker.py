"""The action tracker's questions: which actions, across every session, need a department head.

The filter is plain data; the repository turns it into SQL, so the answer stays fast with
thousands of sessions. Quick views are ready-made filters for the questions asked most.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from workshop_app.action_plan import DUE_SOON_DAYS, OPEN
from workshop_app.domain import ActionPriority, ActionStatus

QUICK_VIEWS = ("open", "overdue", "due_soon")


@dataclass
class TrackerFilter:
    """Empty fields mean "any". Dates are ISO strings; a due range leaves undated actions out."""

    statuses: set[ActionStatus] = field(default_factory=set)
    owner: str = ""  # a case-insensitive part of the owner's name
    department: str = ""
    session_id: str = ""
    due_from: str = ""
    due_to: str = ""
    text: str = ""  # a part of the action's title or description, or of the session's title


def quick_view(name: str, today: date) -> TrackerFilter:
    """ "open": planned or in progress; "overdue": open and due before today; "due_soon": open and
    due from today to 14 days on."""
    if name == "open":
        return TrackerFilter(statuses=set(OPEN))
    if name == "overdue":
        return TrackerFilter(statuses=set(OPEN), due_to=(today - timedelta(days=1)).isoformat())
    if name == "due_soon":
        return TrackerFilter(
            statuses=set(OPEN),
            due_from=today.isoformat(),
            due_to=(today + timedelta(days=DUE_SOON_DAYS)).isoformat(),
        )
    raise ValueError(f"Unknown quick view {name!r}")


@dataclass(frozen=True)
class TrackedAction:
    """One row of the tracker: an action and the session it belongs to."""

    session_id: str
    session_title: str
    session_date: str
    action_id: str
    title: str
    owner: str
    department: str
    due: str
    status: ActionStatus
    priority: ActionPriority
    last_update: str  # the newest event's timestamp, "" when it never changed
