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
