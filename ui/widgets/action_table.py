"""The action plan's table: its columns' editors, selection and sizing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.labels import department_name
from ui.models import actions as columns
from ui.models.actions import priority_name, status_name
from ui.widgets.editors import ChoiceDelegate, CompletingDelegate, DateDelegate
from workshop_app import action_plan
from workshop_app.content import load_content
from workshop_app.domain import ActionPriority, ActionStatus, Session
from workshop_app.domain.actions import ACTION_DEPARTMENTS

# The page's words, kept in its translation context.
translate = QCoreApplication.translate


class ActionTable(QTableView):
    """Rows of actions, edited in place; ``session`` gives the open session for the pickers."""

    def __init__(self, proxy: QSortFilterProxyModel, session: Callable[[], Session | None]):
        super().__init__(objectName="actionsTable")
        self._session = session
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        self.setMinimumHeight(300)
        self._install_delegates()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(columns.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(columns.SOURCE, 190)  # the title has the room; the link a tooltip
        header.setMinimumSectionSize(60)

    def _install_delegates(self) -> None:
        statuses = [(s.value, status_name(s)) for s in ActionStatus]
        priorities = [(p.value, priority_name(p)) for p in ActionPriority]
        departments = [("", translate("ActionsPage", "None"))] + [
            (d, department_name(d)) for d in ACTION_DEPARTMENTS
        ]
        levels = [("", "–")] + [(str(n), str(n)) for n in range(1, 6)]
        for column, choices in (
            (columns.STATUS, statuses),
            (columns.PRIORITY, priorities),
            (columns.DEPARTMENT, departments),
            (columns.IMPACT, levels),
            (columns.EFFORT, levels),
        ):
            self.setItemDelegateForColumn(
                column, ChoiceDelegate(lambda choices=choices: choices, self)
            )
        self.setItemDelegateForColumn(columns.SOURCE, ChoiceDelegate(self._source_choices, self))
        self.setItemDelegateForColumn(
            columns.DUE, DateDelegate(lambda: QDate.currentDate().addDays(30), self)
        )
        self.setItemDelegateForColumn(columns.OWNER, CompletingDelegate(self.names, self))

    def _source_choices(self) -> list[tuple[str, str]]:
        session = self._session()
        if session is None:
            return []
        content = load_content(session.info.language)
        return [("", translate("ActionsPage", "Free action"))] + [
            (f"{kind}:{ref}", label)
            for kind, ref, label in action_plan.source_options(session, content)
        ]

    def names(self) -> list[str]:
        """The people in the room, offered as owners."""
        session = self._session()
        if session is None:
            return []
        return [p.name for p in session.participants if p.name and not p.anonymous]
