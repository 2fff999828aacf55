"""What the report adds to the stages' results: where the company stands (the Wrap-up page's
summary), the notes captured in the room and the agenda's planned and actual times.

Plain values in the session's language, shared by the PDF and the Markdown report, so both say
the same. The stage, advice, levers, frictions and handoff come from workshop_app.wrap_up, the
module behind the Wrap-up page, so paper and screen agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workshop_app import agenda as agenda_rules
from workshop_app import room_notes, scoring, wrap_up
from workshop_app.documents.wording import Wording
from workshop_app.domain import ChecklistStep, Note, RoleMap, Session

DEPARTMENT_ORDER = ("sales", "marketing", "leadership", "other")


@dataclass(frozen=True)
class DepartmentTotal:
    department: str  # shown name
    respondents: int
    total: int | None  # 20–100
    stage: str  # shown name, "" when there is no total
    counted: bool  # counted in the company's total (Sales and Marketing)
    shown_total: str  # the total as printed: the number, "–", or why it is withheld


@dataclass(frozen=True)
class Standing:
    summary: wrap_up.WrapUp
    totals: tuple[DepartmentTotal, ...]
    situation: tuple[tuple[str, str], ...]  # (question, the room's answer)


def standing(session: Session, words: Wording, today: date) -> Standing:
    summary = wrap_up.build(session, today, words.content)
    shown = scoring.results(session.assessment, session.participants)
    scores = shown.departments

    def printed(score: scoring.Score) -> str:
        if score.withheld:
            return words.withheld(shown.minimum)
        return "–" if score.total is None else str(score.total)

    totals = [
        DepartmentTotal(
            words.department(department),
            scores[department].respondents,
            scores[department].total,
            words.stage(stage) if (stage := scores[department].stage) else "",
            department in scoring.SIDES,
            printed(scores[department]),
        )
        for department in (*DEPARTMENT_ORDER, *sorted(set(scores) - set(DEPARTMENT_ORDER)))
        if department in scores
    ]
    overall = shown.overall
    if overall.total is not None:
        totals.append(
            DepartmentTotal(
                words("whole_company"),
                overall.respondents,
                overall.total,
                words.stage(overall.stage) if overall.stage else "",
                True,
                printed(overall),
            )
        )
    context = session.assessment.context
    situation = []
    for condition in words.content.items("relationship.conditions"):
        chosen = context.get(condition.get("id", ""))
        if not chosen:
            continue
        option = next((o for o in condition.get("options", []) if o.get("id") == chosen), None)
        situation.append((str(condition.get("question", "")), str((option or {}).get("label", ""))))
    return Standing(summary, tuple(totals), tuple(situation))


def step_gap(step: ChecklistStep) -> str:
    """A ten-step's split, Sales minus Marketing, signed: "+2", "-1", "0"; "–" until both rated."""
    gap = step.gap
    return "–" if gap is None else f"{gap:+d}" if gap else "0"


@dataclass(frozen=True)
class NoteLine:
    text: str
    kind: str  # shown name
    side: str  # shown name
    votes: int  # a theme's: its notes' dots summed
    action: str  # "Became action 4", or ""
    members: tuple[NoteLine, ...] = ()  # a theme's notes, each with its own dots


def stage_title(words: Wording, stage: str) -> str:
    return words.content.text(f"workshop.stages.{stage}.title", stage)


def notes_by_stage(session: Session, words: Wording) -> list[tuple[str, list[NoteLine]]]:
    """The room's notes per stage, in the agenda's order, most votes first within a stage; a theme
    stands as one line with its notes' dots summed, its notes under it."""
    position = {a.id: n for n, a in enumerate(session.actions, start=1)}

    def line(note: Note) -> NoteLine:
        side = words("side_both") if note.side == "both" else words.department(str(note.side))
        became = ""
        if note.action_id in position:
            became = words("became_action").replace("{number}", str(position[note.action_id]))
        return NoteLine(note.text, words(f"note_{note.kind}"), side, note.votes, became)

    order = agenda_rules.order(agenda_rules.complete(session.agenda))
    stages = order + sorted({n.stage for n in session.notes.items} - set(order))
    out = []
    for stage in stages:
        found = room_notes.ranked_entries(room_notes.entries(session.notes, stage))
        lines = [
            line(entry.note)
            if entry.theme is None and entry.note is not None
            else NoteLine(
                entry.theme.name if entry.theme else "",
                words("note_theme"),
                "",
                entry.votes,
                "",
                tuple(line(n) for n in entry.members),
            )
            for entry in found
        ]
        if lines:
            out.append((stage_title(words, stage), lines))
    return out


@dataclass(frozen=True)
class AgendaLine:
    stage: str
    planned_start: str  # "09:00"
    planned_minutes: int
    actual_start: str  # "" when the stage was not reached
    actual_minutes: int | None
    skipped: bool
    break_after: int


def _clock(stamp: str) -> str:
    try:
        return agenda_rules.parse(stamp).strftime("%H:%M")
    except ValueError:
        return ""


def agenda_lines(session: Session, words: Wording) -> tuple[list[AgendaLine], str, str]:
    """Each stage's planned and actual start and length; and when the workshop started and
    ended ("" when the clock was not used)."""
    plan = agenda_rules.complete(session.agenda)
    starts = agenda_rules.planned_starts(plan)
    reached = sorted(
        (agenda_rules.parse(i.entered_at), i.stage) for i in plan.items if i.entered_at
    )
    ended = agenda_rules.parse(plan.ended_at) if plan.ended_at else None
    length: dict[str, int] = {}
    ends = [when for when, _ in reached[1:]] + [ended]
    for (when, stage), until in zip(reached, ends, strict=False):
        if until is not None:
            length[stage] = max(0, round((until - when).total_seconds() / 60))
    lines = [
        AgendaLine(
            stage_title(words, item.stage),
            agenda_rules.clock_time(plan.start_time, starts.get(item.stage, 0)),
            item.minutes,
            _clock(item.entered_at) if item.entered_at else "",
            length.get(item.stage),
            item.skipped,
            item.break_after,
        )
        for item in plan.items
    ]
    return (
        lines,
        _clock(plan.started_at) if plan.started_at else "",
        (_clock(plan.ended_at) if plan.ended_at else ""),
    )


def agenda_rows(lines: list[AgendaLine], words: Wording, started: bool) -> list[list[str]]:
    """Each stage, when it was planned and when it really ran, as the printed tables say it."""

    def minutes(value: int) -> str:
        return words("minutes").format(minutes=value)

    rows = []
    for line in lines:
        planned = f"{line.planned_start} · {minutes(line.planned_minutes)}"
        if line.break_after:
            planned += f" + {words('break')} {minutes(line.break_after)}"
        if line.skipped:
            actual = words("skipped")
        elif line.actual_start:
            actual = line.actual_start + (
                f" · {minutes(line.actual_minutes)}" if line.actual_minutes is not None else ""
            )
        else:
            actual = words("not_reached") if started else "–"
        rows.append([line.stage, planned, actual])
    return rows


def handoff_facts(section: RoleMap, words: Wording) -> list[tuple[str, str]]:
    """Where the lead is handed over and on what terms, as label and value; empty values too."""
    h = section.handoff
    stage = next((s.name for s in section.stages if s.id == h.stage), "")
    hours = h.follow_up_hours
    return [
        (words("handoff_stage"), stage),
        (words("qualified_lead"), h.qualified_lead),
        (words("follow_up"), words("hours").format(hours=hours) if hours is not None else ""),
        (words("feedback"), h.feedback),
    ]
