"""The action plan's filter bar: status, department, source, owner and "overdue only"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.labels import department_name
from ui.models.actions import status_name
from workshop_app import action_plan
from workshop_app.action_plan import ActionFilter
from workshop_app.domain import ActionStatus
from workshop_app.domain.actions import ACTION_DEPARTMENTS

# One entry covers both open statuses, the usual question at a follow-up meeting.
OPEN_STATUSES = "open"


class ActionFilterBar(QWidget):
    changed = Signal(object)  # the ActionFilter now in force

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = QComboBox(objectName="filterStatus")
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Open (planned or in progress)"), OPEN_STATUSES)
        for status in ActionStatus:
            self.status.addItem(status_name(status), status.value)
        self.department = QComboBox(objectName="filterDepartment")
        self.department.addItem(self.tr("All departments"), "")
        for department in ACTION_DEPARTMENTS:
            self.department.addItem(department_name(department), department)
        self.source = QComboBox(objectName="filterSource")
        self.source.addItem(self.tr("All sources"), "")
        for kind, label in (
            ("friction", self.tr("Frictions")),
            ("role_swap", self.tr("Role swap")),
            ("goal", self.tr("Shared goals")),
            ("role_map", self.tr("Role split")),
            ("checklist", self.tr("Ten steps")),
            ("lever", self.tr("Levers")),
        ):
            self.source.addItem(label, kind)
        self.owner = QLineEdit(objectName="filterOwner", clearButtonEnabled=True)
        self.owner.setPlaceholderText(self.tr("Owner…"))
        self.overdue = QCheckBox(self.tr("&Overdue only"), objectName="filterOverdue")
        self.clear = QPushButton(self.tr("Show all"), objectName="clearFilters")
        self.clear.clicked.connect(self.reset)
        for combo in (self.status, self.department, self.source):
            combo.currentIndexChanged.connect(self._changed)
        self.owner.textChanged.connect(self._changed)
        self.overdue.toggled.connect(self._changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Show:")))
        for widget in (self.status, self.department, self.source, self.owner, self.overdue):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.clear)

    def rule(self) -> ActionFilter:
        status = self.status.currentData()
        if status == OPEN_STATUSES:
            statuses = set(action_plan.OPEN)
        else:
            statuses = {ActionStatus(status)} if status else set()
        return ActionFilter(
            statuses=statuses,
            department=self.department.currentData() or "",
            owner=self.owner.text(),
            source_kind=self.source.currentData() or "",
            overdue_only=self.overdue.isChecked(),
        )

    def _changed(self) -> None:
        self.changed.emit(self.rule())

    def reset(self) -> None:
        for widget in (self.status, self.department, self.source, self.owner, self.overdue):
            widget.blockSignals(True)
        for combo in (self.status, self.department, self.source):
            combo.setCurrentIndex(0)
        self.owner.clear()
        self.overdue.setChecked(False)
        for widget in (self.status, self.department, self.source, self.owner, self.overdue):
            widget.blockSignals(False)
        self._changed()
