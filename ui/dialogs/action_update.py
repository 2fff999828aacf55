"""A follow-up update on one action: its new status, perhaps a new due date, and a dated comment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.models.actions import status_name
from ui.widgets.date_edit import DateEdit
from workshop_app.domain import ActionStatus


class ActionUpdateDialog(QDialog):
    def __init__(self, title: str, status: str, due: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update action"))
        self.setMinimumWidth(460)
        heading = QLabel(title, objectName="updateTitle", wordWrap=True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.status = QComboBox(objectName="updateStatus")
        for value in ActionStatus:
            self.status.addItem(status_name(value), value.value)
        self.status.setCurrentIndex(self.status.findData(str(status)))
        self.change_due = QCheckBox(self.tr("New &due date:"), objectName="updateChangeDue")
        current = QDate.fromString(due, "yyyy-MM-dd")
        self.due = DateEdit(
            current if current.isValid() else QDate.currentDate().addDays(14),
            objectName="updateDue",
        )
        self.due.setEnabled(False)
        self.change_due.toggled.connect(self.due.setEnabled)
        self.comment = QPlainTextEdit(objectName="updateComment")
        self.comment.setPlaceholderText(self.tr("What happened since the last update (optional)"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.change_due, self.due)
        form.addRow(self.tr("&Comment:"), self.comment)
        hint = QLabel(
            self.tr("The update is added to the action's history with today's date and time."),
            wordWrap=True,
        )
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save update"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.status.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "status": ActionStatus(self.status.currentData()),
            "due": self.due.date().toString("yyyy-MM-dd") if self.change_due.isChecked() else None,
            "comment": self.comment.toPlainText().strip(),
        }
