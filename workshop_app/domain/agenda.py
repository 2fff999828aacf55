"""The agenda: the stages in the order the room takes them, how long each is planned to last,
and, once the workshop is running, when it started and when each stage was reached."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AgendaItem:
    stage: str  # a stage id
    minutes: int = 0  # planned length of the stage
    break_after: int = 0  # minutes of break planned after the stage
    skipped: bool = False  # left out of this workshop: the navigator and Next pass over it
    entered_at: str = ""  # ISO timestamp of the first time the running workshop reached it


@dataclass
class Agenda:
    plan: str = ""  # "half_day", "full_day", or "custom" once the facilitator has changed it
    start_time: str = ""  # planned start of the day, "HH:MM"
    items: list[AgendaItem] = field(default_factory=list)
    started_at: str = ""  # ISO timestamp: the facilitator started the workshop clock
    ended_at: str = ""  # ISO timestamp: the facilitator ended it
