"""The library table: one row per saved session."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import show_date, show_timestamp
from ui.labels import language_name
from workshop_app.domain import SessionSummary

Index = QModelIndex | QPersistentModelIndex

# The roles the library answers, as plain ints: the view asks each visible cell for a dozen
# roles on every paint, and the others are turned away before any row is looked up.
DISPLAY, EDIT, USER, TOOLTIP, ALIGNMENT = (
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    )
)
ANSWERED = frozenset((DISPLAY, EDIT, USER, TOOLTIP, ALIGNMENT))
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ListingSource:
    """Where the table's rows come from: ``ids(column, descending)`` lists the sessions in
    order, ``rows(ids)`` reads their summaries (a search or the trash is built into both)."""

    ids: Callable[[str, bool], list[str]]
    rows: Callable[[Sequence[str]], list[SessionSummary]]


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

    # What a column typically holds, to size it without reading the rows.
    WIDTH_SAMPLES = (
        "",
        "Brightwater Instruments GmbH",
        "2026-12-31",
        "Małgorzata Kowalska",
        "Nederlands",
        "999",
        "999",
        "2026-12-31 23:59",
        "10 of 10",
    )
    # Rows are read from the database a block at a time, when the view first shows them.
    BLOCK = 100

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._source: ListingSource | None = None
        self._ids: list[str] = []
        self._loaded: dict[str, SessionSummary] = {}
        self._sort: tuple[int, Qt.SortOrder] = (2, Qt.SortOrder.DescendingOrder)
        # Made once: the header asks for its titles hundreds of times while the window starts.
        self._headers = (
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

    def set_source(self, source: ListingSource) -> None:
        """Show the sessions ``source`` lists: only their ids are read now (a 10,000-session
        library is a few milliseconds), each row when the view first needs it."""
        self.beginResetModel()
        self._source = source
        self._set_ids(self._query())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorted by the database: a proxy would ask data() for all 10,000 rows.
        self._sort = (column, order)
        if self._source is None:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()  # the selection: it follows its session
        ids = [self._ids[index.row()] for index in before]
        self._set_ids(self._query())
        self.changePersistentIndexList(
            before,
            [
                self.index(self.row_of(i), index.column()) if self.row_of(i) >= 0 else QModelIndex()
                for i, index in zip(ids, before, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _query(self) -> list[str]:
        assert self._source is not None
        column, order = self._sort
        return self._source.ids(self.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    def _set_ids(self, ids: list[str]) -> None:
        self._ids = ids
        self._loaded = {}

    def summary(self, row: int) -> SessionSummary:
        session_id = self._ids[row]
        if session_id not in self._loaded:
            assert self._source is not None
            start = row - row % self.BLOCK
            for summary in self._source.rows(self._ids[start : start + self.BLOCK]):
                self._loaded[summary.id] = summary
        return self._loaded[session_id]

    def row_of(self, session_id: str) -> int:
        # A scan, not a map made with every new listing: finding one of 10,000 ids takes a tenth
        # of a millisecond, and the map cost a whole one on each start of a large library.
        try:
            return self._ids.index(session_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():
            return None
        summary = self.summary(index.row())
        column = self.COLUMNS[index.column()]
        if column == "series":
            return self._series_data(summary, role)
        value = getattr(summary, column)
        if role == DISPLAY:
            if column == "language":
                return language_name(value)
            if column == "updated_at":
                return show_timestamp(value)
            if column == "date":
                return show_date(value)
            return value
        if role == EDIT:  # what the sort proxy compares
            return value
        if role == USER:
            return summary.id
        if role == ALIGNMENT and column in ("participants", "actions"):
            return RIGHT_ALIGNED
        return None

    def _series_data(self, summary: SessionSummary, role: int) -> Any:
        if summary.series_size < 2:
            return None
        if role == DISPLAY:
            return (
                self.tr("%1 of %2")
                .replace("%1", str(summary.series_position))
                .replace("%2", str(summary.series_size))
            )
        if role == TOOLTIP:
            return (
                self.tr(
                    "Workshop %1 of a series of %2. Series ▸ Compare Series… (Ctrl+Shift+C) compares them."
                )
                .replace("%1", str(summary.series_position))
                .replace("%2", str(summary.series_size))
            )
        if role == EDIT:
            return summary.series_position
        if role == USER:
            return summary.id
        return None
