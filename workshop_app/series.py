"""A series: one organisation's workshops over time, compared side by side.

Department heads ask one question of a series: are we getting better? Each workshop is reduced
to the same few figures, always computed by the rules the single-session pages use, so a number
in the comparison is the number that workshop's own Diagnosis or Ten steps page shows:

- assessment totals per department and overall, and the relationship stage reached
  (workshop_app.scoring);
- the perception gap: the mean distance between the Sales and the Marketing mean rating per
  statement (1–5 scale), over the statements both sides rated. Totals can agree while the two
  sides disagree on every statement in opposite directions, so the per-statement distance is the
  honest measure of how differently they see the relationship;
- each of the ten steps, the level today and the target the room set;
- each shared goal's figure as recorded at that workshop (its baseline: the value on the day)
  against its target. Goals are matched across workshops by their metric, so a goal restated in
  other words is still followed;
- the action plan's completion rate: done / (all actions - dropped ones). A dropped action was a
  decision, not a failure, so it leaves the count instead of lowering the rate.

Only workshops that have taken place are compared (``held``): a follow-up planned for a later
date, or one that has recorded nothing yet, would otherwise count as a workshop with no scores,
or (were its findings copied) the same scores twice. The window and the PDF both take their
trend words from here: per workshop against the one before, and first against latest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import fmean

from workshop_app import scoring
from workshop_app.domain import Session, SharedGoal
from workshop_app.domain.actions import ActionStatus
from workshop_app.domain.goals import ordered_goals

# The perception gap must move by more than this (on the 1–5 scale) to count as a change. One
# answer moving one point among five respondents shifts the mean gap by about 0.01; that alone
# should not read as "widening".
GAP_TOLERANCE = 0.02
DEPARTMENTS = ("sales", "marketing", "leadership", "other")


def ordered(sessions: Sequence[Session]) -> list[Session]:
    """Workshops in the order they took place (the library's order), then by when they were made."""
    return sorted(sessions, key=lambda s: (s.info.date, s.info.created_at, s.info.id))


def recorded(session: Session) -> bool:
    """Whether the room has recorded any finding in this workshop yet."""
    return (
        any(a.value is not None for a in session.assessment.answers)
        or any(
            f.sales_rating is not None or f.marketing_rating is not None
            for f in session.frictions.items
        )
        or any(s.current is not None for s in session.checklist.steps)
        or any(a.text.strip() for a in session.role_swap.answers)
    )


def held(sessions: Sequence[Session], today: date | None = None) -> list[Session]:
    """The workshops that have taken place: dated today or earlier, with findings recorded."""
    day = (today or date.today()).isoformat()
    return [s for s in sessions if s.info.date <= day and recorded(s)]


def direction(previous: float | None, current: float | None, tolerance: float = 0.0) -> str | None:
    """ "up", "down" or "same" from one workshop to the next; None when either is unknown."""
    if previous is None or current is None:
        return None
    if abs(current - previous) <= tolerance:
        return "same"
    return "up" if current > previous else "down"


def perception_gap(session: Session) -> float | None:
    """Mean |Sales − Marketing| over the statements both departments rated, on the 1–5 scale."""
    statements = list(dict.fromkeys(a.statement for a in session.assessment.answers))
    withheld = scoring.withheld_departments(session.assessment, session.participants)
    gaps = [g.gap for g in scoring.statement_gaps(session.assessment, statements, withheld)]
    known = [abs(g) for g in gaps if g is not None]
    return fmean(known) if known else None


def gap_trend(previous: float | None, current: float | None) -> str | None:
    """ "narrowing", "widening" or "unchanged" compared with the previous workshop."""
    moved = direction(previous, current, GAP_TOLERANCE)
    return {"up": "widening", "down": "narrowing", "same": "unchanged"}.get(moved or "")


@dataclass(frozen=True)
class Completion:
    done: int
    dropped: int
    total: int

    @property
    def counted(self) -> int:
        return self.total - self.dropped

    @property
    def rate(self) -> float | None:
        """Share of the actions still meant to happen that are done; None with nothing to do."""
        return self.done / self.counted if self.counted else None


def completion(session: Session) -> Completion:
    statuses = [a.status for a in session.actions]
    return Completion(
        done=statuses.count(ActionStatus.DONE),
        dropped=statuses.count(ActionStatus.DROPPED),
        total=len(statuses),
    )


@dataclass(frozen=True)
class StepLevel:
    current: int | None
    target: int | None


@dataclass(frozen=True)
class GoalFigure:
    value: float | None  # the baseline recorded at this workshop: where the metric stood
    target: float | None
    unit: str = ""


@dataclass
class Workshop:
    """One workshop's figures."""

    session_id: str
    title: str
    date: str
    scores: dict[str, int | None]  # department → total (20–100); "all" for the overall total
    stage: str | None
    gap: float | None
    gap_trend: str | None  # against the previous workshop; None for the first
    steps: dict[str, StepLevel]
    completion: Completion
    goals: dict[str, GoalFigure] = field(default_factory=dict)  # goal key → figure
    counts: dict[str, int] = field(default_factory=dict)  # department (and "all") → respondents
    withheld: frozenset[str] = frozenset()  # departments too few anonymous people answered for
    minimum: int = scoring.MINIMUM_ANSWERS  # the session's fewest anonymous answers shown

    @property
    def steps_on_target(self) -> int:
        return sum(
            1
            for s in self.steps.values()
            if s.current is not None and s.target is not None and s.current >= s.target
        )

    @property
    def mean_current(self) -> float | None:
        levels = [s.current for s in self.steps.values() if s.current is not None]
        return fmean(levels) if levels else None


@dataclass
class GoalTrend:
    """One shared goal followed through the series."""

    key: str
    statement: str  # as the latest workshop that has it words it
    metric: str
    custom_metric: str
    unit: str
    figures: list[GoalFigure | None]  # one per workshop, None where the goal was not set

    @property
    def progress(self) -> float | None:
        """How far the latest figure has come from the first towards the latest target (0–1+)."""
        known = [f for f in self.figures if f is not None and f.value is not None]
        if len(known) < 2 or known[-1].target is None:
            return None
        start, now, target = known[0].value, known[-1].value, known[-1].target
        assert start is not None and now is not None
        if target == start:
            return None
        return (now - start) / (target - start)


@dataclass
class Comparison:
    workshops: list[Workshop]
    goals: list[GoalTrend]
    steps: list[str]  # step ids in checklist order

    @property
    def latest(self) -> Workshop | None:
        return self.workshops[-1] if self.workshops else None

    @property
    def gap_trend(self) -> str | None:
        """The perception gap, first workshop against the latest: the summary's trend word."""
        if len(self.workshops) < 2:
            return None
        return gap_trend(self.workshops[0].gap, self.workshops[-1].gap)

    def score_trend(self, department: str = "all") -> str | None:
        """First against latest workshop: "up", "down" or "same"."""
        known = [w.scores.get(department) for w in self.workshops]
        known = [v for v in known if v is not None]
        return direction(known[0], known[-1]) if len(known) >= 2 else None


def goal_key(goal: SharedGoal) -> str:
    if goal.metric:
        return f"metric:{goal.metric}"
    if goal.custom_metric.strip():
        return f"custom:{goal.custom_metric.strip().casefold()}"
    return f"goal:{goal.id}"


def _goal_figures(session: Session) -> dict[str, tuple[SharedGoal, GoalFigure]]:
    found: dict[str, tuple[SharedGoal, GoalFigure]] = {}
    for goal in ordered_goals(session.goals.shared):
        key = goal_key(goal)
        n = 2
        while key in found:  # two goals on one metric in a workshop stay apart
            key, n = f"{goal_key(goal)}#{n}", n + 1
        found[key] = (goal, GoalFigure(goal.baseline, goal.target, goal.unit))
    return found


def workshop(session: Session, previous_gap: float | None = None, first: bool = True) -> Workshop:
    shown = scoring.results(session.assessment, session.participants)
    scores, overall = shown.departments, shown.overall
    gap = perception_gap(session)
    return Workshop(
        session_id=session.id,
        title=session.info.title,
        date=session.info.date,
        scores={d: scores[d].total for d in DEPARTMENTS if d in scores} | {"all": overall.total},
        stage=overall.stage,
        gap=gap,
        gap_trend=None if first else gap_trend(previous_gap, gap),
        steps={s.step: StepLevel(s.current, s.target) for s in session.checklist.steps},
        completion=completion(session),
        goals={key: figure for key, (_, figure) in _goal_figures(session).items()},
        counts={d: scores[d].respondents for d in DEPARTMENTS if d in scores}
        | {"all": overall.respondents},
        withheld=shown.withheld,
        minimum=shown.minimum,
    )


def compare(sessions: Sequence[Session]) -> Comparison:
    """The figures of each workshop of a series, oldest first."""
    workshops: list[Workshop] = []
    goals: dict[str, GoalTrend] = {}
    steps: list[str] = []
    chosen = ordered(sessions)
    for index, session in enumerate(chosen):
        previous_gap = workshops[-1].gap if workshops else None
        workshops.append(workshop(session, previous_gap, first=index == 0))
        for step in session.checklist.steps:
            if step.step not in steps:
                steps.append(step.step)
        for key, (goal, figure) in _goal_figures(session).items():
            trend = goals.setdefault(
                key,
                GoalTrend(key, goal.statement, goal.metric, goal.custom_metric, goal.unit, []),
            )
            trend.figures += [None] * (index - len(trend.figures)) + [figure]
            trend.statement, trend.unit = goal.statement, goal.unit or trend.unit
    for trend in goals.values():
        trend.figures += [None] * (len(chosen) - len(trend.figures))
    return Comparison(workshops, list(goals.values()), steps)
