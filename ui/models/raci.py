"""The RACI grid: funnel stages down the side, parties across the top, one letter per cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from ui.style import HANDOFF_COLOUR, RACI_COLOURS, RACI_TEXT, WARNING_COLOUR
from workshop_app import role_split
from workshop_app.content import Content
from workshop_app.domain import RoleMap
from workshop_app.errors import ValidationError

Index = QModelIndex | QPersistentModelIndex


class RaciModel(QAbstractTableModel):
    edited = Signal()  # a letter changed; the role map should be saved

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.role_map = RoleMap()
        self.content: Content | None = None
        self._names: dict[str, str] = {}  # letter → "Responsible", … for tooltips
        self._broken: set[str] = set()  # stages breaking the one-Accountable rule

    def set_role_map(self, role_map: RoleMap, content: Content) -> None:
        self.beginResetModel()
        self.role_map = role_map
        self.content = content
        self._names = {
            letter: content.text(f"role_split.raci.{letter}.name", letter)
            for letter in role_split.LETTERS
        }
        self._check()
        self.endResetModel()

    def _check(self) -> None:
        self._broken = {
            p.stage for p in role_split.raci_problems(self.role_map) if p.kind != "no_responsible"
        }

    def stage_id(self, row: int) -> str:
        return self.role_map.stages[row].id

    def party_id(self, column: int) -> str:
        return self.role_map.parties[column].id

    def party_name(self, column: int) -> str:
        party = self.role_map.parties[column]
        return role_split.party_name(party, self.content) if self.content else party.id

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.role_map.stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.role_map.parties)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.role_map.parties):
                return self.party_name(section)
            return None
        if section >= len(self.role_map.stages):
            return None
        stage = self.role_map.stages[section]
        handoff = stage.id == self.role_map.handoff.stage
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{stage.name}  ⇄" if handoff else stage.name
        if role == Qt.ItemDataRole.ForegroundRole:
            if stage.id in self._broken:
                return QBrush(WARNING_COLOUR)
            return QBrush(HANDOFF_COLOUR) if handoff else None
        if role == Qt.ItemDataRole.FontRole and handoff:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and handoff:
            return self.tr("The handoff: here the lead passes from Marketing to Sales")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        letter = role_split.letter(
            self.role_map, self.stage_id(index.row()), self.party_id(index.column())
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return letter
        if role == Qt.ItemDataRole.BackgroundRole and letter:
            return QBrush(RACI_COLOURS[letter])
        if role == Qt.ItemDataRole.ForegroundRole and letter:
            return QBrush(RACI_TEXT[letter])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            who = self.party_name(index.column())
            return (
                f"{who}: {self._names.get(letter, letter)}"
                if letter
                else self.tr("%1: type R, A, C or I").replace("%1", who)
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        letter = str(value or "").strip().upper()
        if letter == self.data(index):
            return False
        try:
            role_split.set_letter(
                self.role_map, self.stage_id(index.row()), self.party_id(index.column()), letter
            )
        except ValidationError:
            return False
        self._check()
        self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, index.row(), index.row())
        self.edited.emit()
        return True

    def reload(self) -> None:
        """The map's shape changed (stages, parties, template): draw it again."""
        self.beginResetModel()
        self._check()
        self.endResetModel()
