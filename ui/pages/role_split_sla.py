"""The Role split page's two-sided SLA: what Marketing commits to (leads per rep per period, and
the share Sales accepts), what Sales commits to (a response time, a number of attempts), who
monitors it, how often it is reviewed and what happens when it is missed.

Every commitment needs a number; the panel says which are still missing, as the grid says which
stages lack an Accountable, and never stops the typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.pages.role_split_parts import RoleMapPanel
from workshop_app import lead_flow
from workshop_app.content import Content
from workshop_app.domain import RoleMap
from workshop_app.domain.limits import LINE, TEXT


class SlaPanel(RoleMapPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

        self.intro = QLabel(wordWrap=True, objectName="slaIntro")
        self.intro.setProperty("role", "hint")
        self.usual = QPushButton(self.tr("Fill in the usual SLA"), objectName="usualSla")
        self.usual.setToolTip(self.tr("Fills every commitment not agreed yet; agreed ones stay"))
        self.usual.clicked.connect(self.use_usual)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.usual, 0, Qt.AlignmentFlag.AlignTop)

        not_yet = self.tr("Not agreed yet")
        self.numbers: dict[str, QSpinBox] = {}
        for commitment, (low, high) in lead_flow.NUMBERS.items():
            spin = QSpinBox(objectName=f"sla_{commitment}", minimum=low, maximum=high)
            spin.setSpecialValueText(not_yet)
            spin.setMaximumWidth(220)
            spin.valueChanged.connect(lambda n, c=commitment: self._number_changed(c, n))
            self.numbers[commitment] = spin
        self.hours = self.numbers["follow_up_hours"]
        self.hours.setObjectName("handoffHours")
        # "1 hour", "24 hours": the unit follows the number, in every language's plural forms.
        self.hours.valueChanged.connect(lambda n: self.hours.setSuffix(self.tr(" hour(s)", "", n)))
        self.numbers["accepted_percent"].setSuffix(" %")
        self.period = QComboBox(objectName="slaPeriod")
        self.period.setAccessibleName(self.tr("Period of the lead commitment"))
        self.review = QComboBox(objectName="slaReview")
        for combo, choices in (
            (
                self.period,
                [
                    ("week", self.tr("a week")),
                    ("month", self.tr("a month")),
                    ("quarter", self.tr("a quarter")),
                ],
            ),
            (self.review, [("monthly", self.tr("Monthly")), ("quarterly", self.tr("Quarterly"))]),
        ):
            combo.addItem(not_yet, "")
            for value, text in choices:
                combo.addItem(text, value)
        self.period.activated.connect(lambda _i: self._choice("period", self.period))
        self.review.setMaximumWidth(220)
        self.review.activated.connect(lambda _i: self._choice("review", self.review))
        self.monitor = QLineEdit(objectName="slaMonitor", maxLength=LINE)
        self.monitor.setPlaceholderText(
            self.tr("Who looks at the figures, e.g. Marketing operations")
        )
        self.monitor.textEdited.connect(self._texts_typed)
        self.missed = QPlainTextEdit(objectName="slaMissed")
        self.missed.setMaximumHeight(80)
        self.missed.setPlaceholderText(self.tr("Who meets, how soon, and what they decide"))
        self.missed.textChanged.connect(self._texts_typed)

        per_rep = QHBoxLayout()
        per_rep.addWidget(self.numbers["leads_per_rep"], 1)
        per_rep.addWidget(QLabel(self.tr("per")))
        per_rep.addWidget(self.period, 1)
        per_rep.addStretch(1)
        marketing_form = QFormLayout()
        leads_label = QLabel(self.tr("Lea&ds per sales rep:"))
        leads_label.setBuddy(self.numbers["leads_per_rep"])
        marketing_form.addRow(leads_label, per_rep)
        marketing_form.addRow(
            self.tr("Accepted by Sales, at leas&t:"), self.numbers["accepted_percent"]
        )
        marketing = QGroupBox(self.tr("Marketing commits to"))
        marketing.setLayout(marketing_form)
        sales_form = QFormLayout()
        sales_form.addRow(self.tr("Sales &follows up within:"), self.hours)
        sales_form.addRow(self.tr("&Attempts to reach each lead:"), self.numbers["attempts"])
        sales = QGroupBox(self.tr("Sales commits to"))
        sales.setLayout(sales_form)
        sides = QHBoxLayout()
        sides.addWidget(marketing, 1)
        sides.addWidget(sales, 1)
        keeping_form = QFormLayout()
        keeping_form.addRow(self.tr("M&onitored by:"), self.monitor)
        keeping_form.addRow(self.tr("Re&viewed:"), self.review)
        keeping_form.addRow(self.tr("When it is m&issed:"), self.missed)
        keeping = QGroupBox(self.tr("Keeping it"))
        keeping.setLayout(keeping_form)

        self.status = QLabel(objectName="slaStatus", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(sides)
        layout.addWidget(keeping)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def load(self, role_map: RoleMap, content: Content) -> None:
        self._loading = True
        self.role_map, self.content = role_map, content
        self.intro.setText(content.text("role_split.sla_intro"))
        self.hours.setToolTip(content.text("role_split.handoff_prompts.follow_up"))
        for commitment, spin in self.numbers.items():
            spin.setValue(int(lead_flow.sla_value(role_map, commitment) or 0))
        self.hours.setSuffix(self.tr(" hour(s)", "", self.hours.value()))
        sla = role_map.sla
        self.period.setCurrentIndex(max(self.period.findData(sla.period), 0))
        self.review.setCurrentIndex(max(self.review.findData(sla.review), 0))
        if self.monitor.text() != sla.monitor:
            self.monitor.setText(sla.monitor)
        if self.missed.toPlainText() != sla.when_missed:
            self.missed.setPlainText(sla.when_missed)
        self._loading = False
        self._update_status()

    def _update_status(self) -> None:
        gaps = lead_flow.sla_gaps(self.role_map)
        names = {
            "leads_per_rep": self.tr("leads per rep"),
            "accepted_percent": self.tr("share accepted"),
            "period": self.tr("period"),
            "follow_up_hours": self.tr("response time"),
            "attempts": self.tr("attempts"),
            "monitor": self.tr("who monitors it"),
            "review": self.tr("how often it is reviewed"),
            "when_missed": self.tr("what happens when it is missed"),
        }
        numbers = [names[g] for g in gaps if g in lead_flow.NUMBERS]
        others = [names[g] for g in gaps if g not in lead_flow.NUMBERS]
        lines = []
        if numbers:
            lines.append(self.tr("Still without a number: %1.").replace("%1", ", ".join(numbers)))
        if others:
            lines.append(self.tr("Not agreed yet: %1.").replace("%1", ", ".join(others)))
        if lines:
            text = "⚠ " + " ".join(lines)
        else:
            text = "✓ " + self.tr("Every commitment has a number, an owner and a review rhythm.")
        self.status.setText(text)
        self.usual.setEnabled(bool(gaps))  # nothing left to fill in: no empty undo step
        self.status.setProperty("role", "warning" if lines else "hint")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def use_usual(self) -> None:
        if self.content is None:
            return
        content = self.content
        if self.attempt(lambda: lead_flow.use_usual_sla(self.role_map, content)):
            self.load(self.role_map, content)
            self.changed.emit()

    def _number_changed(self, commitment: str, value: int) -> None:
        if self._loading:
            return
        lead_flow.set_sla(self.role_map, commitment, value or None)
        self._update_status()
        self.changed.emit()

    def _choice(self, commitment: str, combo: QComboBox) -> None:
        if self._loading:
            return
        lead_flow.set_sla(self.role_map, commitment, combo.currentData() or "")
        self._update_status()
        self.changed.emit()

    def _texts_typed(self) -> None:
        if self._loading:
            return
        self.role_map.sla.monitor = self.monitor.text()[:LINE]
        self.role_map.sla.when_missed = self.missed.toPlainText()[:TEXT]
        self._update_status()
        self.typed.emit()
