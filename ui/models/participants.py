"""The participants table on the Setup page: name or anonymous label, department, role."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from ui.labels import department_name
from ui.models.columns import ColumnModel, Index
from ui.style import MARKETING_COLOUR, SALES_COLOUR
from workshop_app.domain import Department, Participant
from workshop_app.domain.limits import LINE

NAME, DEPARTMENT, ROLE, ANONYMOUS = range(4)


class ParticipantsModel(ColumnModel):
    edited = Signal()  # the list changed and should be saved

    columns = ("name", "department", "role", "anonymous")
    editable = frozenset(["department", "name", "role"])
    checkable = frozenset(["anonymous"])

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.participants: list[Participant] = []

    def set_participants(self, participants: list[Participant]) -> None:
        self.beginResetModel()
        self.participants = list(participants)
        self.endResetModel()

    def records(self) -> list[Any]:
        return self.participants

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name or label"),
            self.tr("Department"),
            self.tr("Role"),
            self.tr("Anonymous"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.participants[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return p.name
            if column == DEPARTMENT:
                return (
                    department_name(p.department)
                    if role == Qt.ItemDataRole.DisplayRole
                    else str(p.department)
                )
            if column == ROLE:
                return p.role
        if role == Qt.ItemDataRole.CheckStateRole and column == ANONYMOUS:
            return Qt.CheckState.Checked if p.anonymous else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == DEPARTMENT:
            colour = {Department.SALES: SALES_COLOUR, Department.MARKETING: MARKETING_COLOUR}.get(
                p.department
            )
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and p.anonymous:
            return self.tr("Anonymous: only this label and the department are recorded.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        p = self.participants[index.row()]
        column = index.column()
        if column == ANONYMOUS and role == Qt.ItemDataRole.CheckStateRole:
            updated = replace(p, anonymous=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == NAME:
            updated = replace(p, name=str(value).strip()[:LINE])
        elif column == DEPARTMENT:
            updated = replace(p, department=Department(value))
        elif column == ROLE:
            updated = replace(p, role=str(value).strip()[:LINE])
        else:
            return False
        if updated == p:
            return False
        self.participants[index.row()] = updated
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        self.edited.emit()
        return True

    def add(self, participant: Participant) -> int:
        row = len(self.participants)
        self.beginInsertRows(QModelIndex(), row, row)
        self.participants.append(participant)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.participants[row]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self.participants) and 0 <= target < len(self.participants)):
            return row
        self.beginResetModel()
        item = self.participants.pop(row)
        self.participants.insert(target, item)
        self.endResetModel()
        self.edited.emit()
        return target
