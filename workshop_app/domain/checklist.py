"""The ten-step checklist: where the company stands on each step and where it wants to be.

Each department may rate a step for itself (``sales``, ``marketing``); as in the diagnosis, the
split between them is a finding of its own. ``current`` stays the level the room agrees on, as
sessions recorded before the departments rated apart have it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A difference of two levels or more between the departments deserves a conversation: on a
# five-level scale one level apart is within one honest person's doubt.
WIDE_STEP_GAP = 2


@dataclass
class ChecklistStep:
    step: str  # content id, "s1" … "s10"
    current: int | None = None  # 1–5, the level the room agrees on today
    target: int | None = None  # 1–5, by the follow-up
    evidence: str = ""
    sales: int | None = None  # 1–5, today's level as Sales sees it
    marketing: int | None = None  # 1–5, as Marketing sees it

    @property
    def gap(self) -> int | None:
        """Sales minus Marketing, as in the diagnosis: negative when Sales sees it more darkly."""
        if self.sales is None or self.marketing is None:
            return None
        return self.sales - self.marketing

    @property
    def wide_gap(self) -> bool:
        return self.gap is not None and abs(self.gap) >= WIDE_STEP_GAP

    @property
    def rated(self) -> bool:
        """Anything recorded for this step: a level, a department's view or evidence."""
        return any(
            v is not None for v in (self.current, self.target, self.sales, self.marketing)
        ) or bool(self.evidence)


@dataclass
class Checklist:
    steps: list[ChecklistStep] = field(default_factory=list)
