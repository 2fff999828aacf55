"""The action tracker's table: actions from every session, one row each."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ui.i18n import show_date, show_timestamp
from ui.labels import department_name
from ui.models.actions import status_name
from ui.style import MUTED_TEXT, OVERDUE_BACKGROUND, WARNING_COLOUR
from workshop_app.action_plan import OPEN
from workshop_app.tracker import TrackedAction

Index = QModelIndex | QPersistentModelIndex
(TITLE, SESSION, OWNER, DEPARTMENT, DUE, STATUS, UPDATED) = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class TrackerModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[TrackedAction] = []
        self.today = date.today()

    def set_rows(self, rows: list[TrackedAction], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Action"),
                self.tr("Workshop"),
                self.tr("Owner"),
                self.tr("Department"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Last update"),
            )[section]
        return None

    def _overdue(self, row: TrackedAction) -> bool:
        return row.status in OPEN and bool(row.due) and row.due < self.today.isoformat()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title,
                row.session_title,
                row.owner or self.tr("No owner yet"),
                department_name(row.department) if row.department else "",
                show_date(row.due) or self.tr("No date"),
                status_name(row.status),
                show_timestamp(row.last_update) if row.last_update else "",
            )[column]
        if role == SORT_ROLE:
            if column == DUE:
                return row.due or "9999-99-99"
            if column == UPDATED:
                return row.last_update  # ISO: sorts by time, whatever the shown form
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title  # the whole title, however narrow the column
        if role == Qt.ItemDataRole.ToolTipRole and column == SESSION:
            dated = self.tr("Workshop of %1").replace("%1", show_date(row.session_date))
            return f"{row.session_title}\n{dated}" if row.session_date else row.session_title
        if role == Qt.ItemDataRole.BackgroundRole and self._overdue(row):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == DUE and self._overdue(row):
                return QBrush(WARNING_COLOUR)
            if row.status not in OPEN:
                return QBrush(MUTED_TEXT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
