"""Rules over the action plan: filtering, sorting, warnings, overdue, prioritising in the room.

Everything takes ``today`` as a parameter, so a follow-up meeting months later sees the plan as it
stands then, and tests never depend on the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from workshop_app import languages, stages
from workshop_app.content import Content
from workshop_app.domain import Action, ActionPriority, ActionStatus, Session
from workshop_app.domain.actions import concerns

# An action due within this many days is "due soon".
DUE_SOON_DAYS = 14
OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
SOURCE_KINDS = tuple(stages.source_labels())
PRIORITY_RANK = {ActionPriority.HIGH: 0, ActionPriority.MEDIUM: 1, ActionPriority.LOW: 2}
STATUS_RANK = {s: i for i, s in enumerate(ActionStatus)}


def due_date(action: Action) -> date | None:
    try:
        return date.fromisoformat(action.due) if action.due else None
    except ValueError:
        return None


def is_open(action: Action) -> bool:
    return action.status in OPEN


def is_overdue(action: Action, today: date) -> bool:
    """Still open and its due date has passed (due today is not yet overdue)."""
    due = due_date(action)
    return is_open(action) and due is not None and due < today


def is_due_soon(action: Action, today: date, days: int = DUE_SOON_DAYS) -> bool:
    due = due_date(action)
    return is_open(action) and due is not None and today <= due <= today + timedelta(days=days)


@dataclass
class ActionFilter:
    """What the facilitator narrowed the list to; empty fields mean "any"."""

    statuses: set[ActionStatus] = field(default_factory=set)
    department: str = ""
    owner: str = ""  # a case-insensitive part of the owner's name
    source_kind: str = ""
    overdue_only: bool = False
    due_soon_only: bool = False
    text: str = ""  # a case-insensitive part of the title, description or success measure

    def matches(self, action: Action, today: date) -> bool:
        if self.statuses and action.status not in self.statuses:
            return False
        if self.department and not concerns(action.department, self.department):
            return False
        if self.owner and self.owner.strip().casefold() not in action.owner.casefold():
            return False
        if self.source_kind and action.source_kind != self.source_kind:
            return False
        if self.overdue_only and not is_overdue(action, today):
            return False
        if self.due_soon_only and not is_due_soon(action, today):
            return False
        needle = self.text.strip().casefold()
        if needle:
            haystack = " ".join((action.title, action.description, action.success_measure))
            if needle not in haystack.casefold():
                return False
        return True


def filter_actions(actions: Iterable[Action], rule: ActionFilter, today: date) -> list[Action]:
    return [a for a in actions if rule.matches(a, today)]


def sort_key(key: str) -> Callable[[Action], Any]:
    """A key function for ``sorted``: "due" puts undated actions last, "priority" high first."""
    if key == "due":
        return lambda a: (due_date(a) is None, due_date(a) or date.min, a.title.casefold())
    if key == "priority":
        return lambda a: (PRIORITY_RANK[a.priority], due_date(a) or date.max)
    if key == "status":
        return lambda a: (STATUS_RANK[a.status], due_date(a) or date.max)
    if key == "owner":
        return lambda a: (not a.owner, a.owner.casefold())
    if key == "score":
        return lambda a: (-priority_score(a), due_date(a) or date.max)
    return lambda a: a.title.casefold()


def sort_actions(actions: Iterable[Action], key: str, reverse: bool = False) -> list[Action]:
    return sorted(actions, key=sort_key(key), reverse=reverse)


@dataclass(frozen=True)
class PlanWarnings:
    no_owner: tuple[str, ...]  # action ids
    no_due: tuple[str, ...]
    overdue: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.no_owner or self.no_due or self.overdue)


def plan_warnings(actions: Sequence[Action], today: date) -> PlanWarnings:
    """Open actions nobody owns or nobody dated, and open actions past their date. A dropped or
    finished action needs neither an owner nor a date any more."""
    live = [a for a in actions if is_open(a)]
    return PlanWarnings(
        no_owner=tuple(a.id for a in live if not a.owner.strip()),
        no_due=tuple(a.id for a in live if not a.due),
        overdue=tuple(a.id for a in live if is_overdue(a, today)),
    )


# ----------------------------------------------------------------- prioritising in the room

QUADRANTS = ("quick_win", "major_project", "fill_in", "thankless")


def quadrant(action: Action) -> str:
    """The impact/effort square an action falls in; "" until both are rated. 3 counts as high."""
    if action.impact is None or action.effort is None:
        return ""
    high_impact = action.impact >= 3
    low_effort = action.effort < 3
    if high_impact:
        return "quick_win" if low_effort else "major_project"
    return "fill_in" if low_effort else "thankless"


def priority_score(action: Action) -> float:
    """Impact per unit of effort, plus one point per dot vote, so the room's votes break ties and
    a heavily voted action rises even before it is rated."""
    base = 0.0
    if action.impact is not None and action.effort is not None:
        base = action.impact * 2 / action.effort
    return round(base + action.votes, 2)


# ----------------------------------------------------------------- what an action answers


def _steps(content: Content) -> list[dict]:
    return content.items("checklist.steps")


def _sources(session: Session, content: Content) -> list[tuple[str, str, str, int | None]]:
    """Every stage item an action can answer, as (kind, ref, title, step number), in workshop
    order."""
    sources: list[tuple[str, str, str, int | None]] = []
    frictions = {d["id"]: d.get("title", d["id"]) for d in content.items("frictions.drivers")}
    for friction in session.frictions.items:
        title = friction.custom_title or frictions.get(friction.id, friction.id)
        sources.append(("friction", friction.id, title, None))
    sources += [("role_swap", i.id, i.text, None) for i in session.role_swap.insights]
    sources += [("goal", g.id, g.statement, None) for g in session.goals.shared]
    sources += [("role_map", s.id, s.name, None) for s in session.role_map.stages]
    sources += [("note", n.id, n.text, None) for n in session.notes.items]
    for number, step in enumerate(_steps(content), start=1):
        sources.append(("checklist", step["id"], step["title"], number))
    levers = content.get("relationship.levers") if _has(content, "relationship.levers") else {}
    for lever_id, lever in levers.items():
        sources.append(("lever", lever_id, lever.get("name", lever_id), None))
    return sources


def source_options(session: Session, content: Content) -> list[tuple[str, str, str]]:
    """Every stage item an action can answer, as (kind, ref, readable label), in workshop order."""
    return [
        (kind, ref, _label(content, kind, title, number))
        for kind, ref, title, number in _sources(session, content)
    ]


def _has(content: Content, key: str) -> bool:
    try:
        content.get(key)
    except KeyError:
        return False
    return True


# What each kind of source is called: one table, the stage registry's, shared with the documents.
_SOURCE_LABEL = stages.source_labels()


def _heading(content: Content, kind: str) -> str:
    key = _SOURCE_LABEL.get(kind)
    return content.text(f"documents.{key}", kind) if key else kind


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _label(
    content: Content, kind: str, title: str, number: int | None = None, *, full: bool = False
) -> str:
    heading = _heading(content, kind)
    if number is not None:
        heading = f"{heading} {number}"
    colon = languages.language(content.language).writing.colon
    return f"{heading}{colon}{' '.join(title.split()) if full else _short(title)}"


def _gone_source_title(session: Session, content: Content, kind: str, ref: str) -> str:
    """The name of a source the room did not keep, or that no picker offers; "" if none."""
    if kind == "friction":  # a catalogue driver the room did not keep on its map
        return str((content.item("frictions.drivers", ref) or {}).get("title", ""))
    if kind == "role_swap":  # one of the activities the content suggests
        return str((content.item("role_swap.activities", ref) or {}).get("title", ""))
    if kind == "role_map":  # a handoff rule of the role split
        return next((r.text for r in session.role_map.rules if r.id == ref), "")
    return ""


def source_label(session: Session, content: Content, action: Action, *, full: bool = False) -> str:
    """What the action answers ("Friction: Lead quality and follow-up"), the same words in the
    window and in print (``full``: titles not shortened); "" if it answers nothing. A reference
    that no longer resolves shows its kind alone, never an internal id."""
    kind, ref = action.source_kind, action.source_ref
    if not kind:
        return ""
    for source_kind, source_ref, title, number in _sources(session, content):
        if source_kind == kind and source_ref == ref:
            return _label(content, kind, title, number, full=full)
    title = _gone_source_title(session, content, kind, ref)
    return _label(content, kind, title, full=full) if title else _heading(content, kind)


def actions_for(actions: Iterable[Action], kind: str, ref: str) -> list[Action]:
    return [a for a in actions if a.source_kind == kind and a.source_ref == ref]
