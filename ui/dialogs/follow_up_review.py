"""The follow-up review: the previous workshop's open actions, each decided in turn.

Done, carried over with a new due date, or dropped with a reason. An action nobody decided on
stays on the list, and the list can be reopened from the action plan at any time.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import date_pattern
from ui.messages import say
from ui.models.actions import status_name
from ui.store import SessionStore
from ui.widgets.date_edit import DateEdit
from workshop_app import follow_up
from workshop_app.domain import Action, Decision
from workshop_app.domain.limits import LINE
from workshop_app.errors import TruceError


class FollowUpReviewDialog(QDialog):
    def __init__(self, store: SessionStore, session_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session_id = session_id
        self.pending: list[Action] = []
        self.setWindowTitle(self.tr("Actions from the previous workshop"))
        self.resize(820, 520)

        self.heading = QLabel(objectName="reviewHeading", wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        hint = QLabel(
            self.tr(
                "Decide what became of each open action. Actions you have not decided on stay "
                "here; reopen this list from the action plan whenever you like."
            ),
            wordWrap=True,
        )
        hint.setProperty("role", "hint")

        self.table = QTableWidget(0, 4, objectName="reviewTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_due = DateEdit(QDate.currentDate().addDays(30), objectName="reviewNewDue")
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat(date_pattern())
        self.reason = QLineEdit(objectName="reviewReason", maxLength=LINE)
        self.reason.setPlaceholderText(self.tr("Required to drop; optional otherwise"))
        form = QFormLayout()
        form.addRow(self.tr("New due &date (carry over):"), self.new_due)
        form.addRow(self.tr("&Reason or comment:"), self.reason)

        self.done_button = self._button(self.tr("Mark do&ne"), "reviewDone", "Alt+N")
        self.done_button.clicked.connect(lambda: self.decide(Decision.DONE))
        self.carry_button = self._button(self.tr("&Carry over"), "reviewCarry", "Alt+C")
        self.carry_button.clicked.connect(lambda: self.decide(Decision.CARRIED))
        self.drop_button = self._button(self.tr("Dro&p"), "reviewDrop", "Alt+P")
        self.drop_button.clicked.connect(lambda: self.decide(Decision.DROPPED))
        decisions = QHBoxLayout()
        for button in (self.done_button, self.carry_button, self.drop_button):
            decisions.addWidget(button)
        decisions.addStretch(1)

        self.message = QLabel(objectName="reviewMessage", wordWrap=True)
        self.message.setProperty("role", "warning")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel(objectName="reviewSummary")
        self.summary.setProperty("role", "hint")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(decisions)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.refresh()

    def _button(self, text: str, name: str, shortcut: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        return button

    def refresh(self, keep_row: int = 0) -> None:
        current = self.store.load(self.session_id)
        previous = self.store.previous_session(self.session_id)
        if previous is None:
            self.pending = []
            self.heading.setText(self.tr("The previous workshop is no longer in the library."))
        else:
            self.pending = follow_up.undecided(previous, current)
            when = f" ({previous.info.date})" if previous.info.date else ""
            self.heading.setText(
                self.tr("Open actions from “%1”").replace("%1", previous.info.title + when)
            )
        self.table.setRowCount(len(self.pending))
        for row, action in enumerate(self.pending):
            for column, text in enumerate(
                (action.title, action.owner, action.due, status_name(action.status))
            ):
                item = QTableWidgetItem(text)
                if column == 0 and action.description:
                    item.setToolTip(action.description)
                self.table.setItem(row, column, item)
        decided = len(current.since_previous.items)
        self.summary.setText(
            self.tr("%n decided", "", decided)
            + " · "
            + self.tr("%n still open", "", len(self.pending))
        )
        if self.pending:
            self.table.selectRow(min(keep_row, len(self.pending) - 1))
            self.table.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.done_button, self.carry_button, self.drop_button):
            button.setEnabled(has)

    def selected(self) -> Action | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pending[rows[0].row()] if rows else None

    def decide(self, decision: Decision) -> bool:
        action = self.selected()
        if action is None:
            return False
        reason = self.reason.text().strip()
        if decision is Decision.DROPPED and not reason:
            self.message.setText(self.tr("Write down why the action is dropped, then press Drop."))
            self.reason.setFocus()
            return False
        row = self.table.currentRow()
        try:
            self.store.decide_follow_up(
                self.session_id,
                action.id,
                decision,
                new_due=self.new_due.date().toString("yyyy-MM-dd"),
                reason=reason,
            )
        except TruceError as exc:
            self.message.setText(say(exc))
            return False
        self.message.clear()
        self.reason.clear()
        self.refresh(keep_row=row)
        return True
