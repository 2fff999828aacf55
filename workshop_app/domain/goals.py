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
class Goals:
    department_goals: list[DepartmentGoal] = field(default_factory=list)
    shared: list[SharedGoal] = field(default_factory=list)


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
