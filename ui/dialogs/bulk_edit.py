"""Change several actions at once: only the fields whose box is ticked are changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import date_pattern
from ui.labels import department_name
from ui.models.actions import priority_name, status_name
from ui.widgets.date_edit import DateEdit
from workshop_app.domain import ActionPriority, ActionStatus
from workshop_app.domain.actions import ACTION_DEPARTMENTS
from workshop_app.domain.limits import LINE


class BulkEditDialog(QDialog):
    def __init__(self, count: int, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %n action(s)", "", count))
        self.setMinimumWidth(420)
        self.status = QComboBox(objectName="bulkStatus")
        for status in ActionStatus:
            self.status.addItem(status_name(status), status.value)
        self.owner = QLineEdit(objectName="bulkOwner", maxLength=LINE)
        completer = QCompleter(names, self.owner)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.owner.setCompleter(completer)
        self.department = QComboBox(objectName="bulkDepartment")
        self.department.addItem(self.tr("None"), "")
        for department in ACTION_DEPARTMENTS:
            self.department.addItem(department_name(department), department)
        self.due = DateEdit(QDate.currentDate().addDays(30), objectName="bulkDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_pattern())
        self.priority = QComboBox(objectName="bulkPriority")
        for priority in ActionPriority:
            self.priority.addItem(priority_name(priority), priority.value)

        self.ticks: dict[str, QCheckBox] = {}
        form = QFormLayout()
        for key, label, editor in (
            ("status", self.tr("&Status"), self.status),
            ("owner", self.tr("&Owner"), self.owner),
            ("department", self.tr("&Department"), self.department),
            ("due", self.tr("D&ue date"), self.due),
            ("priority", self.tr("&Priority"), self.priority),
        ):
            tick = QCheckBox(label, objectName=f"bulkSet_{key}")
            editor.setEnabled(False)
            tick.toggled.connect(editor.setEnabled)
            self.ticks[key] = tick
            form.addRow(tick, editor)
        hint = QLabel(self.tr("Tick what to change; everything else stays as it is."))
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        values = {
            "status": ActionStatus(self.status.currentData()),
            "owner": self.owner.text().strip(),
            "department": self.department.currentData(),
            "due": self.due.date().toString("yyyy-MM-dd"),
            "priority": ActionPriority(self.priority.currentData()),
        }
        return {k: v for k, v in values.items() if self.ticks[k].isChecked()}
