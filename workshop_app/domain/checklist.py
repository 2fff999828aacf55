"""The ten-step checklist: where the company stands on each step and where it wants to be."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ChecklistStep:
    step: str  # content id, "s1" … "s10"
    current: int | None = None  # 1–5
    target: int | None = None  # 1–5, by the follow-up
    evidence: str = ""


@dataclass
class Checklist:
    steps: list[ChecklistStep] = field(default_factory=list)
