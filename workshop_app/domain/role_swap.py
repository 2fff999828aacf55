"""The role swap: each side answers as the other, then as itself, and the room names misreadings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RoleSwapAnswer:
    prompt: str  # prompt id
    author: str  # the department that wrote it
    about: str  # the department it describes (the other one in the swap, itself otherwise)
    text: str = ""


@dataclass
class RoleSwapInsight:
    id: str
    text: str
    kind: str = "insight"  # or "misreading"
    prompt: str = ""  # the prompt it came from, if any


@dataclass
class RoleSwap:
    answers: list[RoleSwapAnswer] = field(default_factory=list)
    insights: list[RoleSwapInsight] = field(default_factory=list)
    round_minutes: int = 10
    activities: list[str] = field(default_factory=list)  # follow-up swap activity ids chosen
    # A round of answers from phones is on: the answers are hidden (page, projector) until the
    # facilitator reveals them.
    sealed: bool = False
