"""The self-assessment answers as a grid: one row per respondent, one column per statement.

A cell is empty (not answered yet), a rating 1–5, or "don't know" (stored as None). The last
column shows the respondent's total, computed by the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ui.labels import department_name
from ui.style import MARKETING_COLOUR, SALES_COLOUR
from workshop_app.domain import AssessmentAnswer, Department
from workshop_app.scoring import scaled_total

Index = QModelIndex | QPersistentModelIndex
DONT_KNOW_MARK = "?"
# The value that marks "don't know" inside the model, where None already means "not answered".
DONT_KNOW = 0

_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
    }
)


@dataclass(frozen=True)
class Respondent:
    id: str
    label: str
    department: str


def department_colour(department: str) -> QColor | None:
    return {Department.SALES: SALES_COLOUR, Department.MARKETING: MARKETING_COLOUR}.get(department)


class AnswersModel(QAbstractTableModel):
    edited = Signal()  # an answer changed and should be saved

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.respondents: list[Respondent] = []
        self.statements: list[dict[str, Any]] = []
        self._values: dict[tuple[str, str], int] = {}  # (respondent, statement) → 1–5 or DONT_KNOW
        self._by_respondent: dict[str, list[int]] = {}  # built on first use, dropped on a change

    # ------------------------------------------------------------------ loading and saving

    def load(
        self,
        respondents: list[Respondent],
        statements: list[dict[str, Any]],
        answers: list[AssessmentAnswer],
    ) -> None:
        self.beginResetModel()
        self.respondents = list(respondents)
        self.statements = list(statements)
        known = {r.id for r in respondents}
        self._by_respondent = {}
        self._values = {
            (a.respondent, a.statement): DONT_KNOW if a.value is None else a.value
            for a in answers
            if a.respondent in known
        }
        self.endResetModel()

    def answers(self) -> list[AssessmentAnswer]:
        """Every answer in grid order, tagged with the respondent's department (never a name)."""
        result = []
        for respondent in self.respondents:
            for statement in self.statements:
                value = self._values.get((respondent.id, statement["id"]))
                if value is not None:
                    result.append(
                        AssessmentAnswer(
                            respondent.id,
                            respondent.department,
                            statement["id"],
                            None if value == DONT_KNOW else value,
                        )
                    )
        return result

    def value(self, row: int, column: int) -> int | None:
        return self._values.get((self.respondents[row].id, self.statements[column]["id"]))

    def answered(self, row: int) -> int:
        respondent = self.respondents[row].id
        return sum(1 for s in self.statements if (respondent, s["id"]) in self._values)

    def total(self, row: int) -> int | None:
        # Each row's values gathered once: a grid of 60 respondents asks for totals thousands of
        # times while it lays out (answers from phones arrive in such numbers).
        if not self._by_respondent and self._values:
            for (r, _s), v in self._values.items():
                self._by_respondent.setdefault(r, []).append(v)
        values = self._by_respondent.get(self.respondents[row].id, [])
        return scaled_total(None if v == DONT_KNOW else v for v in values)

    def set_value(self, row: int, column: int, value: int | None) -> bool:
        """Set a rating, DONT_KNOW, or None to clear the cell."""
        if not (0 <= row < len(self.respondents) and 0 <= column < len(self.statements)):
            return False
        key = (self.respondents[row].id, self.statements[column]["id"])
        if self._values.get(key) == value:
            return False
        if value is None:
            self._values.pop(key, None)
        else:
            self._values[key] = value
        self._by_respondent = {}
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        total = self.index(row, len(self.statements))
        self.dataChanged.emit(total, total)
        self.edited.emit()
        return True

    # ------------------------------------------------------------------ Qt model

    @property
    def total_column(self) -> int:
        return len(self.statements)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.respondents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.statements else len(self.statements) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section == self.total_column:
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("Total")
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Scaled to the 20–100 range; “don't know” answers are skipped.")
                return None
            if section < len(self.statements):
                if role == Qt.ItemDataRole.DisplayRole:
                    return self.statements[section]["id"].upper()
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.statements[section].get("text", "")
            return None
        if section >= len(self.respondents):
            return None
        respondent = self.respondents[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return respondent.label
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = department_colour(respondent.department)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return department_name(respondent.department)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles each time it paints or measures it (thousands
        # of calls for a grid of respondents): the roles no cell answers cost nothing.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.total_column:
            return self._total_data(row, role)
        value = self.value(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            return DONT_KNOW_MARK if value == DONT_KNOW else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.statements[column].get("text", "")
        if role == Qt.ItemDataRole.BackgroundRole and value is not None and value != DONT_KNOW:
            # A light wash that deepens with agreement, so a row's pattern reads at a glance.
            colour = QColor(department_colour(self.respondents[row].department) or "#777777")
            colour.setAlpha(25 + value * 22)
            return QBrush(colour)
        return None

    def _total_data(self, row: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        answered = self.answered(row)
        if role == Qt.ItemDataRole.DisplayRole:
            total = self.total(row)
            if total is None:
                return "–" if not answered else self.tr("? only")
            return f"{total}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 of %2 statements answered")
                .replace("%1", str(answered))
                .replace("%2", str(len(self.statements)))
            )
        return None
