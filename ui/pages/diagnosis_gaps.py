"""The perception gap view: where Sales and Marketing see the same company differently."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import show_number
from ui.labels import counted, department_name, withheld
from ui.style import MARKETING_COLOUR, SALES_COLOUR, SPACING, WARNING_COLOUR
from ui.widgets.gap_chart import short
from workshop_app.content import Content
from workshop_app.domain import Assessment, Department
from workshop_app.scoring import Gap, Results, statement_gaps, theme_gaps

WIDE_GAP = 1.0  # a difference of a whole point on the 1–5 scale deserves a conversation


def _number(value: float | None, signed: bool = False) -> str:
    return show_number(value, 1, signed)


def _mean(value: float | None, count: int) -> str:
    """A side's mean rating with how many people gave it: "3.4 (n = 7)"."""
    return "–" if value is None else counted(show_number(value, 1), count)


class GapView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.by_statement = QRadioButton(self.tr("Per &statement"), objectName="gapByStatement")
        self.by_theme = QRadioButton(self.tr("Per t&heme"), objectName="gapByTheme")
        self.by_statement.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_statement)
        group.addButton(self.by_theme)
        self.by_statement.toggled.connect(lambda _checked: self._redraw())
        switch = QHBoxLayout()
        switch.addWidget(self.by_statement)
        switch.addWidget(self.by_theme)
        switch.addStretch(1)
        self.message = QLabel(objectName="gapMessage", wordWrap=True)
        self.message.setProperty("role", "hint")
        self.chart = None  # built on first sight
        self.chart_slot = QVBoxLayout()
        self.table = QTableWidget(0, 5, objectName="gapTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        note = QLabel(
            self.tr(
                "Gaps compare the average rating of each side (1–5). Leadership and other answers are "
                "not part of the gap. The widest gaps come first: start the conversation there."
            ),
            wordWrap=True,
        )
        note.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addLayout(switch)
        layout.addWidget(self.message)
        layout.addLayout(self.chart_slot)
        layout.addWidget(self.table)
        layout.addWidget(note)
        self._assessment: Assessment | None = None
        self._content: Content | None = None
        self._hidden = False
        self._shown: Results | None = None

    def show_assessment(
        self, shown: Results, assessment: Assessment, content: Content, hidden: bool, build: bool
    ) -> None:
        self._shown = shown
        self._assessment, self._content, self._hidden = assessment, content, hidden
        if build and self.chart is None:
            from ui.widgets.gap_chart import GapChart

            self.chart = GapChart()
            self.chart.setObjectName("gapChart")
            self.chart_slot.addWidget(self.chart)
        self._redraw()

    def gaps(self) -> list[Gap]:
        assert self._assessment is not None and self._content is not None
        statements = self._content.items("assessment.statements")
        withheld = self._shown.withheld if self._shown is not None else frozenset()
        if self.by_theme.isChecked():
            themes = {s["id"]: s.get("theme", "") for s in statements}
            return theme_gaps(self._assessment, themes, withheld)
        return statement_gaps(self._assessment, [s["id"] for s in statements], withheld)

    def _withheld_sides(self) -> list[str]:
        if self._shown is None:
            return []
        return [d for d in (Department.SALES, Department.MARKETING) if d in self._shown.withheld]

    def _label(self, gap: Gap) -> tuple[str, str]:
        """A short label for the axis and the full wording for the table."""
        assert self._content is not None
        if self.by_theme.isChecked():
            name = self._content.text(f"assessment.themes.{gap.key}", gap.key)
            return name, name
        statement = self._content.item("assessment.statements", gap.key) or {}
        text = statement.get("text", "") or gap.key.upper()
        return text, text

    def _redraw(self) -> None:
        if self._assessment is None:
            return
        gaps = [g for g in self.gaps() if g.gap is not None] if not self._hidden else []
        withheld_sides = self._withheld_sides()
        if self._hidden:
            self.message.setText(self.tr("The gap is hidden until the results are revealed."))
        elif withheld_sides and self._shown is not None:
            self.message.setText(
                self.tr("No gap is shown for %1 (%2).")
                .replace("%1", " / ".join(department_name(d) for d in withheld_sides))
                .replace("%2", withheld(self._shown.minimum))
            )
        elif not gaps:
            self.message.setText(
                self.tr("The gap appears once both Sales and Marketing have rated some statements.")
            )
        else:
            widest = gaps[0]
            side = Department.SALES if (widest.gap or 0) > 0 else Department.MARKETING
            self.message.setText(
                self.tr("Widest gap: %1, where %2 is the more positive side by %3 points.")
                .replace("%1", short(self._label(widest)[0]))
                .replace("%2", department_name(side))
                .replace("%3", show_number(abs(widest.gap or 0), 1))
            )
        self.message.setVisible(True)
        if self.chart is not None:
            from ui.widgets.gap_chart import GapBar

            self.chart.setVisible(bool(gaps))
            self.chart.set_bars(
                [GapBar(self._label(g)[0], g.sales, g.marketing) for g in gaps],
                department_name(Department.SALES),
                department_name(Department.MARKETING),
            )
        self._fill_table(gaps)

    def _fill_table(self, gaps: list[Gap]) -> None:
        headers = [
            self.tr("Theme") if self.by_theme.isChecked() else self.tr("Statement"),
            department_name(Department.SALES),
            department_name(Department.MARKETING),
            self.tr("Gap"),
            self.tr("What it says") if not self.by_theme.isChecked() else "",
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setColumnHidden(4, self.by_theme.isChecked())
        self.table.setRowCount(len(gaps))
        for row, gap in enumerate(gaps):
            name, full = self._label(gap)
            cells = [
                name if self.by_theme.isChecked() else gap.key.upper(),
                _mean(gap.sales, gap.sales_count),
                _mean(gap.marketing, gap.marketing_count),
                _number(gap.gap, signed=True),
                full,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 1:
                    item.setForeground(QBrush(SALES_COLOUR))
                if column == 2:
                    item.setForeground(QBrush(MARKETING_COLOUR))
                if column == 3 and abs(gap.gap or 0) >= WIDE_GAP:
                    item.setForeground(QBrush(WARNING_COLOUR))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if column == 0:
                    item.setToolTip(full)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
