"""The library table: one row per saved session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import show_date, show_timestamp
from ui.labels import language_name
from workshop_app.domain import SessionSummary

Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    COLUMNS = (
        "title",
        "organisation",
        "date",
        "facilitator",
        "language",
        "participants",
        "actions",
        "updated_at",
    )

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[SessionSummary] = []
        self._sort: tuple[int, Qt.SortOrder] = (2, Qt.SortOrder.DescendingOrder)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Title"),
            self.tr("Organisation"),
            self.tr("Date"),
            self.tr("Facilitator"),
            self.tr("Language"),
            self.tr("People"),
            self.tr("Actions"),
            self.tr("Last changed"),
        )

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorted in Python, not by a proxy: a proxy asks data() for every row, too slow for 10,000.
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort
        name = self.COLUMNS[column]

        def key(summary: SessionSummary) -> Any:
            value = getattr(summary, name)
            return value.casefold() if isinstance(value, str) else value

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        value = getattr(summary, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "language":
                return language_name(value)
            if column == "updated_at":
                return show_timestamp(value)
            if column == "date":
                return show_date(value)
            return value
        if role == Qt.ItemDataRole.EditRole:  # what the sort proxy compares
            return value
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("participants", "actions"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
