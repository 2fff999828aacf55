"""Shared goals: each department states its own goals, then the room writes the goals they share.

The shared revenue target comes first, everywhere. A goal without a metric, an owner or a
deadline is saved anyway, with a warning: rooms often agree the words before the numbers.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.labels import department_name
from ui.pages.base import StagePage
from ui.pages.follow_up import add_action
from ui.pages.goal_cascade import CascadePanel
from ui.pages.goal_form import GoalForm
from ui.pages.goal_meeting import MeetingPanel
from ui.store import SessionStore
from ui.style import MARKETING_COLOUR, SALES_COLOUR, SPACING
from workshop_app import cascade
from workshop_app.content import Content, load_content
from workshop_app.domain import Department, DepartmentGoal, Goals, SharedGoal, new_id
from workshop_app.domain.goals import goal_warnings, ordered_goals
from workshop_app.domain.limits import TEXT

SIDES = (Department.SALES.value, Department.MARKETING.value)


class GoalsPage(StagePage):
    stage = "goals"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False
        self.content: Content | None = None

        # --- each department's own goals
        self.own: dict[str, QListWidget] = {}
        own_row = QHBoxLayout()
        for department, colour in zip(SIDES, (SALES_COLOUR, MARKETING_COLOUR), strict=True):
            box = QGroupBox(self.tr("%1: own goals").replace("%1", department_name(department)))
            box.setStyleSheet(f"QGroupBox {{ color: {colour.name()}; font-weight: bold; }}")
            listing = QListWidget(objectName=f"ownGoals_{department}")
            listing.setWordWrap(True)
            listing.setSpacing(2)
            listing.setStyleSheet("color: palette(text); font-weight: normal;")
            listing.setMaximumHeight(150)
            listing.itemChanged.connect(lambda _item: self._save_own())
            add = QPushButton(self.tr("Add"), objectName=f"addOwnGoal_{department}")
            add.clicked.connect(lambda _c=False, d=department: self.add_own(d))
            remove = QPushButton(self.tr("Remove"), objectName=f"removeOwnGoal_{department}")
            remove.clicked.connect(lambda _c=False, d=department: self.remove_own(d))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(add)
            buttons.addWidget(remove)
            layout = QVBoxLayout(box)
            layout.addWidget(listing)
            layout.addLayout(buttons)
            own_row.addWidget(box)
            self.own[department] = listing

        # --- shared goals
        self.hint = QLabel(objectName="revenueHint", wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.shared = QListWidget(objectName="sharedGoals")
        self.shared.setWordWrap(True)
        self.shared.setSpacing(3)
        self.shared.setMinimumWidth(260)
        self.shared.setMaximumWidth(360)
        self.shared.currentRowChanged.connect(lambda _r: self._show_selected())
        self.add_button = QPushButton(self.tr("Add a &shared goal"), objectName="addSharedGoal")
        self.add_button.clicked.connect(self.add_shared)
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeSharedGoal")
        self.remove_button.clicked.connect(self.remove_shared)
        self.action_button = QPushButton(self.tr("Turn into an &action"), objectName="goalAction")
        self.action_button.clicked.connect(self.turn_into_action)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        left = QVBoxLayout()
        left.addWidget(self.shared, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.action_button)
        self.form = GoalForm()
        self.form.edited.connect(lambda: self.save_goal.poke())
        self.save_goal = self.debounced(self._save_goal_now)
        shared_box = QGroupBox(self.tr("Shared goals"))
        shared_layout = QVBoxLayout(shared_box)
        shared_layout.addWidget(self.hint)
        body = QHBoxLayout()
        body.setSpacing(SPACING * 2)
        body.addLayout(left)
        body.addWidget(self.form, 1)
        shared_layout.addLayout(body)

        goals_tab = QWidget()
        goals_layout = QVBoxLayout(goals_tab)
        goals_layout.setSpacing(SPACING * 2)
        goals_layout.addLayout(own_row)
        goals_layout.addWidget(shared_box, 1)

        # --- the revenue cascade and the joint meeting: the shared figures and their review
        self.cascade = CascadePanel()
        self.cascade.edited.connect(lambda: self.save_cascade.poke())
        self.cascade.quick.connect(self.quick_cascade)
        self.cascade.clear_button.clicked.connect(lambda: self._clear("cascade"))
        self.save_cascade = self.debounced(self._save_cascade_now)
        self.meeting = MeetingPanel()
        self.meeting.edited.connect(lambda: self.save_meeting.poke())
        self.meeting.quick.connect(self.quick_meeting)
        self.meeting.clear_button.clicked.connect(lambda: self._clear("meeting"))
        self.save_meeting = self.debounced(self._save_meeting_now)
        self.tabs = QTabWidget(objectName="goalTabs", documentMode=True)
        self.tabs.addTab(goals_tab, self.tr("&Goals"))
        self.tabs.addTab(self.cascade, self.tr("Revenue &cascade"))
        self.tabs.addTab(self.meeting, self.tr("&Joint meeting"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------------ model → widgets

    @property
    def goals(self) -> Goals:
        assert self.session is not None
        return self.session.goals

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        self.content = load_content(self.session.info.language)
        self.form.set_metrics(self.content)
        self.hint.setText(self.content.text("goals.revenue_hint"))
        for department, listing in self.own.items():
            listing.clear()
            for goal in self.goals.department_goals:
                if goal.department == department:
                    item = QListWidgetItem(goal.text)
                    item.setData(Qt.ItemDataRole.UserRole, goal.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    listing.addItem(item)
        self._loading = False
        self._show_shared()
        self.cascade.set_content(self.content)
        self.cascade.show_cascade(self.goals.cascade)
        self.cascade.set_goal_growth(cascade.revenue_growth(self.goals))
        self.meeting.set_content(self.content, self.session.participants)
        self.meeting.show_meeting(self.goals.meeting)

    def _show_shared(self, select: str = "") -> None:
        current = select or self._selected_id()
        self._loading = True
        self.shared.clear()
        for goal in ordered_goals(self.goals.shared):
            text = goal.statement.strip().splitlines()[0] if goal.statement.strip() else ""
            item = QListWidgetItem(
                ("★ " if goal.revenue else "")
                + (text or self.tr("(no statement yet)"))
                + ("  ⚠" if goal_warnings(goal) else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            if goal.revenue:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("The shared revenue target"))
            self.shared.addItem(item)
        ids = [
            self.shared.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.shared.count())
        ]
        self.shared.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self._loading = False
        self._show_selected()

    def _selected_id(self) -> str:
        item = self.shared.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def _selected(self) -> SharedGoal | None:
        return next((g for g in self.goals.shared if g.id == self._selected_id()), None)

    def _show_selected(self) -> None:
        if self._loading:
            return
        self.save_goal.flush()
        goal = self._selected()
        self.form.show_goal(goal)
        self.remove_button.setEnabled(goal is not None)
        self.action_button.setEnabled(goal is not None)

    # ------------------------------------------------------------------ widgets → store

    def _save(self, goals: Goals) -> bool:
        assert self.session is not None
        session = self.session
        if self.write(
            self.tr("Shared goals"), lambda: self.store.save_section(session.id, "goals", goals)
        ):
            session.goals = goals
            return True
        return False

    def _save_goal_now(self) -> None:
        goal = self.form.goal()
        if goal is None or self.session is None:
            return
        shared = [goal if g.id == goal.id else g for g in self.goals.shared]
        if goal.revenue:  # there is one shared revenue target
            shared = [g if g.id == goal.id else replace(g, revenue=False) for g in shared]
        if shared != self.goals.shared and self._save(replace(self.goals, shared=shared)):
            # Keep whatever the list has selected: when this save runs because the facilitator
            # picked another goal, that goal must stay picked.
            self._show_shared(select=self._selected_id() or goal.id)
            self.cascade.set_goal_growth(cascade.revenue_growth(self.goals))

    def _save_own(self) -> None:
        if self._loading or self.session is None:
            return
        goals = []
        for department, listing in self.own.items():
            for row in range(listing.count()):
                item = listing.item(row)
                text = item.text().strip()[:TEXT]
                if text:
                    goals.append(
                        DepartmentGoal(item.data(Qt.ItemDataRole.UserRole), department, text)
                    )
        self._save(replace(self.goals, department_goals=goals))

    def _save_cascade_now(self) -> None:
        chosen = self.cascade.cascade()
        if chosen is not None and self.session is not None and chosen != self.goals.cascade:
            if self._save(replace(self.goals, cascade=chosen)):
                self.cascade.clear_button.setEnabled(True)

    def _save_meeting_now(self) -> None:
        chosen = self.meeting.meeting()
        if self.session is not None and chosen != self.goals.meeting:
            if self._save(replace(self.goals, meeting=chosen)):
                self.meeting.clear_button.setEnabled(True)

    # ------------------------------------------------------------------ gestures

    def quick_cascade(self) -> None:
        """Typical rates and the revenue goal's growth in every field still empty."""
        if self.session is None or self.content is None:
            return
        self.save_cascade.flush()
        defaults = self.content.get("goals.cascade_defaults") or {}
        filled = cascade.quick_cascade(self.goals, defaults)
        if self._save(replace(self.goals, cascade=filled)):
            self.cascade.show_cascade(filled)

    def quick_meeting(self) -> None:
        """The suggested agreement in every field still empty."""
        if self.session is None or self.content is None:
            return
        self.save_meeting.flush()
        defaults = self.content.get("goals.meeting_defaults") or {}
        filled = cascade.quick_meeting(self.goals.meeting or self.meeting.meeting(), defaults)
        if self._save(replace(self.goals, meeting=filled)):
            self.meeting.show_meeting(filled)

    def _clear(self, part: str) -> None:
        titles = {
            "cascade": self.tr("Clear the revenue cascade"),
            "meeting": self.tr("Clear the joint-meeting agreement"),
        }
        if self.session is None or not prompts.confirm(
            self,
            titles[part],
            self.tr("Clear every figure and word of it? Undo brings them back."),
            self.tr("Clear"),
        ):
            return
        self.save_cascade.flush()
        self.save_meeting.flush()
        if self._save(replace(self.goals, **{part: None})):
            self.refresh()

    def add_own(self, department: str) -> None:
        text = prompts.text(
            self,
            self.tr("%1: own goals").replace("%1", department_name(department)),
            self.tr("A goal %1 has for itself:").replace("%1", department_name(department)),
        )
        if text and text.strip():
            goal = DepartmentGoal(new_id(), department, " ".join(text.split())[:TEXT])
            if self._save(
                replace(self.goals, department_goals=[*self.goals.department_goals, goal])
            ):
                self.refresh()

    def remove_own(self, department: str) -> None:
        item = self.own[department].currentItem()
        if item is None or not prompts.confirm(
            self,
            self.tr("Remove goal"),
            self.tr("Remove “%1”?").replace("%1", item.text()),
            self.tr("Remove"),
        ):
            return
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        kept = [g for g in self.goals.department_goals if g.id != goal_id]
        if self._save(replace(self.goals, department_goals=kept)):
            self.refresh()

    def add_shared(self) -> None:
        if self.session is None:
            return
        self.save_goal.flush()
        # The first shared goal is the revenue target unless the room says otherwise.
        first = not any(g.revenue for g in self.goals.shared)
        goal = SharedGoal(id=new_id(), statement="", revenue=first)
        if first:
            goal.metric = "revenue_growth"
            goal.unit = "%"
        if self._save(replace(self.goals, shared=[*self.goals.shared, goal])):
            self._show_shared(select=goal.id)
            self.form.statement.setFocus()

    def remove_shared(self) -> None:
        goal = self._selected()
        if goal is None or not prompts.confirm(
            self,
            self.tr("Remove shared goal"),
            self.tr("Remove this shared goal and everything written for it?\n\n%1").replace(
                "%1", goal.statement or self.tr("(no statement yet)")
            ),
            self.tr("Remove"),
        ):
            return
        self.save_goal.flush()
        kept = [g for g in self.goals.shared if g.id != goal.id]
        if self._save(replace(self.goals, shared=kept)):
            self._show_shared()

    def turn_into_action(self) -> None:
        self.save_goal.flush()
        goal = self._selected()
        if goal is None:
            return
        metric = goal.custom_metric
        if goal.metric and self.content is not None:
            metric = (self.content.item("goals.metrics", goal.metric) or {}).get(
                "name", goal.metric
            )
        measure = ""
        if metric and goal.target is not None:
            measure = f"{metric}: {goal.target:g} {goal.unit}".strip()
        add_action(
            self,
            goal.statement.strip().splitlines()[0] if goal.statement.strip() else "",
            source_kind="goal",
            source_ref=goal.id,
            description=goal.statement,
            success_measure=measure,
        )
