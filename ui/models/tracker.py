"""The action tracker's table: actions from every session, one row each."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from ui.i18n import show_date, show_timestamp
from ui.labels import department_name
from ui.models.actions import status_name
from ui.models.columns import ColumnModel, Index
from ui.style import MUTED_TEXT, OVERDUE_BACKGROUND, WARNING_COLOUR
from workshop_app.action_plan import OPEN
from workshop_app.tracker import TrackedAction

(TITLE, SESSION, OWNER, DEPARTMENT, DUE, STATUS, UPDATED) = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class TrackerModel(ColumnModel):
    columns = ("action", "session", "owner", "department", "due", "status", "updated")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[TrackedAction] = []
        self.today = date.today()

    def set_rows(self, rows: list[TrackedAction], today: date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def records(self) -> list[TrackedAction]:
        return self.rows

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Workshop"),
            self.tr("Owner"),
            self.tr("Department"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Last update"),
        )

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
