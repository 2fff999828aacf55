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
        "series",  # last, so a remembered sort column keeps its meaning
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
            self.tr("Series"),
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
            if name == "series":  # a series' workshops sort together, in order
                return (summary.series_size < 2, summary.series_id, summary.series_position)
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
        if column == "series":
            return self._series_data(summary, role)
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

    def _series_data(self, summary: SessionSummary, role: int) -> Any:
        if summary.series_size < 2:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("%1 of %2")
                .replace("%1", str(summary.series_position))
                .replace("%2", str(summary.series_size))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr(
                    "Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them."
                )
                .replace("%1", str(summary.series_position))
                .replace("%2", str(summary.series_size))
            )
        if role == Qt.ItemDataRole.EditRole:
            return summary.series_position
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None
