"""The action tracker: every action of every workshop in one table, for follow-up meetings.

Department heads filter it (owner, department, status, due range, workshop, text), use the quick
views "Open", "Overdue" and "Due in the next 14 days", record dated status updates, read an
action's history, and jump to the workshop an action came from.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.i18n import date_pattern, show_date, show_timestamp
from ui.labels import department_name
from ui.messages import say
from ui.models import tracker as columns
from ui.models.actions import status_name
from ui.models.tracker import SORT_ROLE, TrackerModel
from ui.store import SessionStore
from ui.style import MARGIN, SPACING, TITLE_POINT_DELTA, scaled_font
from ui.widgets.date_edit import DateEdit
from workshop_app.action_plan import OPEN
from workshop_app.domain import ActionEvent, ActionStatus, EventKind
from workshop_app.domain.actions import ACTION_DEPARTMENTS
from workshop_app.errors import TruceError
from workshop_app.store.faults import DatabaseError
from workshop_app.store.tracking import TRACKER_LIMIT
from workshop_app.tracker import TrackedAction, TrackerFilter, quick_view

ANY_DATE = QDate(2000, 1, 1)  # a date edit at its minimum shows "Any" and filters nothing
OPEN_STATUSES = "open"


def _date_edit(name: str) -> QDateEdit:
    edit = DateEdit(ANY_DATE, objectName=name)
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText("–")
    edit.setDisplayFormat(date_pattern())
    edit.setCalendarPopup(True)
    return edit


class TrackerPage(QWidget):
    openRequested = Signal(str, str)  # session id, action id
    selectionChanged = Signal()

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.today = date.today  # replaced by tests
        self._loading = False

        heading = QLabel(self.tr("Action tracker"))
        heading.setFont(scaled_font(self.font(), TITLE_POINT_DELTA))
        intro = QLabel(
            self.tr("Every action from every workshop in the library; the trash is left out."),
            wordWrap=True,
        )
        intro.setProperty("role", "hint")

        self.views = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.addWidget(QLabel(self.tr("Quick views:")))
        for key, text in (
            ("open", self.tr("&Open")),
            ("overdue", self.tr("O&verdue")),
            ("due_soon", self.tr("Due in the next &14 days")),
            ("all", self.tr("&All actions")),
        ):
            button = QPushButton(text, objectName=f"trackerView_{key}", checkable=True)
            button.clicked.connect(lambda _=False, k=key: self.show_view(k))
            self.views.addButton(button)
            view_row.addWidget(button)
        self.views.setExclusive(True)
        view_row.addStretch(1)

        self.search = QLineEdit(objectName="trackerSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search actions and workshops…"))
        self.owner = QLineEdit(objectName="trackerOwner", clearButtonEnabled=True)
        self.owner.setPlaceholderText(self.tr("Owner…"))
        self.department = QComboBox(objectName="trackerDepartment")
        self.department.addItem(self.tr("All departments"), "")
        for value in ACTION_DEPARTMENTS:
            self.department.addItem(department_name(value), value)
        self.status = QComboBox(objectName="trackerStatus")
        self.status.addItem(self.tr("All statuses"), "")
        self.status.addItem(self.tr("Open (planned or in progress)"), OPEN_STATUSES)
        for value in ActionStatus:
            self.status.addItem(status_name(value), value.value)
        self.session = QComboBox(objectName="trackerSession")
        self.session.setMinimumContentsLength(18)
        self.session.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.due_from = _date_edit("trackerDueFrom")
        self.due_to = _date_edit("trackerDueTo")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.owner, 1)
        for widget in (self.department, self.status, self.session):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("Due from")))
        filters.addWidget(self.due_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.due_to)
        for edit in (self.search, self.owner):
            edit.textChanged.connect(self._filters_changed)
        for combo in (self.department, self.status, self.session):
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.due_from, self.due_to):
            edit.dateChanged.connect(self._filters_changed)

        self.model = TrackerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(objectName="trackerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(columns.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(columns.SESSION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(columns.SESSION, 140)  # the title has the room; the rest is a tooltip
        header.setResizeContentsPrecision(50)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.update_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.update_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.update_selected)

        self.count = QLabel(objectName="trackerCount")
        self.count.setProperty("role", "hint")
        self.update_button = QPushButton(self.tr("&Update status…"), objectName="trackerUpdate")
        self.update_button.setShortcut(QKeySequence("Ctrl+U"))
        self.update_button.setToolTip(self.tr("Record a dated status update (Ctrl+U, or Enter)"))
        self.update_button.clicked.connect(self.update_selected)
        self.open_button = QPushButton(self.tr("Open &workshop"), objectName="trackerOpen")
        self.open_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_button.setToolTip(
            self.tr("Open the workshop this action belongs to (Ctrl+Shift+O)")
        )
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.open_button)

        self.history = QListWidget(objectName="trackerHistory")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history_title = QLabel(objectName="trackerHistoryTitle", wordWrap=True)
        self.history_title.setTextFormat(Qt.TextFormat.PlainText)
        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(view_row)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        store.sessionChanged.connect(lambda _id: self.refresh() if self.isVisible() else None)
        store.libraryChanged.connect(lambda: self.refresh() if self.isVisible() else None)

    # ------------------------------------------------------------------ filters

    def _fill_sessions(self) -> None:
        current = self.session.currentData()
        self._loading = True
        self.session.clear()
        self.session.addItem(self.tr("All workshops"), "")
        for session_id, title in self.store.tracker_sessions():
            self.session.addItem(title, session_id)
        index = self.session.findData(current)
        self.session.setCurrentIndex(max(index, 0))
        self._loading = False

    def rule(self) -> TrackerFilter:
        status = self.status.currentData()
        statuses = (
            set(OPEN) if status == OPEN_STATUSES else ({ActionStatus(status)} if status else set())
        )
        return TrackerFilter(
            statuses=statuses,
            owner=self.owner.text(),
            department=self.department.currentData() or "",
            session_id=self.session.currentData() or "",
            due_from=""
            if self.due_from.date() == ANY_DATE
            else self.due_from.date().toString("yyyy-MM-dd"),
            due_to=""
            if self.due_to.date() == ANY_DATE
            else self.due_to.date().toString("yyyy-MM-dd"),
            text=self.search.text(),
        )

    def show_view(self, key: str) -> None:
        """A quick view sets the status and due filters, so what it means stays visible."""
        rule = TrackerFilter() if key == "all" else quick_view(key, self.today())
        self._loading = True
        self.status.setCurrentIndex(self.status.findData(OPEN_STATUSES if rule.statuses else ""))
        for edit, value in ((self.due_from, rule.due_from), (self.due_to, rule.due_to)):
            edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else ANY_DATE)
        self._loading = False
        for button in self.views.buttons():
            button.setChecked(button.objectName() == f"trackerView_{key}")
        self.refresh()

    def _filters_changed(self) -> None:
        if self._loading:
            return
        checked = self.views.checkedButton()
        if checked is not None and checked.objectName() != "trackerView_all":
            # Hand-made filters are no longer the quick view the button names.
            self.views.setExclusive(False)
            checked.setChecked(False)
            self.views.setExclusive(True)
        self.refresh()

    def refresh(self) -> None:
        if self.session.count() == 0 or not self._loading:
            self._fill_sessions()
        selected = self.selected()
        rows = self.store.tracked_actions(self.rule())
        self.model.set_rows(rows, self.today())
        if len(rows) >= TRACKER_LIMIT:
            self.count.setText(
                self.tr(
                    "The first %1 actions are shown; narrow the filters to see the rest."
                ).replace("%1", str(TRACKER_LIMIT))
            )
        else:
            self.count.setText(self.tr("%n action(s)", "", len(rows)))
        if selected is not None:
            self.select(selected.session_id, selected.action_id)
        elif rows:
            self.table.selectRow(0)
        self._selection_changed()

    # ------------------------------------------------------------------ selection

    def selected(self) -> TrackedAction | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def select(self, session_id: str, action_id: str) -> None:
        for row, item in enumerate(self.model.rows):
            if (item.session_id, item.action_id) == (session_id, action_id):
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.setCurrentIndex(index)
                return

    def _selection_changed(self) -> None:
        row = self.selected()
        self.update_button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None)
        self.selectionChanged.emit()
        self.history.clear()
        if row is None:
            self.history_title.setText(self.tr("Select an action to see its history."))
            return
        self.history_title.setText(row.title)
        events = self.store.action_history(row.session_id, row.action_id)
        if not events:
            self.history.addItem(self.tr("No updates recorded yet."))
        for event in reversed(events):  # newest first: the latest news is what is asked for
            self.history.addItem(self.describe(event))

    def describe(self, event: ActionEvent) -> str:
        when = show_timestamp(event.at)
        if event.kind == EventKind.DUE:
            what = self.tr("Due date moved to %1").replace(
                "%1", show_date(event.due) or self.tr("no date")
            )
        elif event.kind == EventKind.NOTE:
            what = self.tr("Comment")
        elif event.kind == EventKind.CARRIED_OVER:
            what = self.tr("Carried over to a follow-up workshop, due %1").replace(
                "%1", show_date(event.due)
            )
        else:
            what = status_name(event.status)
        text = f"{when} — {what}"
        return f"{text}\n{event.comment}" if event.comment else text

    # ------------------------------------------------------------------ gestures

    def update_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        values = prompts.update_action(self, row.title, str(row.status), row.due)
        if values is None:
            return
        try:
            self.store.update_action(row.session_id, row.action_id, **values)
        except TruceError as exc:
            if not isinstance(exc, DatabaseError):  # a storage failure: the window told it
                prompts.error(self, self.tr("Update action"), say(exc))
            self.refresh()
            return
        self.refresh()
        self.select(row.session_id, row.action_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.openRequested.emit(row.session_id, row.action_id)

    def focus(self) -> None:
        if self.views.checkedButton() is None and not self.model.rows:
            self.show_view("open")
        else:
            self.refresh()
        self.table.setFocus()
