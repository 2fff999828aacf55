"""The friction map as a table: one row per driver, each department's pain, votes, agreement."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from ui.labels import department_name
from ui.models.columns import ColumnModel, Index
from ui.style import MARKETING_COLOUR, MUTED_TEXT, SALES_COLOUR, SHARED_COLOUR, WARNING_COLOUR
from workshop_app.content import Content
from workshop_app.domain import Department, Friction
from workshop_app.domain.limits import LINE
from workshop_app.friction_map import agreement, group_of, score

DRIVER, GROUP, SALES, MARKETING, VOTES, VIEW, CARRY = range(7)
RATING_COLUMNS = (SALES, MARKETING)
MAX_VOTES = 99
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.UserRole,
    }
)


class FrictionsModel(ColumnModel):
    columns = ("driver", "group", "sales", "marketing", "votes", "view", "carry")
    editable = frozenset({"sales", "marketing", "votes"})  # and a driver the team added
    checkable = frozenset({"carry"})
    edited = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.items: list[Friction] = []
        self.content: Content | None = None
        # The follow-up's baseline: the earlier workshop's ratings, shown greyed in empty cells.
        self.baseline: dict[str, Friction] = {}

    def load(
        self, items: list[Friction], content: Content, baseline: list[Friction] | None = None
    ) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.content = content
        self.baseline = {f.id: f for f in baseline or []}
        self.endResetModel()

    def earlier(self, row: int, column: int) -> int | None:
        """The earlier workshop's rating for an empty cell of this one; None otherwise."""
        friction = self.items[row]
        before = self.baseline.get(friction.id)
        if before is None or column not in RATING_COLUMNS:
            return None
        now = friction.sales_rating if column == SALES else friction.marketing_rating
        if now is not None:
            return None
        return before.sales_rating if column == SALES else before.marketing_rating

    def title(self, friction: Friction) -> str:
        if friction.custom_title or self.content is None:
            return friction.custom_title
        driver = self.content.item("frictions.drivers", friction.id) or {}
        return driver.get("title", friction.id)

    def description(self, friction: Friction) -> str:
        if self.content is None:
            return ""
        return (self.content.item("frictions.drivers", friction.id) or {}).get("description", "")

    def is_custom(self, row: int) -> bool:
        return self.content is not None and (
            self.content.item("frictions.drivers", self.items[row].id) is None
        )

    # ------------------------------------------------------------------ edits

    def update(self, row: int, **changes: Any) -> bool:
        current = self.items[row]
        updated = replace(current, **changes)
        if updated == current:
            return False
        self.items[row] = updated
        self.dataChanged.emit(self.index(row, 0), self.index(row, CARRY))
        self.edited.emit()
        return True

    def add(self, friction: Friction) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(friction)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()
        self.edited.emit()

    # ------------------------------------------------------------------ Qt model

    def records(self) -> list[Friction]:
        return self.items

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Friction driver"),
            self.tr("Group"),
            self.tr("%1 pain").replace("%1", department_name(Department.SALES)),
            self.tr("%1 pain").replace("%1", department_name(Department.MARKETING)),
            self.tr("Votes"),
            self.tr("The two views"),
            self.tr("Carry forward"),
        )

    def column_tip(self, section: int) -> str | None:
        if section in RATING_COLUMNS:
            return self.tr("0 no pain … 5 hurts a lot: type the digit")
        if section == VOTES:
            return self.tr("Dot votes: + and − change them")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == DRIVER and self.is_custom(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _view(self, friction: Friction) -> str:
        view = agreement(friction)
        if view is None:
            return ""
        if view == "agree":
            return self.tr("Same view")
        side = Department.SALES if view == "sales_more" else Department.MARKETING
        return self.tr("Hurts %1 more").replace("%1", department_name(side))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles each time it paints one: those no cell
        # answers are turned away before anything is looked up.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        friction = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == DRIVER:
                return self.title(friction)
            if column == GROUP and self.content is not None:
                group = group_of(friction, self.content)
                name = self.content.text(f"frictions.groups.{group}", group)
                return name.split(":")[0] if role == Qt.ItemDataRole.DisplayRole else group
            if column in RATING_COLUMNS:
                value = friction.sales_rating if column == SALES else friction.marketing_rating
                if role == Qt.ItemDataRole.EditRole:
                    return value if value is not None else 0
                earlier = self.earlier(index.row(), column)
                if earlier is not None:
                    return f"({earlier})"
                return "" if value is None else str(value)
            if column == VOTES:
                return (
                    friction.votes
                    if role == Qt.ItemDataRole.EditRole
                    else (str(friction.votes) if friction.votes else "")
                )
            if column == VIEW:
                return self._view(friction)
        if role == Qt.ItemDataRole.CheckStateRole and column == CARRY:
            return Qt.CheckState.Checked if friction.carry_forward else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*RATING_COLUMNS, VOTES):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == DRIVER:
            return self.description(friction) or None
        earlier = self.earlier(index.row(), column)
        if earlier is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Last workshop: %1. Type this workshop's rating.").replace(
                    "%1", str(earlier)
                )
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED_TEXT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SALES:
                return QBrush(SALES_COLOUR)
            if column == MARKETING:
                return QBrush(MARKETING_COLOUR)
            if column == VIEW:
                view = agreement(friction)
                return QBrush(SHARED_COLOUR if view == "agree" else WARNING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == DRIVER and friction.carry_forward:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return float(score(friction))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        if column == CARRY and role == Qt.ItemDataRole.CheckStateRole:
            return self.update(row, carry_forward=Qt.CheckState(value) == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == DRIVER and self.is_custom(row):
            title = " ".join(str(value).split())[:LINE]
            return bool(title) and self.update(row, custom_title=title)
        if column in RATING_COLUMNS:
            rating = None if value in (None, "") else min(max(int(value), 0), 5)
            field = "sales_rating" if column == SALES else "marketing_rating"
            return self.update(row, **{field: rating})
        if column == VOTES:
            return self.update(row, votes=min(max(int(value or 0), 0), MAX_VOTES))
        return False
