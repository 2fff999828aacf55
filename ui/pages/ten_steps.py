"""Ten steps: for each step, where each department thinks the company stands and the gap between
them, the level the room agrees on, where it wants to be by the follow-up, the evidence behind the
rating and the actions that answer it."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.action_links import add_linked_action
from ui.labels import department_name
from ui.pages.base import StagePage
from ui.store import SessionStore
from ui.style import (
    CURRENT_COLOUR,
    MARKETING_COLOUR,
    SALES_COLOUR,
    SPACING,
    TARGET_COLOUR,
    WARNING_COLOUR,
)
from ui.widgets.level_picker import LevelPicker, rows_sheet
from ui.widgets.step_chart import StepChart
from workshop_app import action_plan
from workshop_app.content import load_content
from workshop_app.domain import ChecklistStep, Department
from workshop_app.domain.limits import TEXT


class StepCard(QGroupBox):
    """One step: its text, the two levels, the evidence and its actions."""

    def __init__(self, step_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.step_id = step_id
        self.setObjectName(f"step_{step_id}")
        self.description = QLabel(wordWrap=True)
        self.description.setProperty("role", "hint")
        self.question = QLabel(wordWrap=True)
        self.sales = LevelPicker("sales")
        self.sales.setObjectName(f"sales_{step_id}")
        self.marketing = LevelPicker("marketing")
        self.marketing.setObjectName(f"marketing_{step_id}")
        # The gap wraps inside the levels' column rather than widening it: a bold "gap -2" line
        # would push one step's buttons out of line with the others'.
        self.gap = QLabel(objectName=f"gap_{step_id}", wordWrap=True)
        self.gap.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.current = LevelPicker("current")
        self.current.setObjectName(f"current_{step_id}")
        self.target = LevelPicker("target")
        self.target.setObjectName(f"target_{step_id}")
        self.evidence = QPlainTextEdit(objectName=f"evidence_{step_id}")
        self.evidence.setPlaceholderText(self.tr("An example that backs the rating"))
        self.evidence.setFixedHeight(64)
        self.evidence.setTabChangesFocus(True)
        self.baseline = QLabel(objectName=f"baseline_{step_id}")
        self.baseline.setProperty("role", "hint")
        self.baseline.hide()
        self.actions = QLabel(objectName=f"actions_{step_id}")
        self.actions.setProperty("role", "hint")
        self.add_action = QPushButton(self.tr("Add action…"), objectName=f"addAction_{step_id}")

        text = QVBoxLayout()
        text.addWidget(self.question)
        text.addWidget(self.description)
        text.addStretch(1)
        levels = QFormLayout()
        for department, picker in (
            (Department.SALES, self.sales),
            (Department.MARKETING, self.marketing),
        ):
            # The colon is the language's own: "Sales:", "销售：".
            levels.addRow(self.tr("%1:").replace("%1", department_name(department)), picker)
        levels.addRow(self.gap)
        levels.addRow(self.tr("Today:"), self.current)
        levels.addRow(self.tr("Target:"), self.target)
        levels.addRow(self.baseline)
        right = QVBoxLayout()
        right.addWidget(self.evidence)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.actions, 1)
        actions_row.addWidget(self.add_action)
        right.addLayout(actions_row)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 3)
        layout.addLayout(levels, 0)
        layout.addLayout(right, 3)

    def show_gap(self, step: ChecklistStep) -> None:
        """The split between the departments, in the warning colour when it is wide."""
        gap = step.gap
        self.gap.setVisible(gap is not None)
        if gap is None:
            return
        if gap == 0:
            text = self.tr("Both departments see the same level")
        else:
            side = Department.SALES if gap > 0 else Department.MARKETING
            text = (
                self.tr("Gap %1: %2 sees it better")
                .replace("%1", f"{gap:+d}")
                .replace("%2", department_name(side))
            )
        self.gap.setText(text)
        self.gap.setProperty("wide", step.wide_gap)
        self.gap.setStyleSheet(
            f"color: {WARNING_COLOUR.name()}; font-weight: bold;" if step.wide_gap else ""
        )


class TenStepsPage(StagePage):
    stage = "ten_steps"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False
        self.cards: dict[str, StepCard] = {}

        self.chart = StepChart()
        self.chart.setObjectName("stepChart")
        today = html.escape(self.tr("Today"))
        target = html.escape(self.tr("Target by the follow-up"))
        legend = QLabel(
            f'<span style="color:{CURRENT_COLOUR.name()}">■</span> {today}'
            f'&nbsp;&nbsp;&nbsp;<span style="color:{TARGET_COLOUR.name()}">■</span> {target}'
        )
        self.summary = QLabel(objectName="stepsSummary")
        self.summary.setProperty("role", "hint")
        overview = QFrame()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.chart)
        bottom = QHBoxLayout()
        bottom.addWidget(legend)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        overview_layout.addLayout(bottom)
        hint = QLabel(
            self.tr(
                "Click a level or type 1–5 in a row of levels (Delete clears it). "
                "Click the chosen level again to clear it."
            ),
            wordWrap=True,
        )
        hint.setProperty("role", "hint")

        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(overview)
        layout.addWidget(hint)
        layout.addLayout(self.cards_layout)
        layout.addStretch(1)
        self.save_typing = self.debounced(self.save)
        tones = {
            "sales": SALES_COLOUR,
            "marketing": MARKETING_COLOUR,
            "current": CURRENT_COLOUR,
            "target": TARGET_COLOUR,
        }
        self.setStyleSheet(rows_sheet(tones))

    # ------------------------------------------------------------------ model → widgets

    def _build(self, steps: list[dict]) -> None:
        """One card per content step; built once per set of steps."""
        if list(self.cards) == [s["id"] for s in steps]:
            return
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        previous: QWidget | None = None
        for step in steps:
            card = StepCard(step["id"])
            card.sales.changed.connect(lambda v, s=step["id"]: self._level(s, "sales", v))
            card.marketing.changed.connect(lambda v, s=step["id"]: self._level(s, "marketing", v))
            card.current.changed.connect(lambda v, s=step["id"]: self._level(s, "current", v))
            card.target.changed.connect(lambda v, s=step["id"]: self._level(s, "target", v))
            card.evidence.textChanged.connect(lambda s=step["id"]: self._evidence(s))
            card.add_action.clicked.connect(lambda _=False, s=step["id"]: self.add_action(s))
            self.cards_layout.addWidget(card)
            self.cards[step["id"]] = card
            # Tab walks each card in reading order: today, target, evidence, add action.
            pickers = (card.sales, card.marketing, card.current, card.target)
            for widget in (*pickers, card.evidence, card.add_action):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        content = load_content(self.session.info.language)
        steps = content.items("checklist.steps")
        self._build(steps)
        scale = {int(k): v for k, v in (content.get("checklist.scale") or {}).items()}
        recorded = {s.step: s for s in self.session.checklist.steps}
        earlier = self.baseline()
        before = {s.step: s for s in earlier.checklist.steps} if earlier is not None else {}
        heading = self.baseline_heading()
        for number, step in enumerate(steps, start=1):
            card = self.cards[step["id"]]
            mine = recorded.get(step["id"], ChecklistStep(step=step["id"]))
            card.setTitle(f"{number}. {step['title']}")
            card.question.setText(step.get("question", ""))
            card.description.setText(step.get("description", ""))
            for picker in (card.sales, card.marketing, card.current, card.target):
                picker.set_labels(scale)
            card.sales.set_value(mine.sales)
            card.marketing.set_value(mine.marketing)
            card.current.set_value(mine.current)
            card.target.set_value(mine.target)
            card.show_gap(mine)
            was = before.get(step["id"])
            card.baseline.setVisible(was is not None)
            if was is not None:
                card.baseline.setText(
                    self.tr("%1: today %2, target %3")
                    .replace("%1", heading)
                    .replace("%2", str(was.current or "–"))
                    .replace("%3", str(was.target or "–"))
                )
            if card.evidence.toPlainText() != mine.evidence:
                card.evidence.setPlainText(mine.evidence)
        self._loading = False
        self._update_overview()
        self._update_action_counts()

    def showEvent(self, event) -> None:
        # Actions are added and removed on the action plan page too.
        super().showEvent(event)
        if self.session is not None:
            self._update_action_counts()

    def _update_overview(self) -> None:
        assert self.session is not None
        content = load_content(self.session.info.language)
        recorded = {s.step: s for s in self.session.checklist.steps}
        rows = []
        for number, step in enumerate(content.items("checklist.steps"), start=1):
            mine = recorded.get(step["id"])
            rows.append(
                (
                    number,
                    step["title"],
                    mine.current if mine else None,
                    mine.target if mine else None,
                )
            )
        self.chart.set_steps(rows)
        rated = [r for r in rows if r[2] is not None]
        gaps = [r for r in rows if r[2] is not None and r[3] is not None and r[3] > r[2]]
        text = (
            self.tr("%1 of %2 steps rated · %3 to improve by the follow-up")
            .replace("%1", str(len(rated)))
            .replace("%2", str(len(rows)))
            .replace("%3", str(len(gaps)))
        )
        split = sum(1 for s in self.session.checklist.steps if s.wide_gap)
        if split:
            text += " · " + self.tr(
                "%n step(s) where the departments are 2 or more levels apart", "", split
            )
        self.summary.setText(text)

    def _update_action_counts(self) -> None:
        assert self.session is not None
        for step_id, card in self.cards.items():
            linked = action_plan.actions_for(self.session.actions, "checklist", step_id)
            card.actions.setText(
                self.tr("%n linked action(s)", "", len(linked))
                if linked
                else self.tr("No actions for this step yet")
            )
            card.actions.setToolTip("\n".join(a.title for a in linked))

    # ------------------------------------------------------------------ writes

    def _step(self, step_id: str) -> ChecklistStep:
        assert self.session is not None
        steps = self.session.checklist.steps
        found = next((s for s in steps if s.step == step_id), None)
        if found is None:  # an imported session may lack a step
            found = ChecklistStep(step=step_id)
            steps.append(found)
        return found

    def _level(self, step_id: str, which: str, value: int | None) -> None:
        if self._loading or self.session is None:
            return
        step = self._step(step_id)
        setattr(step, which, value)
        self.save()
        self.cards[step_id].show_gap(step)
        self._update_overview()

    def _evidence(self, step_id: str) -> None:
        if self._loading or self.session is None:
            return
        self._step(step_id).evidence = self.cards[step_id].evidence.toPlainText()[:TEXT]
        self.save_typing.poke()

    def save(self) -> None:
        if self.session is None:
            return
        session = self.session
        self.write(
            self.tr("Ten steps"),
            lambda: self.store.save_section(session.id, "checklist", session.checklist),
        )

    def add_action(self, step_id: str) -> None:
        if self.session is None:
            return
        content = load_content(self.session.info.language)
        step = content.item("checklist.steps", step_id) or {"title": step_id}
        if add_linked_action(self, "checklist", step_id, step["title"]):
            self._update_action_counts()

    def card(self, step_id: str) -> StepCard:
        return self.cards[step_id]
