"""Each department's own goals, and the shared goals the room sets for both."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DepartmentGoal:
    id: str
    department: str
    text: str


@dataclass
class SharedGoal:
    id: str
    statement: str
    metric: str = ""  # a catalogue metric id, or "" with custom_metric
    custom_metric: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    deadline: str = ""  # ISO date
    owners: str = ""
    sales_part: str = ""
    marketing_part: str = ""
    revenue: bool = False  # the shared revenue target, shown first


@dataclass
class CascadeTarget:
    """What one department plans to deliver at one lead stage in the cascade's period."""

    department: str  # "sales" or "marketing"
    stage: str  # a lead stage id (LEAD_STAGES)
    figure: int | None = None


@dataclass
class RevenueCascade:
    """The reverse funnel: one revenue target turned into the leads each stage must produce.

    ``rates`` holds, per cent, the share of a stage's leads that reach the next stage, keyed by
    the stage they leave ("opportunity": the win rate). The arithmetic is workshop_app/cascade.py.
    """

    revenue: float | None = None  # the revenue of the period before, in ``currency``
    growth: float | None = None  # per cent: the growth new customers must bring
    period: str = "year"  # "year", "half", "quarter" or "month"
    currency: str = "EUR"  # an ISO 4217 code
    deal_size: float | None = None  # the average first-year revenue of a new customer
    rates: dict[str, float | None] = field(default_factory=dict)
    targets: list[CascadeTarget] = field(default_factory=list)


@dataclass
class JointMeeting:
    """The standing joint meeting of Sales and Marketing: the rhythm the room agrees to keep."""

    purpose: str = ""
    frequency: str = ""  # "weekly", "fortnightly", "monthly", "quarterly" or "" (not agreed)
    minutes: int | None = None
    attendees: list[str] = field(default_factory=list)  # participant ids
    other_attendees: str = ""  # people not in the room, by role
    figures: list[str] = field(default_factory=list)  # catalogue ids: goals.meeting_figures
    decisions: str = ""
    closed_loop: str = ""  # how Sales reports what became of each lead


@dataclass
class Goals:
    department_goals: list[DepartmentGoal] = field(default_factory=list)
    shared: list[SharedGoal] = field(default_factory=list)
    cascade: RevenueCascade | None = None
    meeting: JointMeeting | None = None


def goal_warnings(goal: SharedGoal) -> list[str]:
    """What a shared goal still lacks to be followed up: "metric", "owner", "deadline".

    These warn and never block: a room often agrees the statement first and fills in the rest later.
    """
    missing = []
    if not goal.metric and not goal.custom_metric.strip():
        missing.append("metric")
    if not goal.owners.strip():
        missing.append("owner")
    if not goal.deadline:
        missing.append("deadline")
    return missing


def ordered_goals(goals: list[SharedGoal]) -> list[SharedGoal]:
    """The shared revenue target first, the rest in the order the room wrote them."""
    return [g for g in goals if g.revenue] + [g for g in goals if not g.revenue]
