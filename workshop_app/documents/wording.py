"""The words a printed document uses, looked up in the session's content language.

PDF, Markdown and CSV share these lookups, so an action "responds to" the same thing in every
format. Every label has an English fallback here, so a document still prints while a language's
content files are incomplete.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import groupby

from workshop_app import languages
from workshop_app.action_plan import source_label
from workshop_app.content import Content, load_content
from workshop_app.documents.labels import FALLBACK
from workshop_app.domain import Action, Session, SharedGoal
from workshop_app.formats import format_amount, format_date, format_number

DEPARTMENTS = {
    "sales": "Sales",
    "marketing": "Marketing",
    "leadership": "Leadership",
    "other": "Other",
    "joint": "Joint",  # an action Sales and Marketing carry out together
}


# The shared-goals table's columns, in the same order in every document.
GOAL_COLUMNS = ("goal", "metric", "baseline", "target", "deadline", "owners")
# The ten steps' table, after its number: each department's level, the gap, the room's levels.
TEN_STEP_COLUMNS = ("step", "sales", "marketing", "gap", "current", "target_level", "evidence")


@dataclass(frozen=True)
class Wording:
    """The labels and catalogue names of one session's content language."""

    content: Content

    @classmethod
    def of(cls, session: Session) -> Wording:
        return cls(load_content(session.info.language))

    @property
    def language(self) -> str:
        return self.content.language

    def __call__(self, key: str) -> str:
        return self.content.text(f"documents.{key}", FALLBACK.get(key, key))

    @property
    def colon(self) -> str:
        """ ": " after a label; Chinese writes a full-width "：", which carries its own space."""
        return languages.language(self.language).writing.colon

    def label(self, key: str) -> str:
        """A label that introduces what follows it: "Reason: ", "原因："."""
        return self.label_text(self(key))

    def label_text(self, text: str) -> str:
        # A question ("How large is the business?") needs no colon after its mark.
        return text + ("" if text.endswith(("?", "？")) else self.colon)

    def parens(self, text: str) -> str:
        """ "(text)" after a space, or full-width "（text）" in Chinese."""
        return f"（{text}）" if self.language.startswith("zh") else f" ({text})"

    def date(self, iso: str) -> str:
        """An ISO date as this language writes it: "2 kwietnia 2026"; empty stays empty."""
        return format_date(iso, self.language) if iso else ""

    def number(self, value: float | None, decimals: int = 0, *, signed: bool = False) -> str:
        """A score or total with this language's decimal separator; "–" when there is none."""
        if value is None:
            return "–"
        return format_number(value, self.language, decimals, signed=signed)

    def counted(self, text: str, count: int) -> str:
        """An average with how many people it comes from: "3.4 (n = 7)"."""
        return self("counted").replace("{value}", text).replace("{count}", str(count))

    def mean(self, value: float | None, count: int) -> str:
        """A 1–5 mean with its count; "–" when nobody rated."""
        return "–" if value is None else self.counted(self.number(value, 1), count)

    def withheld(self, minimum: int) -> str:
        """What stands where an anonymous department's score is withheld: never a number."""
        return self("withheld").replace("{minimum}", str(minimum))

    def page_of(self, page: int, pages: int) -> str:
        template = self("page_of")
        try:
            return template.format(page=page, pages=pages)
        except (KeyError, IndexError, ValueError):
            return f"{page} / {pages}"

    def department(self, value: str) -> str:
        if not value:
            return ""
        return self.content.text(f"workshop.departments.{value}", DEPARTMENTS.get(value, value))

    def status(self, action: Action) -> str:
        return self(f"status_{action.status}")

    def priority(self, action: Action) -> str:
        return self(f"priority_{action.priority}")

    def labelled_priority(self, action: Action) -> str:
        """ "Priority: High", so a printed word says what it grades."""
        return self.label("priority") + self.priority(action)

    def history(self, session: Session, action: Action) -> list[str]:
        """The action's dated changes, oldest first: "18 March 2026 · Dropped: the reason"."""
        lines = []
        for event in sorted(
            (e for e in session.history if e.action_id == action.id), key=lambda e: e.at
        ):
            if event.kind == "due":
                what = self.label("new_due") + (self.date(event.due) or self("no_date"))
            elif event.kind == "carried_over":
                what = self("status_carried_over")
            elif event.kind == "note":
                what = ""
            else:
                what = self(f"status_{event.status}")
            comment = event.comment.strip()
            text = f"{what}{self.colon}{comment}" if what and comment else what or comment
            lines.append(f"{self.date(event.at[:10])} · {text}")
        return lines

    def friction(self, friction_id: str, custom_title: str = "") -> str:
        if custom_title:
            return custom_title
        item = self.content.item("frictions.drivers", friction_id)
        return str(item.get("title", friction_id)) if item else friction_id

    def friction_group(self, group: str) -> str:
        return self.content.text(f"frictions.groups.{group}", group.capitalize())

    def step(self, step_id: str) -> str:
        item = self.content.item("checklist.steps", step_id)
        return str(item.get("title", step_id)) if item else step_id

    def statement(self, statement_id: str) -> str:
        item = self.content.item("assessment.statements", statement_id)
        return str(item.get("text", statement_id)) if item else statement_id

    def prompt(self, prompt_id: str) -> str:
        item = self.content.item("role_swap.prompts", prompt_id)
        return str(item.get("question", prompt_id)) if item else prompt_id

    def stage(self, stage_id: str) -> str:
        return self.content.text(f"relationship.stages.{stage_id}.name", stage_id.capitalize())

    def stage_named(self, stage_id: str) -> str:
        """The stage as a value after a label: Polish quotes it („Zdefiniowana”), since the
        adjective agrees with *relacja*, not with the label's *etap*."""
        return self("stage_named").replace("{stage}", self.stage(stage_id))

    def lever(self, lever_id: str) -> str:
        return self.content.text(f"relationship.levers.{lever_id}.name", lever_id)

    def party(self, party_id: str, name: str = "") -> str:
        return name or self.content.text(f"role_split.parties.{party_id}", party_id)

    def metric(self, goal: SharedGoal) -> str:
        if goal.custom_metric:
            return goal.custom_metric
        item = self.content.item("goals.metrics", goal.metric)
        return str(item.get("name", goal.metric)) if item else goal.metric

    def responds_to(self, session: Session, action: Action) -> str:
        """What an action answers, e.g. "Friction: Lead quality", or "" when it stands alone:
        the window's words (``action_plan.source_label``), titles in full."""
        return source_label(session, self.content, action, full=True)


