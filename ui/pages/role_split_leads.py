"""The Role split page's lead stages: the statuses a lead passes through, each with entry and exit
criteria and one owner; then how Sales accepts or rejects a handed-over lead, and what happens to
the leads it gives back.

Like the other panels of the page it edits the session's RoleMap in place: ``changed`` asks the
page to save at once, ``typed`` to save when typing pauses. Changes that the core may refuse run
through ``attempt`` (the page's ``write``), which says why and reloads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.pages.role_split_parts import RoleMapPanel
from workshop_app import lead_flow, role_split
from workshop_app.content import Content
from workshop_app.domain import LeadStage, RoleMap
from workshop_app.domain.limits import LINE, TEXT


class LeadStagesPanel(RoleMapPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

        self.intro = QLabel(wordWrap=True, objectName="leadIntro")
        self.intro.setProperty("role", "hint")
        self.usual = QPushButton(self.tr("Use the usual stages"), objectName="usualLeadStages")
        self.usual.setToolTip(
            self.tr(
                "Inquiry, marketing-qualified, sales-accepted, sales-qualified, opportunity, customer"
            )
        )
        self.usual.clicked.connect(self.use_usual)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.usual, 0, Qt.AlignmentFlag.AlignTop)

        self.stages = QListWidget(objectName="leadStageList")
        self.stages.setAccessibleName(self.tr("Lead stages"))
        self.stages.currentRowChanged.connect(self._show_stage)
        self.buttons: dict[str, QPushButton] = {}
        tools = QGridLayout()
        for number, (name, text, slot) in enumerate(
            [
                ("addLeadStage", self.tr("Add…"), self.add_stage),
                ("leadStageUp", self.tr("Up"), lambda: self.move_stage(-1)),
                ("leadStageDown", self.tr("Down"), lambda: self.move_stage(1)),
                ("removeLeadStage", self.tr("Remove"), self.remove_stage),
            ]
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            tools.addWidget(button, 0, number)
        left = QVBoxLayout()
        left.addWidget(self.stages, 1)
        left.addLayout(tools)

        self.name = QLineEdit(objectName="leadStageName", maxLength=LINE)
        self.name.textEdited.connect(self._stage_typed)
        self.owner = QComboBox(objectName="leadStageOwner")
        self.owner.activated.connect(self._owner_chosen)
        self.entry = QPlainTextEdit(objectName="leadStageEntry")
        self.entry.setPlaceholderText(self.tr("What must be true for a lead to enter this stage?"))
        self.entry.setMaximumHeight(120)
        self.entry.textChanged.connect(self._stage_typed)
        self.exit = QPlainTextEdit(objectName="leadStageExit")
        self.exit.setPlaceholderText(self.tr("What moves it on, or back?"))
        self.exit.setMaximumHeight(120)
        self.exit.textChanged.connect(self._stage_typed)
        detail_form = QFormLayout()
        detail_form.addRow(self.tr("&Name:"), self.name)
        detail_form.addRow(self.tr("&Owner:"), self.owner)
        detail_form.addRow(self.tr("&Enters when:"), self.entry)
        detail_form.addRow(self.tr("Lea&ves when:"), self.exit)
        self.detail = QGroupBox(self.tr("The selected stage"))
        self.detail.setLayout(detail_form)
        stages_row = QHBoxLayout()
        stages_row.addLayout(left, 2)
        stages_row.addWidget(self.detail, 3)

        self.warning = QLabel(objectName="leadWarning", wordWrap=True)
        self.warning.setProperty("role", "warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)

        self.accept_hours = QSpinBox(objectName="acceptHours", minimum=0, maximum=10_000)
        self.accept_hours.setSpecialValueText(self.tr("Not agreed yet"))
        self.accept_hours.setMaximumWidth(220)
        self.accept_hours.valueChanged.connect(
            lambda n: self.accept_hours.setSuffix(self.tr(" hour(s)", "", n))
        )
        self.accept_hours.valueChanged.connect(self._acceptance_changed)
        self.reasons = QPlainTextEdit(objectName="rejectReasons")
        self.reasons.setMaximumHeight(90)
        self.reasons.setPlaceholderText(self.tr("One reason per line"))
        self.reasons.textChanged.connect(self._reasons_typed)
        self.recycle = QPlainTextEdit(objectName="recycleRule")
        self.recycle.setMaximumHeight(70)
        self.recycle.setPlaceholderText(
            self.tr("Where does a lead Sales gives back go, and when may it be handed over again?")
        )
        self.recycle.textChanged.connect(self._acceptance_typed)
        acceptance_form = QFormLayout()
        acceptance_form.addRow(self.tr("Sales &accepts or rejects within:"), self.accept_hours)
        acceptance_form.addRow(self.tr("Reasons to re&ject:"), self.reasons)
        acceptance_form.addRow(self.tr("Re&cycling rule:"), self.recycle)
        acceptance = QGroupBox(self.tr("Accepting a handed-over lead"))
        acceptance.setLayout(acceptance_form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(stages_row, 1)
        layout.addWidget(self.warning)
        layout.addWidget(acceptance)

    # ------------------------------------------------------------------ model → widgets

    def load(self, role_map: RoleMap, content: Content) -> None:
        self._loading = True
        self.role_map, self.content = role_map, content
        self.intro.setText(content.text("role_split.lead_intro"))
        row = max(self.stages.currentRow(), 0)
        self.owner.clear()
        self.owner.addItem(self.tr("No owner yet"), "")
        for party in role_map.parties:
            self.owner.addItem(role_split.party_name(party, content), party.id)
        self._fill_list(row)
        acceptance = role_map.acceptance
        self.accept_hours.setValue(acceptance.accept_hours or 0)
        self.accept_hours.setSuffix(self.tr(" hour(s)", "", acceptance.accept_hours or 0))
        reasons = "\n".join(acceptance.reject_reasons)
        if self.reasons.toPlainText().strip() != reasons:
            self.reasons.setPlainText(reasons)
        if self.recycle.toPlainText() != acceptance.recycle_rule:
            self.recycle.setPlainText(acceptance.recycle_rule)
        self._loading = False

    def _label(self, number: int, stage: LeadStage) -> str:
        owner = self.owner.itemText(max(self.owner.findData(stage.owner), 0))
        return f"{number}. {stage.name} · {owner}"

    def _fill_list(self, row: int) -> None:
        loading, self._loading = self._loading, True
        self.stages.clear()
        for number, stage in enumerate(self.role_map.lead_stages, 1):
            self.stages.addItem(self._label(number, stage))
        self.stages.setCurrentRow(min(row, self.stages.count() - 1))
        self._loading = loading
        self._show_stage()
        self._update_checks()

    def _current(self) -> LeadStage | None:
        row = self.stages.currentRow()
        return self.role_map.lead_stages[row] if 0 <= row < len(self.role_map.lead_stages) else None

    def _show_stage(self) -> None:
        stage = self._current()
        loading, self._loading = self._loading, True
        self.detail.setEnabled(stage is not None)
        self.name.setText(stage.name if stage else "")
        self.owner.setCurrentIndex(max(self.owner.findData(stage.owner if stage else ""), 0))
        for edit, text in (
            (self.entry, stage.entry if stage else ""),
            (self.exit, stage.exit if stage else ""),
        ):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        self._loading = loading
        for name in ("leadStageUp", "leadStageDown", "removeLeadStage"):
            self.buttons[name].setEnabled(stage is not None)

    def _update_checks(self) -> None:
        names = {s.id: s.name for s in self.role_map.lead_stages}
        problems = lead_flow.lead_stage_problems(self.role_map)
        no_owner = [names[p.stage] for p in problems if p.kind == "no_owner"]
        no_criteria = [names[p.stage] for p in problems if p.kind == "no_criteria"]
        lines = []
        if no_owner:
            lines.append(
                self.tr("Each stage needs one owner: %1.").replace("%1", ", ".join(no_owner))
            )
        if no_criteria:
            lines.append(
                self.tr("No entry or exit criteria yet: %1.").replace("%1", ", ".join(no_criteria))
            )
        self.warning.setText("⚠ " + " ".join(lines) if lines else "")
        self.warning.setVisible(bool(lines))

    # ------------------------------------------------------------------ widgets → model

    def use_usual(self) -> None:
        if self.content is None:
            return
        if self.role_map.lead_stages and not prompts.confirm(
            self,
            self.tr("Use the usual stages"),
            self.tr("The usual stages replace the lead stages you have."),
            self.tr("Replace"),
        ):
            return
        content = self.content
        if self.attempt(lambda: lead_flow.use_usual_lead_stages(self.role_map, content)):
            self.load(self.role_map, content)
            self.changed.emit()

    def add_stage(self) -> None:
        name = prompts.text(self, self.tr("Add lead stage"), self.tr("Name of the new lead stage:"))
        if not name or not name.strip():
            return
        current = self._current()
        added: list[LeadStage] = []
        after = current.id if current else None
        if self.attempt(lambda: added.append(lead_flow.add_lead_stage(self.role_map, name, after))):
            self._fill_list(self.role_map.lead_stages.index(added[0]))
            self.changed.emit()
            self.owner.setFocus()

    def move_stage(self, delta: int) -> None:
        stage = self._current()
        if stage is not None:
            self._fill_list(lead_flow.move_lead_stage(self.role_map, stage.id, delta))
            self.changed.emit()

    def remove_stage(self) -> None:
        stage = self._current()
        if stage is None or not prompts.confirm(
            self,
            self.tr("Remove lead stage"),
            self.tr("Remove the lead stage “%1” and its criteria?").replace("%1", stage.name),
            self.tr("Remove"),
        ):
            return
        lead_flow.remove_lead_stage(self.role_map, stage.id)
        self._fill_list(self.stages.currentRow())
        self.changed.emit()

    def _owner_chosen(self) -> None:
        stage = self._current()
        if stage is None or self._loading:
            return
        owner = self.owner.currentData() or ""
        if self.attempt(lambda: lead_flow.edit_lead_stage(self.role_map, stage.id, owner=owner)):
            self.stages.currentItem().setText(self._label(self.stages.currentRow() + 1, stage))
            self._update_checks()
            self.changed.emit()

    def _stage_typed(self) -> None:
        stage = self._current()
        if stage is None or self._loading:
            return
        if self.name.text().strip():  # an emptied name keeps the last one until a new one is typed
            stage.name = self.name.text().strip()
        stage.entry = self.entry.toPlainText()[:TEXT]
        stage.exit = self.exit.toPlainText()[:TEXT]
        self.stages.currentItem().setText(self._label(self.stages.currentRow() + 1, stage))
        self._update_checks()
        self.typed.emit()

    def _acceptance_changed(self, value: int) -> None:
        if not self._loading:
            self.role_map.acceptance.accept_hours = value or None
            self.changed.emit()

    def _reasons_typed(self) -> None:
        if self._loading:
            return
        reasons = [r.strip()[:LINE] for r in self.reasons.toPlainText().splitlines()]
        kept = list(dict.fromkeys(r for r in reasons if r))
        self.role_map.acceptance.reject_reasons = kept[: lead_flow.MAX_REASONS]
        self.typed.emit()

    def _acceptance_typed(self) -> None:
        if not self._loading:
            self.role_map.acceptance.recycle_rule = self.recycle.toPlainText()[:TEXT]
            self.typed.emit()
