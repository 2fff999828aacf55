"""Pick a level from 1 to 5 with one click or one key (1–5; Delete clears; arrows step).

A row shows its chosen level in its tone's colour through the style sheet of the page that holds
the rows (``rows_sheet``): one sheet for the page, not one per row and per button (the ten steps
page has forty rows; restyling 240 sheets as each row went into its card and each card into the
page was half of building the page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

LEVELS = range(1, 6)


def rows_sheet(tones: dict[str, QColor]) -> str:
    """The style sheet for a page's level rows of these tones: a frame that shows where the
    keyboard is, and the chosen level in the tone's colour. (By tone, not by object name: a page
    names each row after its step.)"""
    rules = []
    for tone, colour in tones.items():
        row = f'QFrame[tone="{tone}"]'
        rules += [
            f"{row} {{ border: 1px solid transparent; border-radius: 5px; }}",
            f"{row}:focus {{ border: 1px solid palette(highlight); }}",
            f"{row} QToolButton:checked {{ background: {colour.name()}; color: white;"
            " font-weight: bold; border-radius: 4px; }",
        ]
    return "\n".join(rules)


class LevelPicker(QFrame):
    changed = Signal(object)  # the new level, or None when cleared

    def __init__(self, tone: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levelPicker")
        self.setProperty("tone", tone)  # its colour, from rows_sheet
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._value: int | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen level again clears it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        self.buttons: dict[int, QToolButton] = {}
        for level in LEVELS:
            button = QToolButton(text=str(level), checkable=True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop for the whole row
            button.setMinimumSize(28, 26)
            self.group.addButton(button, level)
            layout.addWidget(button)
            self.buttons[level] = button
        self.group.idClicked.connect(self._clicked)

    def set_labels(self, labels: dict[int, str]) -> None:
        for level, button in self.buttons.items():
            button.setToolTip(f"{level}: {labels[level]}" if level in labels else str(level))

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a level without announcing it (the model already has it)."""
        self._value = value
        for level, button in self.buttons.items():
            button.setChecked(level == value)

    def choose(self, value: int | None) -> None:
        if value == self._value:
            return
        self.set_value(value)
        self.changed.emit(value)

    def _clicked(self, level: int) -> None:
        self.setFocus()
        self.choose(None if level == self._value else level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.choose(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.choose(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.choose(min((self._value or 0) + 1, 5))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down) and self._value:
            self.choose(max(self._value - 1, 1))
        else:
            super().keyPressEvent(event)
