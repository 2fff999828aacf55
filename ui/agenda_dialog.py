"""Session ▸ Agenda: the day's plan, stage by stage.

The facilitator picks a half-day or full-day plan, then adjusts minutes and breaks, moves stages
(Alt+Up / Alt+Down) and skips the ones this workshop leaves out. Nothing is saved until OK.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QSignalBlocker, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.labels import stage_title
from ui.style import MUTED_TEXT, SPACING
from workshop_app import agenda as rules
from workshop_app.domain import Agenda

STAGE, MINUTES, BREAK, TIMES = range(4)


class AgendaDialog(QDialog):
    def __init__(self, agenda: Agenda, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda"))
        self.setObjectName("agendaDialog")
        self.agenda = copy.deepcopy(agenda)

        self.plan = QComboBox(objectName="agendaPlan")
        self.plan.addItem(self.tr("Half day"), "half_day")
        self.plan.addItem(self.tr("Full day"), "full_day")
        self.plan.addItem(self.tr("Custom"), "custom")
        self.plan.activated.connect(self._plan_chosen)
        self.start = QTimeEdit(objectName="agendaStart")
        self.start.setDisplayFormat("HH:mm")
        self.start.timeChanged.connect(self._start_changed)
        plan_label = QLabel(self.tr("&Plan:"))
        plan_label.setBuddy(self.plan)
        start_label = QLabel(self.tr("S&tarts at:"))
        start_label.setBuddy(self.start)
        top = QHBoxLayout()
        for widget in (plan_label, self.plan, start_label, self.start):
            top.addWidget(widget)
        top.addStretch(1)

        self.table = QTableWidget(0, 4, objectName="agendaTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stage (tick to take it)"),
                self.tr("Minutes"),
                self.tr("Break after"),
                self.tr("Time"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.Stretch)
        for col in (MINUTES, BREAK, TIMES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)

        self.up = QPushButton(self.tr("Move &up"), objectName="agendaUp")
        self.up.setShortcut(QKeySequence("Alt+Up"))
        self.up.setToolTip(self.tr("Move the stage earlier (Alt+Up)"))
        self.up.clicked.connect(lambda: self.move(-1))
        self.down = QPushButton(self.tr("Move &down"), objectName="agendaDown")
        self.down.setShortcut(QKeySequence("Alt+Down"))
        self.down.setToolTip(self.tr("Move the stage later (Alt+Down)"))
        self.down.clicked.connect(lambda: self.move(1))
        self.total = QLabel(objectName="agendaTotal")
        hint = QLabel(
            self.tr(
                "Untick a stage to skip it: the navigator and Next stage pass over it. "
                "Double-click or type in a cell to change the minutes."
            ),
            wordWrap=True,
        )
        hint.setProperty("role", "hint")
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        moves.addWidget(self.total)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(moves)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self._fill()
        self.table.selectRow(0)
        self.table.setFocus()

    # ------------------------------------------------------------------ showing

    def _fill(self, select: int | None = None) -> None:
        with QSignalBlocker(self.plan), QSignalBlocker(self.start), QSignalBlocker(self.table):
            self.plan.setCurrentIndex(max(0, self.plan.findData(self.agenda.plan or "custom")))
            hours, minutes = (
                int(p) for p in (self.agenda.start_time or rules.DEFAULT_START).split(":")
            )
            self.start.setTime(QTime(hours, minutes))
            self.table.setRowCount(len(self.agenda.items))
            for row, item in enumerate(self.agenda.items):
                name = QTableWidgetItem(stage_title(item.stage))
                name.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                name.setCheckState(
                    Qt.CheckState.Unchecked if item.skipped else Qt.CheckState.Checked
                )
                self.table.setItem(row, STAGE, name)
                for col, value in ((MINUTES, item.minutes), (BREAK, item.break_after)):
                    cell = QTableWidgetItem()
                    cell.setData(Qt.ItemDataRole.EditRole, value)
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, col, cell)
                times = QTableWidgetItem()
                times.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, TIMES, times)
        self._show_times()
        if select is not None:
            self.table.selectRow(select)

    def _show_times(self) -> None:
        starts = rules.planned_starts(self.agenda)
        start = self.agenda.start_time or rules.DEFAULT_START
        with QSignalBlocker(self.table):
            for row, item in enumerate(self.agenda.items):
                cell = self.table.item(row, TIMES)
                if item.stage in starts:
                    begin = starts[item.stage]
                    text = f"{rules.clock_time(start, begin)}–{rules.clock_time(start, begin + item.minutes)}"
                    if item.break_after:
                        text += "  " + self.tr("+ %1 min break").replace(
                            "%1", str(item.break_after)
                        )
                    cell.setText(text)
                else:
                    cell.setText(self.tr("skipped"))
                for col in range(4):
                    self.table.item(row, col).setForeground(
                        MUTED_TEXT if item.skipped else self.palette().text()
                    )
        total = rules.planned_minutes(self.agenda)
        self.total.setText(
            self.tr("%1 h %2 min, ends at %3")
            .replace("%1", str(total // 60))
            .replace("%2", f"{total % 60:02d}")
            .replace("%3", rules.clock_time(start, total))
        )

    # ------------------------------------------------------------------ editing

    def _customised(self) -> None:
        self.agenda.plan = "custom"
        with QSignalBlocker(self.plan):
            self.plan.setCurrentIndex(self.plan.findData("custom"))

    def _plan_chosen(self, index: int) -> None:
        plan = self.plan.itemData(index)
        if plan not in rules.PLANS:
            return
        fresh = rules.default_agenda(plan, self.agenda.start_time or rules.DEFAULT_START)
        # A new plan replaces the minutes and the order; times already recorded are kept.
        recorded = {i.stage: i.entered_at for i in self.agenda.items}
        for item in fresh.items:
            item.entered_at = recorded.get(item.stage, "")
        self.agenda.plan, self.agenda.items = plan, fresh.items
        self._fill(select=0)

    def _start_changed(self, time: QTime) -> None:
        self.agenda.start_time = time.toString("HH:mm")
        self._show_times()

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        item = self.agenda.items[cell.row()]
        if cell.column() == STAGE:
            item.skipped = cell.checkState() != Qt.CheckState.Checked
        elif cell.column() in (MINUTES, BREAK):
            try:
                value = int(cell.data(Qt.ItemDataRole.EditRole))
            except (TypeError, ValueError):
                value = -1
            limit = rules.MAX_MINUTES if cell.column() == MINUTES else rules.MAX_BREAK
            value = min(max(value, 0), limit)
            with QSignalBlocker(self.table):
                cell.setData(Qt.ItemDataRole.EditRole, value)
            if cell.column() == MINUTES:
                item.minutes = value
            else:
                item.break_after = value
        self._customised()
        self._show_times()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def move(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        target = rules.move(self.agenda, row, delta)
        if target != row:
            self._fill(select=target)
            self.table.setCurrentCell(
                target, self.table.currentColumn() if self.table.currentColumn() >= 0 else 0
            )
            self._customised()
