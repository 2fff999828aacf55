"""Adding a friction driver the catalogue lacks: its name and its kind, in one dialog.

Enter adds it (OK is the default button, enabled once a name is typed), Esc cancels. The kind
starts on the first group, visibly chosen, and Alt + its underlined letter picks another.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.style import SPACING
from workshop_app.domain.limits import TEXT


class NewDriverDialog(QDialog):
    def __init__(self, title: str, groups: list[str], parent: QWidget | None = None):
        super().__init__(parent, objectName="newDriver")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        question = QLabel(self.tr("&What gets in the way?"))
        self.name = QLineEdit(objectName="newDriverName", maxLength=TEXT)
        question.setBuddy(self.name)
        kind = QLabel(
            self.tr(
                "Is it mostly about money, prices and credit, or about people, habits and language?"
            ),
            wordWrap=True,
        )
        self.groups = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(question)
        layout.addWidget(self.name)
        layout.addWidget(kind)
        for number, label in enumerate(groups):
            button = QRadioButton(f"&{label}", objectName=f"newDriverGroup_{number}")
            self.groups.addButton(button, number)
            layout.addWidget(button)
            button.setChecked(number == 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add driver"))
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name.setFocus()

    def accept(self) -> None:
        if self.name.text().strip():
            super().accept()

    def chosen(self) -> tuple[str, int]:
        return " ".join(self.name.text().split()), self.groups.checkedId()
