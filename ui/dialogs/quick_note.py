"""The quick-entry popup for capturing a note while the room talks: type, pick, Enter.

Alt+I / Alt+C / Alt+N choose idea, concern or insight and Alt+S / Alt+M / Alt+B whose point it is,
without leaving the text; Enter saves, Esc cancels. Every note starts as an idea from both sides:
a kind or side remembered from the previous note would tag the next one (and the action made
from it) silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.style import SPACING
from workshop_app.domain import NoteKind, NoteSide
from workshop_app.domain.limits import TEXT


@dataclass
class CapturedNote:
    text: str
    kind: NoteKind
    side: NoteSide


DEFAULT_KIND = NoteKind.IDEA
DEFAULT_SIDE = NoteSide.BOTH


class QuickNoteDialog(QDialog):
    def __init__(self, stage_label: str, parent: QWidget | None = None):
        super().__init__(parent, objectName="quickNote")
        self.setWindowTitle(self.tr("Capture Note"))
        self.setMinimumWidth(480)
        heading = QLabel(self.tr("A note for the %1 stage").replace("%1", stage_label))
        self.text = QLineEdit(objectName="quickNoteText", maxLength=TEXT)
        self.text.setPlaceholderText(self.tr("What did the room just say?"))
        self.text.setAccessibleName(self.tr("Note text"))
        heading.setBuddy(self.text)

        self.kinds = QButtonGroup(self)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Kind:")))
        for kind, label in (
            (NoteKind.IDEA, self.tr("&Idea")),
            (NoteKind.CONCERN, self.tr("&Concern")),
            (NoteKind.INSIGHT, self.tr("I&nsight")),
        ):
            button = QRadioButton(label, objectName=f"quickNote_{kind.value}")
            button.setProperty("value", kind.value)
            self.kinds.addButton(button)
            kinds.addWidget(button)
            button.setChecked(kind == DEFAULT_KIND)
        kinds.addStretch(1)

        self.sides = QButtonGroup(self)
        sides = QHBoxLayout()
        sides.addWidget(QLabel(self.tr("From:")))
        for side, label in (
            (NoteSide.SALES, self.tr("&Sales")),
            (NoteSide.MARKETING, self.tr("&Marketing")),
            (NoteSide.BOTH, self.tr("&Both sides")),
        ):
            button = QRadioButton(label, objectName=f"quickNote_{side.value}")
            button.setProperty("value", side.value)
            self.sides.addButton(button)
            sides.addWidget(button)
            button.setChecked(side == DEFAULT_SIDE)
        sides.addStretch(1)
        # The radio buttons hand the focus straight back, so typing goes on in the text.
        for button in (*self.kinds.buttons(), *self.sides.buttons()):
            button.clicked.connect(self.text.setFocus)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("Save"))  # no mnemonic: Alt+S picks Sales
        self.save.setDefault(True)
        self.save.setEnabled(False)
        self.text.textChanged.connect(lambda text: self.save.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Enter saves · Esc cancels · Alt + the underlined letter picks"))
        hint.setProperty("role", "hint")

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addLayout(kinds)
        layout.addLayout(sides)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        if not self.text.text().strip():
            return
        super().accept()

    def note(self) -> CapturedNote:
        return CapturedNote(
            text=self.text.text().strip(),
            kind=NoteKind(self.kinds.checkedButton().property("value")),
            side=NoteSide(self.sides.checkedButton().property("value")),
        )


def ask(parent: QWidget | None, stage_label: str) -> CapturedNote | None:
    """Show the popup; the note to save, or None when cancelled. Tests replace this function."""
    dialog = QuickNoteDialog(stage_label, parent)
    return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
