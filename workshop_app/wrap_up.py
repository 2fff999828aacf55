"""The session summed up: one plain object that the Wrap-up page shows and the PDF export prints.

It holds finished, readable values (names rather than ids, in the session's content language), so
neither consumer needs to know the rules behind them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workshop_app import action_plan, role_split, scoring
from workshop_app.content import Content, load_content
from workshop_app.domain import Friction, Session

TOP_FRICTIONS = 5
STAGE_ORDER = scoring.STAGES


@dataclass(frozen=True)
class Lever:
    id: str
    name: str
    description: str


@dataclass(frozen=True)
class StageReached:
    stage: str  # "undefined" … "integrated"
    name: str
    total: int  # 20–100
    summary: str
    target: str = ""  # the stage the company's situation calls for, "" if not asked yet
    target_name: str = ""
    advice: str = ""
    levers: tuple[Lever, ...] = ()  # the moves from the stage reached to the next one


@dataclass(frozen=True)
class FrictionLine:
    title: str
    sales: int | None
    marketing: int | None
    votes: int
    carry_forward: bool


@dataclass(frozen=True)
class GoalLine:
    statement: str
    metric: str
    baseline: float | None
    target: float | None
    unit: str
    deadline: str
    owners: str


@dataclass(frozen=True)
class RoleRow:
    stage: str
    letters: tuple[str, ...]  # one per party, "" where empty
    handoff: bool


@dataclass(frozen=True)
class StepLine:
    number: int
    title: str
    current: int | None
    target: int | None
    evidence: str
    gap: int | None = None  # Sales' level minus Marketing's, once both have rated the step
    wide_gap: bool = False


@dataclass(frozen=True)
class ActionLine:
    title: str
    owner: str
    department: str
    due: str
    status: str
    priority: str
    source: str
    success_measure: str
    overdue: bool


@dataclass(frozen=True)
class WrapUp:
    title: str
    organisation: str
    date: str
    facilitator: str
    follow_up_date: str
    stage: StageReached | None
    frictions: tuple[FrictionLine, ...]
    goals: tuple[GoalLine, ...]
    parties: tuple[str, ...]
    roles: tuple[RoleRow, ...]
    handoff_stage: str
    qualified_lead: str
    follow_up_hours: int | None
    feedback: str
    rules: tuple[str, ...]
    raci_problems: int
    steps: tuple[StepLine, ...]
    actions: tuple[ActionLine, ...]
    warnings: action_plan.PlanWarnings = field(
        default_factory=lambda: action_plan.PlanWarnings((), (), ())
    )


# ----------------------------------------------------------------- the assessment part


def assessment_total(session: Session) -> int | None:
    """The room's total on the 20–100 scale, as the Diagnosis page computes it."""
    return scoring.results(session.assessment, session.participants).overall.total


def stage_reached(session: Session, content: Content) -> StageReached | None:
    total = assessment_total(session)
    stage = scoring.stage_for(total)
    if total is None or stage is None:
        return None
    stages = content.get("relationship.stages")
    target = (
        scoring.recommend(
            stage,
            session.assessment.context,
            content.items("relationship.conditions"),
            content.get("relationship.levers"),
        ).needed
        or ""
    )
    advice = ""
    if target:
        key = "move" if STAGE_ORDER.index(target) > STAGE_ORDER.index(stage) else "stay"
        advice = (
            content.text(f"relationship.advice.{key}")
            .replace("{stage}", stages[stage]["name"])
            .replace("{target}", stages[target]["name"])
        )
    levers: tuple[Lever, ...] = ()
    if not target or STAGE_ORDER.index(target) > STAGE_ORDER.index(stage):
        levers = tuple(
            Lever(lever_id, lever["name"], lever["description"])
            for lever_id, lever in content.get("relationship.levers").items()
            if lever.get("from") == stage
        )
    return StageReached(
        stage=stage,
        name=stages[stage]["name"],
        total=total,
        summary=stages[stage].get("summary", ""),
        target=target,
        target_name=stages[target]["name"] if target else "",
        advice=advice,
        levers=levers,
    )


# ----------------------------------------------------------------- the other stages


def _frictions(session: Session, content: Content) -> tuple[FrictionLine, ...]:
    titles = {d["id"]: d.get("title", d["id"]) for d in content.items("frictions.drivers")}

    def weight(f: Friction) -> tuple[bool, int, int]:
        return (not f.carry_forward, -((f.sales_rating or 0) + (f.marketing_rating or 0)), -f.votes)

    rated = [
        f
        for f in session.frictions.items
        if f.carry_forward or f.votes or (f.sales_rating or 0) + (f.marketing_rating or 0) > 0
    ]
    return tuple(
        FrictionLine(
            f.custom_title or titles.get(f.id, f.id),
            f.sales_rating,
            f.marketing_rating,
            f.votes,
            f.carry_forward,
        )
        for f in sorted(rated, key=weight)[:TOP_FRICTIONS]
    )


def _goals(session: Session, content: Content) -> tuple[GoalLine, ...]:
    metrics = {m["id"]: m["name"] for m in content.items("goals.metrics")}
    ordered = sorted(session.goals.shared, key=lambda g: not g.revenue)
    return tuple(
        GoalLine(
            g.statement,
            g.custom_metric or metrics.get(g.metric, g.metric),
            g.baseline,
            g.target,
            g.unit,
            g.deadline,
            g.owners,
        )
        for g in ordered
    )


def _steps(session: Session, content: Content) -> tuple[StepLine, ...]:
    recorded = {s.step: s for s in session.checklist.steps}
    lines = []
    for number, step in enumerate(content.items("checklist.steps"), start=1):
        mine = recorded.get(step["id"])
        lines.append(
            StepLine(
                number,
                step["title"],
                mine.current if mine else None,
                mine.target if mine else None,
                mine.evidence if mine else "",
                mine.gap if mine else None,
                mine.wide_gap if mine else False,
            )
        )
    return tuple(lines)


def build(session: Session, today: date, content: Content | None = None) -> WrapUp:
    content = content or load_content(session.info.language)
    info = session.info
    role_map = session.role_map
    parties = tuple(role_split.party_name(p, content) for p in role_map.parties)
    roles = tuple(
        RoleRow(
            stage.name,
            tuple(role_split.letter(role_map, stage.id, p.id) for p in role_map.parties),
            stage.id == role_map.handoff.stage,
        )
        for stage in role_map.stages
    )
    actions = tuple(
        ActionLine(
            a.title,
            a.owner,
            a.department,
            a.due,
            a.status.value,
            a.priority.value,
            action_plan.source_label(session, content, a),
            a.success_measure,
            action_plan.is_overdue(a, today),
        )
        for a in session.actions
        if a.status != "dropped"
    )
    return WrapUp(
        title=info.title,
        organisation=info.organisation,
        date=info.date,
        facilitator=info.facilitator,
        follow_up_date=info.follow_up_date,
        stage=stage_reached(session, content),
        frictions=_frictions(session, content),
        goals=_goals(session, content),
        parties=parties,
        roles=roles,
        handoff_stage=role_split.stage_name(role_map, role_map.handoff.stage),
        qualified_lead=role_map.handoff.qualified_lead,
        follow_up_hours=role_map.handoff.follow_up_hours,
        feedback=role_map.handoff.feedback,
        rules=tuple(r.text for r in role_map.rules if r.text.strip()),
        raci_problems=len(
            [p for p in role_split.raci_problems(role_map) if p.kind != "no_responsible"]
        ),
        steps=_steps(session, content),
        actions=actions,
        warnings=action_plan.plan_warnings(session.actions, today),
    )
