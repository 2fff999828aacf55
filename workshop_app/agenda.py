"""The agenda's rules: the half-day and full-day plans, reordering and skipping stages, the
workshop clock, and how far the room is ahead of or behind its plan.

Everything here takes the time it needs as an argument (``now``), so the clock is tested with
hand-checked timestamps and never with a real one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from workshop_app import stages as workshop_stages
from workshop_app.domain import STAGES, Agenda, AgendaItem, Session

PLANS = ("half_day", "full_day")

# Planned minutes per stage and the break after it (from workshop_app.stages). The half day fits
# a morning (3 h 45 with one break); the full day runs 09:00 to about 16:35 with two coffee
# breaks and lunch.
_PLAN_MINUTES: dict[str, dict[str, tuple[int, int]]] = {
    "half_day": {s.id: s.half_day for s in workshop_stages.STAGES},
    "full_day": {s.id: s.full_day for s in workshop_stages.STAGES},
}
DEFAULT_START = "09:00"
MAX_MINUTES = 600
MAX_BREAK = 240

# Typical length of one timed exercise in each stage: what the countdown offers first there.
EXERCISE_MINUTES = {s.id: s.exercise_minutes for s in workshop_stages.STAGES}


def default_agenda(plan: str = "half_day", start_time: str = DEFAULT_START) -> Agenda:
    minutes = _PLAN_MINUTES[plan]
    return Agenda(
        plan=plan,
        start_time=start_time,
        items=[AgendaItem(stage, *minutes[stage]) for stage in STAGES],
    )


def complete(agenda: Agenda) -> Agenda:
    """The agenda with every stage exactly once: sessions made before agendas existed get the
    half-day plan, and a stage missing from a stored agenda is added at its usual place."""
    if not agenda.items:
        return replace(default_agenda(), started_at=agenda.started_at, ended_at=agenda.ended_at)
    seen: set[str] = set()
    items = []
    for item in agenda.items:
        if item.stage in STAGES and item.stage not in seen:
            seen.add(item.stage)
            items.append(item)
    defaults = _PLAN_MINUTES[agenda.plan if agenda.plan in PLANS else "half_day"]
    for position, stage in enumerate(STAGES):
        if stage not in seen:
            items.insert(min(position, len(items)), AgendaItem(stage, *defaults[stage]))
    return replace(agenda, items=items)


def item(agenda: Agenda, stage: str) -> AgendaItem | None:
    return next((i for i in agenda.items if i.stage == stage), None)


def order(agenda: Agenda) -> list[str]:
    return [i.stage for i in agenda.items]


def skipped(agenda: Agenda) -> set[str]:
    return {i.stage for i in agenda.items if i.skipped}


def step(agenda: Agenda, current: str, delta: int) -> str | None:
    """The next (delta 1) or previous (-1) stage the room will actually take, passing over
    skipped ones; None at either end."""
    stages = order(agenda)
    if current not in stages:
        return None
    position = stages.index(current) + delta
    while 0 <= position < len(stages):
        if not agenda.items[position].skipped:
            return stages[position]
        position += delta
    return None


def move(agenda: Agenda, index: int, delta: int) -> int:
    """Move one item up or down the agenda; returns its new index (unchanged at an end)."""
    target = index + delta
    if not (0 <= index < len(agenda.items) and 0 <= target < len(agenda.items)):
        return index
    agenda.items[index], agenda.items[target] = agenda.items[target], agenda.items[index]
    agenda.plan = "custom"
    return target


def planned_minutes(agenda: Agenda) -> int:
    """The whole plan, breaks included; skipped stages take no time, their breaks still do."""
    return sum((0 if i.skipped else i.minutes) + i.break_after for i in agenda.items)


def planned_starts(agenda: Agenda) -> dict[str, int]:
    """Minutes from the start of the workshop to the planned start of each stage taken."""
    starts, offset = {}, 0
    for i in agenda.items:
        if not i.skipped:
            starts[i.stage] = offset
            offset += i.minutes
        offset += i.break_after
    return starts


def clock_time(start_time: str, minutes: int) -> str:
    """ "09:00" plus 95 minutes is "10:35"; wraps past midnight."""
    hours, mins = (int(part) for part in (start_time or DEFAULT_START).split(":"))
    total = (hours * 60 + mins + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


# ---------------------------------------------------------------------- the workshop clock


def stamp(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def parse(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    # A timestamp written without an offset is local time, like the room's wall clock.
    return moment if moment.tzinfo is not None else moment.astimezone()


def readable(value: str) -> datetime | None:
    """``parse``, or None for a time the clock cannot read: a library written before session
    documents were checked strictly may hold "12/11/2026 09:04" or the year 9999."""
    try:
        moment = parse(value) if value else None
    except (ValueError, OverflowError):
        return None
    # Far enough from datetime's limits for a day's arithmetic (session documents: 1900–2200).
    return moment if moment is not None and 1900 <= moment.year <= 2200 else None


def start(agenda: Agenda, stage: str, now: datetime) -> None:
    """Start (or start again) the clock with the room at ``stage``."""
    agenda.started_at = stamp(now)
    agenda.ended_at = ""
    for i in agenda.items:
        i.entered_at = ""
    enter(agenda, stage, now)


def enter(agenda: Agenda, stage: str, now: datetime) -> bool:
    """Record the first time the running workshop reaches a stage; True if anything changed.

    Only the first visit counts: looking back at an earlier stage later in the day must not make
    the clock think the room has gone back in the plan."""
    if not agenda.started_at or agenda.ended_at:
        return False
    found = item(agenda, stage)
    if found is None or found.skipped or found.entered_at:
        return False
    found.entered_at = stamp(now)
    return True


def end(agenda: Agenda, now: datetime) -> None:
    if agenda.started_at and not agenda.ended_at:
        agenda.ended_at = stamp(now)


def reset(agenda: Agenda) -> None:
    agenda.started_at = agenda.ended_at = ""
    for i in agenda.items:
        i.entered_at = ""


@dataclass(frozen=True)
class ClockStatus:
    state: str  # "not_started", "running" or "ended"
    elapsed: timedelta = timedelta(0)
    started: datetime | None = None
    planned_end: datetime | None = None
    behind: int = 0  # whole minutes behind plan; negative when ahead
    stage: str = ""  # the furthest stage the room has reached
    stage_elapsed: timedelta = timedelta(0)
    stage_planned: int = 0  # minutes


def _minutes(delta: timedelta) -> int:
    """Whole minutes, half a minute rounding away from zero: 90 s late is 2 min, 89 s is 1."""
    seconds = delta.total_seconds()
    return int(math.copysign(math.floor(abs(seconds) / 60 + 0.5), seconds))


def clock_status(agenda: Agenda, now: datetime) -> ClockStatus:
    """Where the running (or finished) workshop stands against its plan at ``now``.

    Behind is how late the room reached its furthest stage compared with the plan, plus however
    long it has now stayed in that stage beyond the stage's planned length. Once the workshop has
    ended, it is how much longer the whole day took than planned."""
    started = readable(agenda.started_at)
    if started is None:  # not started, or at a time the clock cannot read
        return ClockStatus("not_started")
    total = timedelta(minutes=planned_minutes(agenda))
    planned_end = started + total
    ended = readable(agenda.ended_at)
    if ended is not None:
        elapsed = ended - started
        return ClockStatus("ended", elapsed, started, planned_end, behind=_minutes(elapsed - total))
    elapsed = now - started
    starts = planned_starts(agenda)
    reached = [i for i in agenda.items if readable(i.entered_at) and i.stage in starts]
    if not reached:
        return ClockStatus("running", elapsed, started, planned_end, behind=_minutes(elapsed))
    current = reached[-1]
    entered = parse(current.entered_at)
    late = (entered - started) - timedelta(minutes=starts[current.stage])
    in_stage = now - entered
    over = max(in_stage - timedelta(minutes=current.minutes), timedelta(0))
    return ClockStatus(
        "running",
        elapsed,
        started,
        planned_end,
        behind=_minutes(late + over),
        stage=current.stage,
        stage_elapsed=in_stage,
        stage_planned=current.minutes,
    )


# ---------------------------------------------------------------------- timer presets


@dataclass(frozen=True)
class TimerPreset:
    kind: str  # "round" (a role-swap round), "exercise" or "stage" (the stage's whole slot)
    minutes: int


def timer_presets(session: Session, stage: str) -> list[TimerPreset]:
    """The countdown lengths worth offering at a stage, the most likely first."""
    presets = []
    if stage == "role_swap":
        presets.append(TimerPreset("round", session.role_swap.round_minutes))
    elif stage in EXERCISE_MINUTES:
        presets.append(TimerPreset("exercise", EXERCISE_MINUTES[stage]))
    planned = item(complete(session.agenda), stage)
    if planned is not None and planned.minutes and not planned.skipped:
        presets.append(TimerPreset("stage", planned.minutes))
    return presets
