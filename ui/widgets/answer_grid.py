"""Typing paper questionnaires in fast: digits 1–5 rate and move on, 0 or ? is "don't know".

The facilitator keeps one hand on the number keys: each rating advances to the next statement,
and after the last statement of a respondent the cursor wraps to the next respondent. Tab and
Enter move on without changing anything, Delete clears a cell, the arrows go anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.answers import DONT_KNOW, AnswersModel

CELL_WIDTH = 38
MAX_HEIGHT = 520  # beyond about fifteen respondents the grid scrolls
DONT_KNOW_KEYS = {"0", "?", "/"}  # "/" sits next to "?" on many layouts, without Shift


class AnswerGrid(QTableView):
    statementFocused = Signal(int)  # column of the statement under the cursor, -1 for none

    def __init__(self, model: AnswersModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.answers = model
        self.setModel(model)
        self.setObjectName("answerGrid")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.setProperty("tabWalksCells", True)  # ui/widgets/input_guard.py leaves it so
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(CELL_WIDTH)
        self.horizontalHeader().setMinimumSectionSize(CELL_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setWordWrap(False)
        model.modelReset.connect(self._resized)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _resized(self) -> None:
        if self.answers.statements:
            self.setColumnWidth(self.answers.total_column, CELL_WIDTH + 24)
        self.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the grid to its rows and columns, so no empty area suggests missing data.
        width = self.verticalHeader().sizeHint().width() + self.horizontalHeader().length()
        height = self.horizontalHeader().sizeHint().height() + self.verticalHeader().length()
        frame = 2 * self.frameWidth() + 2
        self.setMaximumWidth(width + frame + self.verticalScrollBar().sizeHint().width())
        self.setFixedHeight(min(height + frame, MAX_HEIGHT))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        valid = current.isValid() and current.column() < self.answers.total_column
        self.statementFocused.emit(current.column() if valid else -1)

    # ------------------------------------------------------------------ keyboard

    def _step(self, index: QModelIndex | QPersistentModelIndex, delta: int) -> QModelIndex:
        """The next (or previous) statement cell, wrapping across respondents; invalid past the ends."""
        columns = self.answers.total_column
        rows = self.answers.rowCount()
        if not columns or not rows:
            return QModelIndex()
        if not index.isValid():
            return self.answers.index(0, 0)
        position = index.row() * columns + min(index.column(), columns - 1) + delta
        if index.column() >= columns and delta > 0:
            position = (index.row() + 1) * columns
        if not 0 <= position < rows * columns:
            return QModelIndex()
        return self.answers.index(position // columns, position % columns)

    def advance(self) -> None:
        target = self._step(self.currentIndex(), 1)
        if target.isValid():
            self.setCurrentIndex(target)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Tab walks the statements only, so the total column never swallows a keystroke; past
        # the last cell Tab leaves the grid for the next control.
        if action == QAbstractItemView.CursorAction.MoveNext:
            return self._step(self.currentIndex(), 1)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return self._step(self.currentIndex(), -1)
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        on_statement = index.isValid() and index.column() < self.answers.total_column
        text = event.text()
        # Shift is allowed ("?" needs it on most layouts), and so is the keypad.
        extra = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        plain = extra == Qt.KeyboardModifier.NoModifier
        if on_statement and plain and text and text in "12345":
            self.answers.set_value(index.row(), index.column(), int(text))
            self.advance()
            return
        if on_statement and plain and text in DONT_KNOW_KEYS and text:
            self.answers.set_value(index.row(), index.column(), DONT_KNOW)
            self.advance()
            return
        if on_statement and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.answers.set_value(index.row(), index.column(), None)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.advance()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.answers.rowCount():
            self.setCurrentIndex(self._first_open_cell())

    def _first_open_cell(self) -> QModelIndex:
        """Where typing should resume: the first statement nobody has answered yet."""
        for row in range(self.answers.rowCount()):
            for column in range(self.answers.total_column):
                if self.answers.value(row, column) is None:
                    return self.answers.index(row, column)
        return self.answers.index(0, 0)
