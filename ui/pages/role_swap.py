"""Role swap: each side answers as the other department, then as itself, and the room compares.

A countdown keeps each round honest. The reveal sets "how Marketing sees Sales" beside "how
Sales sees itself" (and the reverse); the facilitator notes insights and misreadings, which can
become actions, and picks longer-running swap activities for the action plan in one step.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.labels import department_name
from ui.pages.base import StagePage, announce
from ui.pages.follow_up import add_action
from ui.pages.role_swap_reveal import MARKETING, SALES, RevealView, SealBar, answer_text
from ui.store import SessionStore
from ui.style import MARKETING_COLOUR, SALES_COLOUR, SPACING
from ui.widgets.timer import CountdownTimer
from workshop_app.content import Content, load_content
from workshop_app.domain import RoleSwap, RoleSwapAnswer, RoleSwapInsight, new_id
from workshop_app.domain.limits import TEXT

AS_OTHER, AS_SELF, REVEAL, FOLLOW_UP = range(4)


class RoleSwapPage(StagePage):
    stage = "role_swap"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False
        self.content: Content | None = None
        # The prompts the answer boxes were built for: their ids in the session's language.
        self._prompts: tuple[str, list[str]] = ("", [])
        self.timer = CountdownTimer()
        self.timer.minutesChanged.connect(self._minutes_changed)
        self.timer.finished.connect(lambda: announce(self, self.tr("Time's up for this round.")))
        timer_box = QGroupBox(self.tr("Round timer"))
        timer_row = QHBoxLayout(timer_box)
        timer_row.addWidget(self.timer, 1)
        timer_row.addWidget(self.phone_button("role_swap", self.tr("Answers from Phones…")))
        self.seal = SealBar()
        self.seal.revealRequested.connect(self.reveal_answers)

        # (author, about) → prompt id → editor
        self.editors: dict[tuple[str, str], dict[str, QPlainTextEdit]] = {}
        self.other_tab, self.self_tab = QWidget(), QWidget()
        QGridLayout(self.other_tab)
        QGridLayout(self.self_tab)
        self.save_answers = self.debounced(self._save_answers_now)

        self.reveal = RevealView()
        self.reveal.noteRequested.connect(self.add_note)
        self.insights = QListWidget(objectName="insightsList")
        self.insights.setWordWrap(True)
        self.insights.setMinimumHeight(140)
        self.insights.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.insight_action = QPushButton(
            self.tr("Turn into an &action"), objectName="insightAction"
        )
        self.insight_action.clicked.connect(self.insight_to_action)
        self.insight_remove = QPushButton(self.tr("Remove"), objectName="insightRemove")
        self.insight_remove.clicked.connect(self.remove_insight)
        insight_buttons = QHBoxLayout()
        insight_buttons.addStretch(1)
        insight_buttons.addWidget(self.insight_remove)
        insight_buttons.addWidget(self.insight_action)
        insights_box = QGroupBox(self.tr("Insights and misreadings"))
        insights_layout = QVBoxLayout(insights_box)
        insights_layout.addWidget(self.insights)
        insights_layout.addLayout(insight_buttons)
        reveal_tab = QWidget()
        reveal_layout = QVBoxLayout(reveal_tab)
        reveal_layout.addWidget(self.reveal)
        reveal_layout.addWidget(insights_box)

        self.activity_buttons: dict[str, QPushButton] = {}
        self.follow_tab = QWidget()
        QVBoxLayout(self.follow_tab)

        self.tabs = QTabWidget(objectName="roleSwapTabs")
        self.tabs.addTab(self.other_tab, self.tr("1 · As the other side"))
        self.tabs.addTab(self.self_tab, self.tr("2 · As yourselves"))
        self.tabs.addTab(reveal_tab, self.tr("3 · Side by side"))
        self.tabs.addTab(self.follow_tab, self.tr("4 · Follow-up swaps"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(timer_box)
        layout.addWidget(self.seal)
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------ building

    def _build_answers(self, tab: QWidget, as_other: bool) -> None:
        grid = tab.layout()
        assert isinstance(grid, QGridLayout)
        while grid.count():
            item = grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        assert self.content is not None
        columns = (
            [(SALES, MARKETING), (MARKETING, SALES)]
            if as_other
            else [
                (SALES, SALES),
                (MARKETING, MARKETING),
            ]
        )
        colours = [SALES_COLOUR, MARKETING_COLOUR]
        for column, ((author, about), colour) in enumerate(zip(columns, colours, strict=True)):
            heading = (
                self.tr("%1, answering as %2")
                .replace("%1", department_name(author))
                .replace("%2", department_name(about))
                if as_other
                else self.tr("%1, answering for itself").replace("%1", department_name(author))
            )
            label = QLabel(heading)
            label.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
            grid.addWidget(label, 0, column)
            self.editors[(author, about)] = {}
            for row, prompt in enumerate(self.content.items("role_swap.prompts"), start=1):
                if as_other:
                    # The prompt is workshop content: the department is named in its language too.
                    other = self.content.text(f"workshop.departments.{about}")
                    question = prompt.get("as_other", "").replace("{other}", other)
                else:
                    question = prompt.get("as_self", "")
                editor = QPlainTextEdit(objectName=f"answer_{author}_{about}_{prompt['id']}")
                editor.setPlaceholderText(question)
                editor.setToolTip(question)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(74)
                editor.textChanged.connect(self._answer_typed)
                box = QVBoxLayout()
                caption = QLabel(question, wordWrap=True)
                caption.setProperty("role", "hint")
                caption.setBuddy(editor)
                box.addWidget(caption)
                box.addWidget(editor)
                holder = QWidget()
                holder.setLayout(box)
                grid.addWidget(holder, row, column)
                self.editors[(author, about)][prompt["id"]] = editor
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(grid.rowCount(), 1)

    def _build_follow_up(self) -> None:
        assert self.content is not None
        layout = self.follow_tab.layout()
        assert layout is not None
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.activity_buttons = {}
        intro = QLabel(
            self.tr(
                "An afternoon of swapping roles is a start; these longer swaps keep the understanding "
                "growing. Each one goes on the action plan with one click."
            ),
            wordWrap=True,
        )
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        for activity in self.content.items("role_swap.activities"):
            title = QLabel(f"<b>{escape(activity.get('title', activity['id']))}</b>")
            text = QLabel(activity.get("description", ""), wordWrap=True)
            button = QPushButton(objectName=f"activity_{activity['id']}")
            button.clicked.connect(lambda _c=False, a=activity: self.add_activity(a))
            self.activity_buttons[activity["id"]] = button
            row = QHBoxLayout()
            words = QVBoxLayout()
            words.addWidget(title)
            words.addWidget(text)
            row.addLayout(words, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            box = QGroupBox()
            box.setLayout(row)
            layout.addWidget(box)
        layout.addStretch(1)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ model → widgets

    @property
    def swap(self) -> RoleSwap:
        assert self.session is not None
        return self.session.role_swap

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        self.content = load_content(self.session.info.language)
        # Rebuilt for another language too: the ids are the same in every language, the words not.
        prompts = (
            self.session.info.language,
            [p["id"] for p in self.content.items("role_swap.prompts")],
        )
        if prompts != self._prompts:
            self._prompts = prompts
            self._build_answers(self.other_tab, as_other=True)
            self._build_answers(self.self_tab, as_other=False)
            self._build_follow_up()
        self.timer.set_minutes(self.swap.round_minutes)
        sealed = self.swap.sealed  # answers from phones show nowhere before the reveal
        for (author, about), editors in self.editors.items():
            for prompt, editor in editors.items():
                text = "" if sealed else answer_text(self.swap, prompt, author, about)
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
                editor.setEnabled(not sealed)
        self.seal.show_swap(self.swap)
        self._loading = False
        self._show_insights()
        self._show_activities()

    def _show_insights(self) -> None:
        assert self.content is not None
        self.reveal.show_swap(self.swap, self.content)
        row = self.insights.currentRow()
        self.insights.clear()
        for insight in self.swap.insights:
            kind = self.content.text(f"role_swap.insight_kinds.{insight.kind}", insight.kind)
            prompt = self.content.item("role_swap.prompts", insight.prompt) or {}
            where = f"  ({prompt['question']})" if prompt.get("question") else ""
            item = QListWidgetItem(f"{kind}: {insight.text}{where}")
            item.setData(Qt.ItemDataRole.UserRole, insight.id)
            self.insights.addItem(item)
        self.insights.setCurrentRow(min(row, self.insights.count() - 1))
        self._update_buttons()

    def _show_activities(self) -> None:
        for activity, button in self.activity_buttons.items():
            chosen = activity in self.swap.activities
            button.setText(
                self.tr("In the plan ✓") if chosen else self.tr("Add to the action plan")
            )

    def _update_buttons(self) -> None:
        selected = self.insights.currentRow() >= 0
        self.insight_action.setEnabled(selected)
        self.insight_remove.setEnabled(selected)

    # ------------------------------------------------------------------ widgets → store

    def _save(self, swap: RoleSwap) -> bool:
        return self.write_section(self.tr("Role swap"), "role_swap", swap)

    def _answer_typed(self) -> None:
        if not self._loading:
            self.save_answers.poke()

    def _save_answers_now(self) -> None:
        if self.session is None or self.swap.sealed:
            return
        answers = [
            RoleSwapAnswer(prompt, author, about, editor.toPlainText()[:TEXT])
            for (author, about), editors in self.editors.items()
            for prompt, editor in editors.items()
            if editor.toPlainText().strip()
        ]
        if answers != self.swap.answers and self._save(replace(self.swap, answers=answers)):
            self.reveal.show_swap(self.swap, self.content)  # type: ignore[arg-type]

    def reveal_answers(self) -> None:
        """Show the answers from phones: here, on the projector, and on the phones."""
        if self.session is not None and self._save(replace(self.swap, sealed=False)):
            self.refresh()
            self.tabs.setCurrentIndex(REVEAL)

    def _minutes_changed(self, minutes: int) -> None:
        if self.session is not None and minutes != self.swap.round_minutes:
            self._save(replace(self.swap, round_minutes=minutes))

    # ------------------------------------------------------------------ gestures

    def add_note(self, prompt: str, kind: str) -> None:
        if self.session is None:
            return
        title = self.tr("Mark a misreading") if kind == "misreading" else self.tr("Note an insight")
        text = prompts.text(self, title, self.tr("What did the room notice?"))
        if not text or not text.strip():
            return
        insight = RoleSwapInsight(id=new_id(), text=text.strip()[:TEXT], kind=kind, prompt=prompt)
        if self._save(replace(self.swap, insights=[*self.swap.insights, insight])):
            self._show_insights()
            self.insights.setCurrentRow(self.insights.count() - 1)

    def _selected_insight(self) -> RoleSwapInsight | None:
        item = self.insights.currentItem()
        if item is None:
            return None
        return next(
            (i for i in self.swap.insights if i.id == item.data(Qt.ItemDataRole.UserRole)), None
        )

    def remove_insight(self) -> None:
        insight = self._selected_insight()
        if insight is None or not prompts.confirm(
            self,
            self.tr("Remove"),
            self.tr("Remove this note from the role swap?\n\n%1").replace("%1", insight.text),
            self.tr("Remove"),
        ):
            return
        if self._save(
            replace(self.swap, insights=[i for i in self.swap.insights if i is not insight])
        ):
            self._show_insights()

    def insight_to_action(self) -> None:
        insight = self._selected_insight()
        if insight is not None:
            add_action(
                self,
                insight.text.splitlines()[0],
                source_kind="role_swap",
                source_ref=insight.id,
                description=insight.text,
            )

    def add_activity(self, activity: dict) -> None:
        if self.session is None:
            return
        action = add_action(
            self,
            activity.get("title", activity["id"]),
            source_kind="role_swap",
            source_ref=activity["id"],
            description=activity.get("description", ""),
        )
        if action is not None and activity["id"] not in self.swap.activities:
            self._save(replace(self.swap, activities=[*self.swap.activities, activity["id"]]))
        self._show_activities()