# Units that name a kind of number rather than a unit: the codes content stores, and the words
# that earlier content stored in their place, which saved goals may still carry.
KINDS_OF_NUMBER = frozenset(
    {"count", "currency", "liczba", "kwota", "aantal", "bedrag", "数量", "金额", "數量", "金額"}
)


def unit_shown(unit: str) -> str:
    """The unit as printed after a figure: "" for a kind of number ("count", "liczba")."""
    return "" if unit.strip() in KINDS_OF_NUMBER else unit


def number(value: float | None, unit: str = "", lang: str = "en") -> str:
    """12.0 → "12", 12.5 → "12.5" ("12,5" in Polish), with "%" attached and other units after
    a space. A kind of number ("count", or "liczba" as a Polish goal stored it) is not a unit:
    "40 → 55", never "40 liczba → 55 liczba"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = format_amount(value, lang)
    if unit == "%":
        return f"{text}%"
    if unit_shown(unit):
        return f"{text} {unit}"
    return text


def group_actions(
    session: Session, words: Wording, by: str = "owner"
) -> list[tuple[str, list[Action]]]:
    """Actions grouped by owner or department, groups in order of first appearance in the plan."""

    nobody = words("no_department" if by == "department" else "no_owner")

    def key(action: Action) -> str:
        if by == "department":
            return words.department(action.department) or nobody
        return action.owner.strip() or nobody

    order: dict[str, int] = {}
    for action in session.actions:
        order.setdefault(key(action), len(order))
    # Actions nobody owns yet (or no department) come last, where the room will look for them.
    if nobody in order:
        order[nobody] = len(order)
    ordered = sorted(session.actions, key=lambda a: order[key(a)])
    return [(name, list(items)) for name, items in groupby(ordered, key=key)]
