"""The action plan as a table: one row per action, in plan order, with a filtering proxy."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from ui.i18n import show_date
from ui.labels import department_name
from ui.models.columns import ColumnModel, Index
from ui.style import MUTED_TEXT, OVERDUE_BACKGROUND, WARNING_COLOUR
from workshop_app import action_plan
from workshop_app.action_plan import ActionFilter
from workshop_app.content import Content
from workshop_app.domain import Action, ActionPriority, ActionStatus, Session
from workshop_app.domain.actions import ACTION_DEPARTMENTS
from workshop_app.domain.limits import LINE

(TITLE, SOURCE, OWNER, DEPARTMENT, DUE, PRIORITY, STATUS, IMPACT, EFFORT, VOTES, SCORE) = range(11)
COLUMNS = 11
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACTION_ROLE = Qt.ItemDataRole.UserRole + 2
# What a cell answers; a view asks for a dozen roles per cell each time it paints one.
_ANSWERED_ROLES = frozenset(
    {
        ACTION_ROLE,
        SORT_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


def status_name(status: str) -> str:
    translate = QCoreApplication.translate  # named so for pyside6-lupdate
    return {
        ActionStatus.PLANNED: translate("actions", "Planned"),
        ActionStatus.IN_PROGRESS: translate("actions", "In progress"),
        ActionStatus.DONE: translate("actions", "Done"),
        ActionStatus.DROPPED: translate("actions", "Dropped"),
        ActionStatus.CARRIED_OVER: translate("actions", "Carried over"),
    }[ActionStatus(status)]


def priority_name(priority: str) -> str:
    translate = QCoreApplication.translate  # named so for pyside6-lupdate
    return {
        ActionPriority.HIGH: translate("actions", "High"),
        ActionPriority.MEDIUM: translate("actions", "Medium"),
        ActionPriority.LOW: translate("actions", "Low"),
    }[ActionPriority(priority)]


def quadrant_name(quadrant: str) -> str:
    translate = QCoreApplication.translate  # named so for pyside6-lupdate
    return {
        "quick_win": translate("actions", "Quick win"),
        "major_project": translate("actions", "Major project"),
        "fill_in": translate("actions", "Fill-in"),
        "thankless": translate("actions", "Thankless task"),
        "": "",
    }[quadrant]


class ActionsModel(ColumnModel):
    columns = (
        "title", "source", "owner", "department", "due", "priority", "status", "impact",
        "effort", "votes", "score",
    )  # fmt: skip
    editable = frozenset(columns) - {"score"}
    edited = Signal(object)  # the Action, changed in a cell, to be saved

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.actions: list[Action] = []
        self.session: Session | None = None
        self.content: Content | None = None
        self.today = date.today()
        self._sources: dict[tuple[str, str], str] = {}

    def set_session(self, session: Session, content: Content, today: date) -> None:
        self.beginResetModel()
        self.session, self.content, self.today = session, content, today
        self.actions = list(session.actions)
        self._sources = {
            (kind, ref): label for kind, ref, label in action_plan.source_options(session, content)
        }
        self.endResetModel()

    def source_label(self, action: Action) -> str:
        if not action.source_kind:
            return ""
        label = self._sources.get((action.source_kind, action.source_ref))
        if label is None and self.session is not None and self.content is not None:
            label = action_plan.source_label(self.session, self.content, action)
        return label or ""

    # ------------------------------------------------------------------ Qt model

    def records(self) -> list[Action]:
        return self.actions

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Action"),
            self.tr("Responds to"),  # as the printed plan says
            self.tr("Owner"),
            self.tr("Department"),
            self.tr("Due"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Impact"),
            self.tr("Effort"),
            self.tr("Votes"),
            self.tr("Quadrant"),
        )

    def column_tip(self, section: int) -> str | None:
        return {
            IMPACT: self.tr("How much it would help, 1–5"),
            EFFORT: self.tr("How much work it takes, 1–5"),
            VOTES: self.tr("Dot votes from the room"),
            SCORE: self.tr("Where impact and effort put it"),
        }.get(section)

    def row_title(self, section: int) -> str | None:
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        a = self.actions[index.row()]
        column = index.column()
        if role == ACTION_ROLE:
            return a
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(a, column)
        if role == SORT_ROLE:
            return self._sort_value(a, column)
        overdue = action_plan.is_overdue(a, self.today)
        live = action_plan.is_open(a)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if live and ((column == OWNER and not a.owner) or (column == DUE and not a.due)):
                return QBrush(WARNING_COLOUR)
            if column == DUE and overdue:
                return QBrush(WARNING_COLOUR)
            if not live:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.FontRole and column == DUE and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE and a.description:
                return a.description
            if column == DUE and overdue:
                return self.tr("Overdue: this action was due on %1.").replace(
                    "%1", show_date(a.due, long=True)
                )
            if column == SOURCE:
                return self.source_label(a) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (IMPACT, EFFORT, VOTES):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _display(self, a: Action, column: int) -> Any:
        if column == TITLE:
            return a.title
        if column == SOURCE:
            return self.source_label(a) or self.tr("Free action")
        if column == OWNER:
            return a.owner or self.tr("No owner yet")
        if column == DEPARTMENT:
            return department_name(a.department) if a.department else ""
        if column == DUE:
            return show_date(a.due) if a.due else self.tr("No date")
        if column == PRIORITY:
            return priority_name(a.priority)
        if column == STATUS:
            return status_name(a.status)
        if column == IMPACT:
            return "" if a.impact is None else str(a.impact)
        if column == EFFORT:
            return "" if a.effort is None else str(a.effort)
        if column == VOTES:
            return str(a.votes) if a.votes else ""
        if column == SCORE:
            return quadrant_name(action_plan.quadrant(a))
        return None

    def _edit_value(self, a: Action, column: int) -> Any:
        return {
            TITLE: a.title,
            SOURCE: f"{a.source_kind}:{a.source_ref}" if a.source_kind else "",
            OWNER: a.owner,
            DEPARTMENT: a.department,
            DUE: a.due,
            PRIORITY: a.priority.value,
            STATUS: a.status.value,
            IMPACT: "" if a.impact is None else str(a.impact),
            EFFORT: "" if a.effort is None else str(a.effort),
            VOTES: a.votes,
        }.get(column)

    def _sort_value(self, a: Action, column: int) -> Any:
        if column == DUE:
            return a.due or "9999-99-99"
        if column == PRIORITY:
            return action_plan.PRIORITY_RANK[a.priority]
        if column == STATUS:
            return action_plan.STATUS_RANK[a.status]
        if column in (IMPACT, EFFORT):
            value = a.impact if column == IMPACT else a.effort
            return -1 if value is None else value
        if column == VOTES:
            return a.votes
        if column == SCORE:
            return action_plan.priority_score(a)
        text = self._display(a, column)
        return (text or "").casefold()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        a = self.actions[index.row()]
        updated = self.changed(a, index.column(), value)
        if updated is None or updated == a:
            return False
        self.replace_action(updated)
        self.edited.emit(updated)
        return True

    @staticmethod
    def changed(a: Action, column: int, value: Any) -> Action | None:
        """The action with one column set from an editor's value; None if the value is refused."""
        text = "" if value is None else str(value).strip()
        if column == TITLE:
            return replace(a, title=text[:LINE]) if text else None
        if column == SOURCE:
            kind, _, ref = text.partition(":")
            return replace(a, source_kind=kind, source_ref=ref if kind else "")
        if column == OWNER:
            return replace(a, owner=text[:LINE])
        if column == DEPARTMENT:
            return replace(a, department=text if text in ACTION_DEPARTMENTS else "")
        if column == DUE:
            try:
                return replace(a, due=date.fromisoformat(text).isoformat() if text else "")
            except ValueError:
                return None
        if column == PRIORITY:
            return replace(a, priority=ActionPriority(text))
        if column == STATUS:
            return replace(a, status=ActionStatus(text))
        if column in (IMPACT, EFFORT):
            number = int(text) if text.isdigit() and 1 <= int(text) <= 5 else None
            if text and number is None:
                return None
            return replace(a, **{"impact" if column == IMPACT else "effort": number})
        if column == VOTES:
            try:
                return replace(a, votes=max(0, int(text or 0)))
            except ValueError:
                return None
        return None

    # ------------------------------------------------------------------ rows

    def row_of(self, action_id: str) -> int:
        return next((i for i, a in enumerate(self.actions) if a.id == action_id), -1)

    def replace_action(self, action: Action) -> None:
        row = self.row_of(action.id)
        if row < 0:
            return
        self.actions[row] = action
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def add(self, action: Action) -> int:
        row = len(self.actions)
        self.beginInsertRows(QModelIndex(), row, row)
        self.actions.append(action)
        self.endInsertRows()
        return row

    def remove(self, action_id: str) -> None:
        row = self.row_of(action_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.actions[row]
            self.endRemoveRows()

    def move(self, row: int, target: int) -> None:
        if row == target or not (0 <= row < len(self.actions) and 0 <= target < len(self.actions)):
            return
        destination = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.actions.insert(target, self.actions.pop(row))
        self.endMoveRows()


class ActionFilterProxy(QSortFilterProxyModel):
    """Shows the actions the filter bar lets through; sorts by each column's natural order."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rule = ActionFilter()
        self.setSortRole(SORT_ROLE)

    def set_rule(self, rule: ActionFilter) -> None:
        # beginFilterChange arrived in Qt 6.10; older Qt only knows invalidateRowsFilter.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.rule = rule
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.rule = rule
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionsModel)
        return self.rule.matches(model.actions[source_row], model.today)
