"""The form for one shared goal: statement, metric, numbers, deadline, owners, each side's part."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.i18n import date_pattern
from ui.labels import department_name
from ui.widgets.date_edit import DateEdit
from workshop_app.content import Content
from workshop_app.documents.wording import unit_shown
from workshop_app.domain import Department, SharedGoal
from workshop_app.domain.goals import goal_warnings
from workshop_app.domain.limits import LINE, TEXT

CUSTOM = "__custom__"


def _number(text: str) -> float | None:
    """The figure typed, or None; "nan", "inf" and 1e400 are not figures a goal can have."""
    text = text.strip().replace(" ", "").replace(",", ".")
    try:
        value = float(text) if text else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def _show_number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class GoalForm(QWidget):
    edited = Signal()  # a field changed: read goal() and save it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._goal: SharedGoal | None = None
        self.statement = QPlainTextEdit(objectName="goalStatement")
        self.statement.setPlaceholderText(self.tr("What will both departments achieve together?"))
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(64)
        self.revenue = QCheckBox(
            self.tr("This is the shared revenue target"), objectName="goalRevenue"
        )
        self.metric = QComboBox(objectName="goalMetric")
        self.custom_metric = QLineEdit(objectName="goalCustomMetric", maxLength=LINE)
        self.custom_metric.setPlaceholderText(self.tr("Name the metric"))
        self.unit = QLineEdit(objectName="goalUnit", maxLength=LINE)
        self.unit.setPlaceholderText(self.tr("%, €, count…"))
        self.unit.setMaximumWidth(120)
        validator = QDoubleValidator(self)
        validator.setLocale(QLocale.c())
        self.baseline = QLineEdit(objectName="goalBaseline")
        self.target = QLineEdit(objectName="goalTarget")
        for edit, hint in ((self.baseline, self.tr("today")), (self.target, self.tr("aim"))):
            edit.setValidator(validator)
            edit.setPlaceholderText(hint)
            edit.setMaximumWidth(140)
        self.has_deadline = QCheckBox(self.tr("By"), objectName="goalHasDeadline")
        self.deadline = DateEdit(objectName="goalDeadline", calendarPopup=True)
        self.deadline.setDisplayFormat(date_pattern())
        self.owners = QLineEdit(objectName="goalOwners", maxLength=LINE)
        self.owners.setPlaceholderText(
            self.tr("Who answers for it, e.g. Tom Becker and Elena Rossi")
        )
        self.parts: dict[str, QPlainTextEdit] = {}
        for department in (Department.SALES, Department.MARKETING):
            part = QPlainTextEdit(objectName=f"goalPart_{department.value}")
            part.setPlaceholderText(
                self.tr("What %1 contributes").replace("%1", department_name(department))
            )
            part.setTabChangesFocus(True)
            part.setFixedHeight(56)
            self.parts[department.value] = part
        self.warning = QLabel(objectName="goalWarning", wordWrap=True)
        self.warning.setProperty("role", "warning")

        numbers = QHBoxLayout()
        numbers.addWidget(QLabel(self.tr("Baseline:")))
        numbers.addWidget(self.baseline)
        numbers.addWidget(QLabel(self.tr("Target:")))
        numbers.addWidget(self.target)
        numbers.addWidget(QLabel(self.tr("Unit:")))
        numbers.addWidget(self.unit)
        numbers.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(self.has_deadline)
        when.addWidget(self.deadline)
        when.addStretch(1)
        metric_row = QHBoxLayout()
        metric_row.addWidget(self.metric)
        metric_row.addWidget(self.custom_metric, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Goal:"), self.statement)
        form.addRow("", self.revenue)
        # Rows holding a layout get a label with an explicit buddy, so the mnemonic works.
        for text, buddy, row in (
            (self.tr("&Metric:"), self.metric, metric_row),
            (self.tr("&Numbers:"), self.baseline, numbers),
            (self.tr("&Deadline:"), self.has_deadline, when),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, row)
        form.addRow(self.tr("&Owners:"), self.owners)
        form.addRow(department_name(Department.SALES) + ":", self.parts["sales"])
        form.addRow(department_name(Department.MARKETING) + ":", self.parts["marketing"])
        form.addRow("", self.warning)

        for signal in (
            self.statement.textChanged,
            self.custom_metric.textEdited,
            self.unit.textEdited,
            self.baseline.textEdited,
            self.target.textEdited,
            self.owners.textEdited,
            self.parts["sales"].textChanged,
            self.parts["marketing"].textChanged,
        ):
            signal.connect(self._changed)
        self.revenue.toggled.connect(self._changed)
        self.metric.currentIndexChanged.connect(self._metric_changed)
        self.has_deadline.toggled.connect(self._changed)
        self.deadline.dateChanged.connect(self._changed)

    def set_metrics(self, content: Content) -> None:
        self._metrics = {m["id"]: m for m in content.items("goals.metrics")}
        self.metric.blockSignals(True)
        self.metric.clear()
        self.metric.addItem(self.tr("Choose a metric…"), "")
        for metric in self._metrics.values():
            self.metric.addItem(metric.get("name", metric["id"]), metric["id"])
        self.metric.addItem(self.tr("Our own metric"), CUSTOM)
        self.metric.blockSignals(False)

    def show_goal(self, goal: SharedGoal | None) -> None:
        self._loading = True
        self._goal = goal
        self.setEnabled(goal is not None)
        goal = goal or SharedGoal(id="", statement="")
        if self.statement.toPlainText() != goal.statement:
            self.statement.setPlainText(goal.statement)
        self.revenue.setChecked(goal.revenue)
        chosen = goal.metric or (CUSTOM if goal.custom_metric else "")
        self.metric.setCurrentIndex(max(self.metric.findData(chosen), 0))
        self.custom_metric.setText(goal.custom_metric)
        self.custom_metric.setVisible(chosen == CUSTOM)
        self.unit.setText(goal.unit)
        self.baseline.setText(_show_number(goal.baseline))
        self.target.setText(_show_number(goal.target))
        self.has_deadline.setChecked(bool(goal.deadline))
        deadline = QDate.fromString(goal.deadline, "yyyy-MM-dd")
        self.deadline.setDate(deadline if deadline.isValid() else QDate.currentDate().addMonths(6))
        self.deadline.setEnabled(bool(goal.deadline))
        self.owners.setText(goal.owners)
        for department, part in self.parts.items():
            text = goal.sales_part if department == "sales" else goal.marketing_part
            if part.toPlainText() != text:
                part.setPlainText(text)
        self._loading = False
        self._show_warning()

    def goal(self) -> SharedGoal | None:
        """The goal as the form shows it now."""
        if self._goal is None:
            return None
        metric = self.metric.currentData() or ""
        return SharedGoal(
            id=self._goal.id,
            statement=self.statement.toPlainText()[:TEXT],
            metric="" if metric == CUSTOM else metric,
            custom_metric=self.custom_metric.text().strip() if metric == CUSTOM else "",
            unit=self.unit.text().strip(),
            baseline=_number(self.baseline.text()),
            target=_number(self.target.text()),
            deadline=self.deadline.date().toString("yyyy-MM-dd")
            if self.has_deadline.isChecked()
            else "",
            owners=self.owners.text().strip(),
            sales_part=self.parts["sales"].toPlainText()[:TEXT],
            marketing_part=self.parts["marketing"].toPlainText()[:TEXT],
            revenue=self.revenue.isChecked(),
        )

    def _metric_changed(self) -> None:
        chosen = self.metric.currentData()
        self.custom_metric.setVisible(chosen == CUSTOM)
        if not self._loading and chosen in getattr(self, "_metrics", {}) and not self.unit.text():
            # A sensible default unit; "count" and "currency" are kinds of number, not units.
            self.unit.setText(unit_shown(self._metrics[chosen].get("unit", "")))
        if chosen == CUSTOM and not self._loading:
            self.custom_metric.setFocus()
        self._changed()

    def _changed(self) -> None:
        self.deadline.setEnabled(self.has_deadline.isChecked())
        if not self._loading:
            self._show_warning()
            self.edited.emit()

    def _show_warning(self) -> None:
        goal = self.goal()
        missing = goal_warnings(goal) if goal is not None else []
        names = {
            "metric": self.tr("a metric"),
            "owner": self.tr("an owner"),
            "deadline": self.tr("a deadline"),
        }
        self.warning.setVisible(bool(missing))
        if missing:
            self.warning.setText(
                self.tr(
                    "⚠ This goal has no %1 yet. It is saved, but it will be hard to follow up."
                ).replace("%1", self.tr(" or ").join(names[m] for m in missing))
            )
