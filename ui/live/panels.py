"""What the room sees of each stage on the projector, one builder per stage.

A builder takes the session as it is now and returns a widget for the projector's body (or None
when the stage has nothing to show yet). New stage content, such as a capture board, plugs in
with ``@register("stage")`` without touching the projector window.

Only what the whole room may see goes here: never session or friction notes, the facilitator's
assessment notes, contact details, or anyone's name in the list of participants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from textwrap import shorten

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.labels import department_name, friction_score
from ui.live.bars import Bar, BarList, BarRow
from ui.style import (
    CURRENT_COLOUR,
    MARKETING_COLOUR,
    PROJECTOR_BAR,
    PROJECTOR_TEXT,
    SALES_COLOUR,
    TARGET_COLOUR,
)
from workshop_app import friction_map, wrap_up
from workshop_app.content import Content
from workshop_app.domain import Department, Session

MAX_ROWS = 8  # more lines than this cannot be read from the back of the room


@dataclass
class Projection:
    session: Session
    content: Content
    scale: float  # 1.0 on a 720-pixel-high window


PanelBuilder = Callable[[Projection, QWidget], QWidget | None]
PANELS: dict[str, PanelBuilder] = {}


def register(stage: str) -> Callable[[PanelBuilder], PanelBuilder]:
    def add(builder: PanelBuilder) -> PanelBuilder:
        PANELS[stage] = builder
        return builder

    return add


def build_panel(stage: str, projection: Projection, parent: QWidget) -> QWidget | None:
    builder = PANELS.get(stage)
    return builder(projection, parent) if builder is not None else None


translate = QCoreApplication.translate


# ---------------------------------------------------------------------- building blocks


def label(text: str, role: str = "item", parent: QWidget | None = None) -> QLabel:
    """Plain text (user text may hold <b> or &), styled by the projector for its role."""
    widget = QLabel(text, parent, wordWrap=True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setProperty("projector", role)
    return widget


def column(parent: QWidget, heading: str = "") -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    if heading:
        layout.addWidget(label(heading, "heading"))
    return widget, layout


def lines(parent: QWidget, heading: str, items: list[str], numbered: bool = True) -> QWidget:
    widget, layout = column(parent, heading)
    for number, text in enumerate(items[:MAX_ROWS], start=1):
        layout.addWidget(label(f"{number}.  {text}" if numbered else f"•  {text}"))
    if len(items) > MAX_ROWS:
        layout.addWidget(
            label(
                translate("projector", "… and %1 more").replace("%1", str(len(items) - MAX_ROWS)),
                "muted",
            )
        )
    layout.addStretch(1)
    return widget


def legend(parent: QWidget, entries: list[tuple[str, str]]) -> QWidget:
    widget = QWidget(parent)
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for name, colour in entries:
        swatch = label("■", "item")
        swatch.setStyleSheet(f"color: {colour};")
        layout.addWidget(swatch)
        layout.addWidget(label(name, "muted"))
        layout.addSpacing(24)
    layout.addStretch(1)
    return widget


# ---------------------------------------------------------------------- the stages


@register("setup")
def _setup(p: Projection, parent: QWidget) -> QWidget:
    widget = lines(
        parent,
        translate("projector", "To start from"),
        p.content.get_list("workshop.self_check"),
        False,
    )
    counts = [
        translate("projector", "%1 from %2").replace("%1", str(n)).replace("%2", department_name(d))
        for d in Department
        if (n := sum(1 for x in p.session.participants if x.department == d))
    ]
    if counts:
        # How many are in the room, never who: names stay on the facilitator's screen.
        widget.layout().insertWidget(
            1, label(translate("projector", "In the room: ") + " · ".join(counts), "muted")
        )
    return widget


@register("frictions")
def _frictions(p: Projection, parent: QWidget) -> QWidget | None:
    ranked = [f for f in friction_map.ranked(p.session.frictions.items) if friction_map.score(f)]
    if not ranked:
        return None
    widget, layout = column(
        parent, translate("projector", "What hurts most: pain out of 10, plus dot votes")
    )

    def title(friction) -> str:
        item = p.content.item("frictions.drivers", friction.id) or {}
        return friction.custom_title or item.get("title", friction.id)

    def note(friction) -> str:
        return friction_score(friction)  # the same figure as the facilitator's ranking

    top = ranked[:MAX_ROWS]
    rows = [
        BarRow(title(f), [Bar(float(friction_map.score(f)), PROJECTOR_BAR)], note(f)) for f in top
    ]
    layout.addWidget(BarList(rows, float(friction_map.score(top[0])), widget, PROJECTOR_TEXT), 1)
    return widget


SWAP_PROMPTS = 2  # questions side by side at once: four answers each still read from the back
SWAP_QUOTE = 150  # characters of an answer on the projector; the rest stays on the page


def _swap_side_by_side(p: Projection, parent: QWidget, answered: list[dict]) -> QWidget:
    """Each side's answer as the other beside the other's answer as itself, per question."""
    swap = p.session.role_swap
    sales, marketing = Department.SALES.value, Department.MARKETING.value
    views = [
        (marketing, sales, translate("projector", "%1 about %2"), MARKETING_COLOUR),
        (sales, sales, translate("projector", "%1 about itself"), SALES_COLOUR),
        (sales, marketing, translate("projector", "%1 about %2"), SALES_COLOUR),
        (marketing, marketing, translate("projector", "%1 about itself"), MARKETING_COLOUR),
    ]
    widget, layout = column(
        parent, translate("projector", "How each side sees the other, and itself")
    )
    for prompt in answered[:SWAP_PROMPTS]:
        layout.addWidget(label(prompt.get("question", prompt["id"]), "muted"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(int(24 * p.scale))
        for number, (author, about, caption, colour) in enumerate(views):
            head = label(
                caption.replace("%1", department_name(author)).replace(
                    "%2", department_name(about)
                ),
                "caption",
            )
            head.setStyleSheet(f"color: {colour.name()};")
            text = next(
                (
                    a.text
                    for a in swap.answers
                    if (a.prompt, a.author, a.about) == (prompt["id"], author, about)
                ),
                "",
            ).strip()
            quote = label(
                shorten(" ".join(text.split()), SWAP_QUOTE, placeholder=" …") or "–", "quote"
            )
            quote.setObjectName(f"swap_{prompt['id']}_{author}_{about}")
            grid.addWidget(head, 0, number)
            grid.addWidget(quote, 1, number, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(number, 1)
        layout.addLayout(grid)
    if len(answered) > SWAP_PROMPTS:
        more = len(answered) - SWAP_PROMPTS
        layout.addWidget(
            label(translate("projector", "… and %1 more").replace("%1", str(more)), "muted")
        )
    layout.addStretch(1)
    return widget


@register("role_swap")
def _role_swap(p: Projection, parent: QWidget) -> QWidget:
    prompts = p.content.items("role_swap.prompts")
    questions = [item["question"] for item in prompts]
    swap = p.session.role_swap  # sealed: answers from phones wait for the facilitator's reveal
    answered = [
        item
        for item in prompts
        if not swap.sealed and any(a.prompt == item["id"] and a.text.strip() for a in swap.answers)
    ]
    if answered:
        return _swap_side_by_side(p, parent, answered)
    named = [i.text for i in p.session.role_swap.insights if i.text.strip()]
    if not named:
        return lines(
            parent, translate("projector", "Answer as the other department would"), questions
        )
    # Once the room names misreadings they sit beside the questions, the latest few first.
    widget = QWidget(parent)
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(lines(widget, translate("projector", "The questions"), questions), 1)
    row.addSpacing(int(32 * p.scale))
    row.addWidget(
        lines(widget, translate("projector", "What we have named so far"), named[::-1][:4], False),
        1,
    )
    return widget


@register("goals")
def _goals(p: Projection, parent: QWidget) -> QWidget | None:
    goals = wrap_up.build(p.session, date.today(), p.content).goals
    if not goals:
        return None
    widget, layout = column(parent, translate("projector", "Our shared goals"))
    for goal in goals[:4]:
        layout.addWidget(label(goal.statement, "item"))
        detail = [goal.metric]
        if goal.target is not None:
            detail.append(
                translate("projector", "target %1").replace(
                    "%1", f"{goal.target:g} {goal.unit}".strip()
                )
            )
        if goal.deadline:
            detail.append(translate("projector", "by %1").replace("%1", goal.deadline))
        layout.addWidget(label(" · ".join(d for d in detail if d), "muted"))
    layout.addStretch(1)
    return widget


@register("role_split")
def _role_split(p: Projection, parent: QWidget) -> QWidget | None:
    if not p.session.role_map.stages:
        return None
    from ui.widgets.role_map_chart import RoleMapChart

    chart = RoleMapChart(parent, scale=p.scale * 1.4)
    chart.setObjectName("projectorRoleMap")
    chart.set_role_map(p.session.role_map, p.content)
    return chart


@register("ten_steps")
def _ten_steps(p: Projection, parent: QWidget) -> QWidget | None:
    steps = wrap_up.build(p.session, date.today(), p.content).steps
    if not any(s.current or s.target for s in steps):
        return None
    widget, layout = column(parent)

    def figures(s: wrap_up.StepLine) -> str:
        text = f"{s.current or '–'} → {s.target or '–'}"
        if s.gap:  # the departments see the step differently: the room should see it too
            gap = translate("projector", "gap %1").replace("%1", f"{s.gap:+d}")
            text += f"  ({gap})"
        return text

    rows = [
        BarRow(
            f"{s.number}. {s.title}",
            [Bar(s.current, CURRENT_COLOUR), Bar(s.target, TARGET_COLOUR)],
            figures(s),
        )
        for s in steps
    ]
    layout.addWidget(BarList(rows, 5.0, widget, PROJECTOR_TEXT), 1)
    layout.addWidget(
        legend(
            widget,
            [
                (translate("projector", "Today"), CURRENT_COLOUR.name()),
                (translate("projector", "Target"), TARGET_COLOUR.name()),
            ],
        )
    )
    return widget


@register("actions")
def _actions(p: Projection, parent: QWidget) -> QWidget | None:
    actions = wrap_up.build(p.session, date.today(), p.content).actions
    if not actions:
        return None
    entries = []
    for action in actions:
        who = " · ".join(part for part in (action.owner, action.due) if part)
        entries.append(f"{action.title} — {who}" if who else action.title)
    return lines(parent, translate("projector", "What we will do"), entries)


@register("wrap_up")
def _wrap_up(p: Projection, parent: QWidget) -> QWidget | None:
    summary = wrap_up.build(p.session, date.today(), p.content)
    widget, layout = column(parent)
    if summary.stage is not None:
        layout.addWidget(
            label(
                translate("projector", "Where we stand: %1").replace("%1", summary.stage.name),
                "heading",
            )
        )
        layout.addWidget(label(summary.stage.advice or summary.stage.summary, "item"))
        if summary.stage.levers:
            layout.addWidget(
                lines(
                    widget,
                    translate("projector", "Moves that matter"),
                    [lv.name for lv in summary.stage.levers],
                    False,
                )
            )
    if summary.follow_up_date:
        layout.addWidget(
            label(
                translate("projector", "We meet again on %1").replace("%1", summary.follow_up_date),
                "heading",
            )
        )
    if layout.count() == 0:
        return None
    layout.addStretch(1)
    return widget
