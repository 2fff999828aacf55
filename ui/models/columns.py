"""The base of the window's table models: declared columns, and what every flat table says alike.

A model names its columns (``columns``, stable ids), gives their titles (``titles()``, through
``self.tr`` in the model's own class so lupdate finds them), its rows (``records()``) and which
columns can be edited or ticked; ``rowCount``, ``columnCount``, ``headerData`` and ``flags`` are
written once, here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ColumnModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()  # the columns' ids, in order
    editable: frozenset[str] = frozenset()  # columns edited in place
    checkable: frozenset[str] = frozenset()  # columns that are a tick box

    def records(self) -> Sequence[Any]:
        raise NotImplementedError

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def column_tip(self, section: int) -> str | None:
        """A column's header tooltip, if it has one."""
        return None

    def row_title(self, section: int) -> str | None:
        """A row's header (the vertical one), if the table shows it."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.columns):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.column_tip(section)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column in self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if column in self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
