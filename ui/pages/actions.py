"""Action plan: everything the room committed to, with owners, dates and what each answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.models import actions as columns
from ui.models.actions import ActionFilterProxy, ActionsModel
from ui.pages.base import StagePage
from ui.store import SessionStore
from ui.style import SPACING
from ui.widgets.action_filter_bar import ActionFilterBar
from ui.widgets.action_table import ActionTable
from ui.widgets.editors import commit_open_editor
from ui.widgets.previous_actions_bar import PreviousActionsBar
from workshop_app import action_plan
from workshop_app.action_plan import ActionFilter
from workshop_app.content import load_content
from workshop_app.domain import Action, new_id
from workshop_app.domain.limits import LINE, TEXT


class ActionsPage(StagePage):
    stage = "actions"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.today = date.today  # replaced by tests, so "overdue" does not depend on the clock
        self._loading = False

        self.filters = ActionFilterBar()
        self.filters.changed.connect(self._apply_filter)

        self.counts = QLabel(objectName="actionCounts")
        self.counts.setProperty("role", "hint")
        self.warnings = QLabel(objectName="actionWarnings", wordWrap=True)
        self.warnings.setProperty("role", "warning")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        # --- the table
        self.model = ActionsModel(self)
        self.model.edited.connect(self._save)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ActionTable(self.proxy, lambda: self.session)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._update_buttons)
        self.proxy.sort(-1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)

        # --- buttons
        self.add_button = self._button(self.tr("Add action"), "addAction", "Ctrl+Shift+A")
        self.add_button.clicked.connect(self.add_action)
        self.remove_button = self._button(self.tr("Remove"), "removeAction", "")
        self.remove_button.setToolTip(self.tr("Remove the selected actions (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = self._button(self.tr("Move up"), "moveActionUp", "Alt+Up")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = self._button(self.tr("Move down"), "moveActionDown", "Alt+Down")
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.bulk_button = self._button(self.tr("Edit selected…"), "bulkEdit", "Ctrl+Shift+E")
        self.bulk_button.clicked.connect(self.bulk_edit)
        self.vote_button = self._button(self.tr("+1 vote"), "voteAction", "Ctrl+Shift+V")
        self.vote_button.clicked.connect(self.vote)
        self.prioritise = QCheckBox(self.tr("&Prioritise"), objectName="showPrioritise")
        self.prioritise.setToolTip(
            self.tr("Show impact, effort, votes and the quadrant, to rank actions in the room")
        )
        self.prioritise.toggled.connect(self._show_prioritising)
        self._show_prioritising(False)
        self.plan_order = self._button(self.tr("Plan order"), "planOrder", "")
        self.plan_order.setToolTip(self.tr("Undo the column sorting so actions can be reordered"))
        self.plan_order.clicked.connect(self.show_plan_order)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.bulk_button)
        buttons.addWidget(self.vote_button)
        buttons.addWidget(self.prioritise)
        buttons.addStretch(1)
        for button in (self.plan_order, self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)

        # --- the current action's longer texts
        self.description = QPlainTextEdit(objectName="actionDescription")
        self.description.setPlaceholderText(self.tr("What exactly will be done, and why"))
        self.description.setMaximumHeight(80)
        self.description.textChanged.connect(self._details_typed)
        self.success = QLineEdit(objectName="actionSuccess", maxLength=LINE)
        self.success.setPlaceholderText(self.tr("How will we know it worked?"))
        self.success.textEdited.connect(self._details_typed)
        self.success.editingFinished.connect(self._save_details)
        self.save_details = self.debounced(self._save_details)
        self._detail_id = ""
        form = QFormLayout()
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Success measure:"), self.success)
        self.details = QGroupBox(self.tr("Selected action"))
        self.details.setLayout(form)

        self.previous = PreviousActionsBar(store)
        self.previous.reviewed.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.previous)
        layout.addWidget(self.filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)

    def _show_prioritising(self, shown: bool) -> None:
        """The ranking columns crowd the plan, so they appear only while the room ranks."""
        for column in (columns.IMPACT, columns.EFFORT, columns.VOTES, columns.SCORE):
            self.table.setColumnHidden(column, not shown)

    def _button(self, text: str, name: str, shortcut: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        return button

    # ------------------------------------------------------------------ model → widgets

    def entry_widget(self) -> QWidget | None:
        return self.table  # the plan itself, not its filters

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        content = load_content(self.session.info.language)
        self.model.set_session(self.session, content, self.today())
        self._loading = False
        self._apply_filter()
        self._show_details()
        self.previous.show_for(self.session)

    def reload(self) -> None:
        """Read the session back after the follow-up review added carried-over actions."""
        if self.session is not None:
            fresh = self.store.load(self.session.id)
            self.session.__dict__.update(fresh.__dict__)
            self.refresh()

    def showEvent(self, event) -> None:
        # Other pages add linked actions; the plan is redrawn whenever it comes into view.
        super().showEvent(event)
        if self.session is not None and [a.id for a in self.session.actions] != [
            a.id for a in self.model.actions
        ]:
            self.refresh()

    def _apply_filter(self, rule: ActionFilter | None = None) -> None:
        self.proxy.set_rule(rule or self.filters.rule())
        self._update_summary()

    def reset_filters(self) -> None:
        self.filters.reset()

    def _update_summary(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = self.tr("%n action(s)", "", total)
        if shown != total:
            text = self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", text)
        self.counts.setText(text)
        warnings = action_plan.plan_warnings(self.model.actions, self.model.today)
        parts = []
        if warnings.no_owner:
            parts.append(self.tr("%n open action(s) without an owner", "", len(warnings.no_owner)))
        if warnings.no_due:
            parts.append(self.tr("%n without a due date", "", len(warnings.no_due)))
        if warnings.overdue:
            parts.append(self.tr("%n overdue", "", len(warnings.overdue)))
        self.warnings.setText("⚠ " + "; ".join(parts) + "." if parts else "")
        self.warnings.setVisible(bool(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        rows = self._selected_source_rows()
        sorted_view = self.proxy.sortColumn() >= 0
        for button in (self.up_button, self.down_button):
            button.setEnabled(len(rows) == 1 and not sorted_view)
            button.setToolTip(
                self.tr("Click “Plan order” first: the list is sorted by a column")
                if sorted_view
                else ""
            )
        self.plan_order.setEnabled(sorted_view)
        self.remove_button.setEnabled(bool(rows))
        self.bulk_button.setEnabled(bool(rows))
        self.vote_button.setEnabled(bool(rows))

    # ------------------------------------------------------------------ selection and details

    def _selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def selected_actions(self) -> list[Action]:
        return [self.model.actions[r] for r in self._selected_source_rows()]

    def select_action(self, action_id: str, column: int = columns.TITLE) -> None:
        row = self.model.row_of(action_id)
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            return
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)

    def _selection_changed(self) -> None:
        self.save_details.flush()
        self._show_details()
        self._update_buttons()

    def _show_details(self) -> None:
        selected = self.selected_actions()
        action = selected[0] if len(selected) == 1 else None
        self._loading = True
        self._detail_id = action.id if action else ""
        self.details.setEnabled(action is not None)
        self.description.setPlainText(action.description if action else "")
        self.success.setText(action.success_measure if action else "")
        self._loading = False

    def _details_typed(self) -> None:
        if not self._loading and self._detail_id:
            self.save_details.poke()

    def _save_details(self) -> None:
        row = self.model.row_of(self._detail_id)
        if self._loading or row < 0:
            return
        action = self.model.actions[row]
        updated = replace(
            action,
            description=self.description.toPlainText()[:TEXT],
            success_measure=self.success.text().strip(),
        )
        if updated != action:
            self.model.replace_action(updated)
            self._save(updated)

    # ------------------------------------------------------------------ writes

    def _save(self, action: Action) -> None:
        session = self.session
        if session is None:
            return
        if self.write(self.tr("Action plan"), lambda: self.store.save_action(session.id, action)):
            session.actions = [action if a.id == action.id else a for a in session.actions]
        self._update_summary()

    def add_action(self) -> None:
        if self.session is None:
            return
        self.reset_filters()
        self.show_plan_order()
        action = Action(id=new_id(), title=self.tr("New action"))
        session = self.session
        if not self.write(
            self.tr("Action plan"), lambda: self.store.save_action(session.id, action)
        ):
            return
        session.actions.append(action)
        self.model.add(action)
        self._update_summary()
        self.select_action(action.id)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def remove_selected(self) -> None:
        chosen = self.selected_actions()
        if not chosen or self.session is None:
            return
        message = (
            self.tr("Remove the action “%1”?").replace("%1", chosen[0].title)
            if len(chosen) == 1
            else self.tr("Remove %n selected action(s)?", "", len(chosen))
        )
        if not prompts.confirm(self, self.tr("Remove actions"), message, self.tr("Remove")):
            return
        session = self.session
        ids = [a.id for a in chosen]
        # One gesture, one transaction: all the selected actions go, or none.
        if self.write(self.tr("Action plan"), lambda: self.store.remove_actions(session.id, ids)):
            session.actions = [a for a in session.actions if a.id not in ids]
            for action_id in ids:
                self.model.remove(action_id)
        self._update_summary()

    def move_current(self, delta: int) -> None:
        """Swap the selected action with its visible neighbour, so filtering never hides a move."""
        rows = self._selected_source_rows()
        if len(rows) != 1 or self.proxy.sortColumn() >= 0 or self.session is None:
            return
        proxy_row = self.proxy.mapFromSource(self.model.index(rows[0], 0)).row() + delta
        if not 0 <= proxy_row < self.proxy.rowCount():
            return
        target = self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()
        moved = self.model.actions[rows[0]]
        self.model.move(rows[0], target)
        order = [a.id for a in self.model.actions]
        session = self.session
        if self.write(
            self.tr("Action plan"), lambda: self.store.reorder_actions(session.id, order)
        ):
            session.actions = list(self.model.actions)
        self.select_action(moved.id, self.table.currentIndex().column())

    def show_plan_order(self) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self._update_buttons()

    def bulk_edit(self) -> None:
        chosen = self.selected_actions()
        if not chosen:
            return
        changes = prompts.bulk_edit(self, len(chosen), self.table.names())
        if not changes:
            return
        self._save_all([replace(action, **changes) for action in chosen])

    def vote(self) -> None:
        self._save_all([replace(a, votes=a.votes + 1) for a in self.selected_actions()])

    def _save_all(self, updated: list[Action]) -> None:
        """Several actions changed by one gesture, saved in one transaction."""
        session = self.session
        changed = [a for a in updated if a != self.model.actions[self.model.row_of(a.id)]]
        if session is None or not changed:
            return
        for action in changed:
            self.model.replace_action(action)
        if self.write(self.tr("Action plan"), lambda: self.store.save_actions(session.id, changed)):
            by_id = {a.id: a for a in changed}
            session.actions = [by_id.get(a.id, a) for a in session.actions]
        self._update_summary()

    def flush(self) -> None:
        commit_open_editor(self.table)
        super().flush()
