"""The revenue cascade: one revenue target worked back into the leads each stage must produce.

The quick path is one click (typical conversion rates, the growth taken from the shared revenue
goal); every figure stays editable. A figure that cannot be a figure, or a rate of 0 % or 100 %,
is named in red and not saved: what is stored is always the last cascade that made sense.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import department_name
from ui.pages.cascade_funnel import FunnelBox
from ui.pages.cascade_words import CascadeWords
from ui.style import SHARED_COLOUR, SPACING, WARNING_COLOUR
from workshop_app import cascade
from workshop_app.cascade import LEAD_STAGES, PERIODS, RATE_STAGES, figure_text, read_figure
from workshop_app.content import Content
from workshop_app.domain import CascadeTarget, RevenueCascade
from workshop_app.formats import decimal_symbol, format_amount, format_money

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "CNY", "TWD", "HKD", "SEK", "CZK")
SIDES = ("marketing", "sales")


def figure_edit(name: str, width: int = 140) -> QLineEdit:
    edit = QLineEdit(objectName=name, maxLength=24)
    edit.setMaximumWidth(width)
    edit.setMinimumWidth(min(width, 90))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


class CascadePanel(QWidget):
    edited = Signal()  # a field changed and the cascade makes sense: read cascade() and save it
    quick = Signal()  # the facilitator asks for the typical figures

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._stored: RevenueCascade | None = None
        self._lang = "en"
        self._currency = "EUR"  # the language's usual currency, until the room picks one
        self._goal_growth: float | None = None  # what the shared revenue goal aims for, in %
        self.words = CascadeWords(self)
        self.hint = QLabel(objectName="cascadeHint", wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.quick_button = QPushButton(self.tr("Use &typical figures"), objectName="cascadeQuick")
        self.quick_button.setToolTip(
            self.tr("Fill in typical conversion rates and the growth of the shared revenue goal")
        )
        self.quick_button.clicked.connect(self.quick)
        self.clear_button = QPushButton(self.tr("Clear"), objectName="cascadeClear")

        self.revenue = figure_edit("cascadeRevenue", 180)
        self.currency = QComboBox(objectName="cascadeCurrency", editable=True)
        self.currency.addItems(CURRENCIES)
        self.currency.lineEdit().setMaxLength(3)
        self.currency.setMaximumWidth(90)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.growth = figure_edit("cascadeGrowth", 80)
        self.period = QComboBox(objectName="cascadePeriod")
        self.deal_size = figure_edit("cascadeDealSize", 180)
        self.new_revenue = QLabel(objectName="cascadeNewRevenue")
        target = QGridLayout()
        target.setHorizontalSpacing(SPACING)
        for row, (text, widget, after) in enumerate(
            (
                (self.tr("&Revenue of the period before:"), self.revenue, self.currency),
                (self.tr("&Growth to win:"), self.growth, QLabel("%")),
                (self.tr("&Period:"), self.period, None),
                (self.tr("Average &deal size:"), self.deal_size, None),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            target.addWidget(label, row, 0)
            target.addWidget(widget, row, 1)
            if after is not None:
                target.addWidget(after, row, 2)
        target.addWidget(self.new_revenue, 4, 0, 1, 4)
        self.growth_note = QLabel(objectName="cascadeGrowthNote", wordWrap=True)
        self.growth_note.setProperty("role", "warning")
        target.addWidget(self.growth_note, 5, 0, 1, 4)
        target.setColumnStretch(3, 1)
        target_box = QGroupBox(self.tr("The revenue target"))
        target_box.setLayout(target)

        # The funnel, top to bottom: each stage, the share that reaches the next, how many it needs.
        funnel_box = FunnelBox(figure_edit)
        self.rates = funnel_box.rates
        self.needed = funnel_box.needed
        self.funnel = funnel_box

        # Each department's own target, set against what its stage needs.
        own = QGridLayout()
        own.setHorizontalSpacing(SPACING)
        self.target_figures: dict[str, QLineEdit] = {}
        self.target_stages: dict[str, QComboBox] = {}
        self.target_verdicts: dict[str, QLabel] = {}
        for row, side in enumerate(SIDES):
            figure = figure_edit(f"cascadeTarget_{side}", 110)
            stage = QComboBox(objectName=f"cascadeTargetStage_{side}")
            stage.setAccessibleName(
                self.tr("The stage of %1's target").replace("%1", department_name(side))
            )
            verdict = QLabel(objectName=f"cascadeVerdict_{side}", wordWrap=True)
            label = QLabel(self.tr("%1 plans:").replace("%1", department_name(side)))
            label.setBuddy(figure)
            own.addWidget(label, 2 * row, 0)
            own.addWidget(figure, 2 * row, 1)
            own.addWidget(stage, 2 * row, 2)
            own.addWidget(verdict, 2 * row + 1, 1, 1, 3)
            self.target_figures[side] = figure
            self.target_stages[side] = stage
            self.target_verdicts[side] = verdict
        own.setColumnStretch(3, 1)
        own_box = QGroupBox(self.tr("Each department's own target"))
        own_box.setLayout(own)

        self.verdict = QLabel(objectName="cascadeVerdict", wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.verdict.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.verdict.setFont(font)
        self.problem = QLabel(objectName="cascadeProblem", wordWrap=True)
        self.problem.setProperty("role", "warning")

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.quick_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        left = QVBoxLayout()
        left.addWidget(target_box)
        left.addWidget(own_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(funnel_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problem)
        layout.addStretch(1)

        for edit in (self.revenue, self.growth, self.deal_size, *self.rates.values()):
            edit.textEdited.connect(self._changed)
        for edit in self.target_figures.values():
            edit.textEdited.connect(self._changed)
        self.currency.currentTextChanged.connect(self._changed)
        for combo in (self.period, *self.target_stages.values()):
            combo.currentIndexChanged.connect(self._changed)

    # ------------------------------------------------------------------ content and model

    def set_content(self, content: Content) -> None:
        self._lang = content.language
        self.hint.setText(content.text("goals.cascade_hint"))
        self._currency = (content.get("goals.cascade_defaults") or {}).get("currency", "EUR")
        self.words.decimal = decimal_symbol(self._lang)
        self.words.stages = {
            s["id"]: s.get("name", s["id"]) for s in content.items("goals.lead_stages")
        }
        self.funnel.set_stages(self.words.stages)
        periods = {p["id"]: p.get("name", p["id"]) for p in content.items("goals.periods")}
        self._fill(self.period, [(periods.get(p, p), p) for p in PERIODS])
        short = {s["id"]: s.get("short", s["id"]) for s in content.items("goals.lead_stages")}
        for combo in self.target_stages.values():
            self._fill(combo, [(short.get(s, s), s) for s in LEAD_STAGES])

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def show_cascade(self, stored: RevenueCascade | None) -> None:
        self._loading = True
        self._stored = stored
        shown = stored or RevenueCascade(
            currency=self._currency,
            targets=[CascadeTarget("marketing", "mql"), CascadeTarget("sales", "opportunity")],
        )
        self.revenue.setText(figure_text(shown.revenue, self.words.decimal))
        self.currency.setCurrentText(shown.currency)
        self.growth.setText(figure_text(shown.growth, self.words.decimal))
        self.period.setCurrentIndex(max(self.period.findData(shown.period), 0))
        self.deal_size.setText(figure_text(shown.deal_size, self.words.decimal))
        for stage, edit in self.rates.items():
            edit.setText(figure_text(shown.rates.get(stage), self.words.decimal))
        defaults = {"marketing": "mql", "sales": "opportunity"}
        for side in SIDES:
            target = next((t for t in shown.targets if t.department == side), None)
            figure = target.figure if target is not None else None
            self.target_figures[side].setText("" if figure is None else str(figure))
            stage = target.stage if target is not None else defaults[side]
            combo = self.target_stages[side]
            combo.setCurrentIndex(max(combo.findData(stage), 0))
        self.clear_button.setEnabled(stored is not None)
        self._loading = False
        self._show_figures()

    def cascade(self) -> RevenueCascade | None:
        """The cascade the panel shows, or None while a field holds something that is no figure."""
        wrong = self._wrong_fields()
        if wrong:
            return None
        figures = {
            name: read_figure(edit.text(), self.words.decimal)[0]
            for name, edit in self._figure_edits()
        }
        targets = []
        for side in SIDES:
            figure = read_figure(self.target_figures[side].text(), self.words.decimal)[0]
            targets.append(
                CascadeTarget(
                    side,
                    self.target_stages[side].currentData() or "mql",
                    None if figure is None else int(figure),
                )
            )
        return RevenueCascade(
            revenue=figures["revenue"],
            growth=figures["growth"],
            period=self.period.currentData() or "year",
            currency=self.currency.currentText().strip().upper(),
            deal_size=figures["deal_size"],
            rates={
                stage: read_figure(self.rates[stage].text(), self.words.decimal)[0]
                for stage in RATE_STAGES
            },
            targets=targets,
        )

    # ------------------------------------------------------------------ checks and figures

    def _figure_edits(self) -> list[tuple[str, QLineEdit]]:
        return [("revenue", self.revenue), ("growth", self.growth), ("deal_size", self.deal_size)]

    def _wrong_fields(self) -> list[str]:
        """Messages for what is typed but cannot be kept: not a figure, out of range."""
        return self.words.wrong(
            {name: edit.text() for name, edit in self._figure_edits()},
            {stage: edit.text() for stage, edit in self.rates.items()},
            {side: edit.text() for side, edit in self.target_figures.items()},
            self.currency.currentText(),
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self._show_figures()
        if not self._wrong_fields():
            self.edited.emit()

    def _show_figures(self) -> None:
        wrong = self._wrong_fields()
        self.problem.setText("\n".join(wrong))
        self.problem.setVisible(bool(wrong))
        shown = self.cascade() if not wrong else None
        for label in self.target_verdicts.values():
            label.clear()
        self.funnel.show_counts(None, self._lang)
        self.new_revenue.clear()
        self._show_growth_note(shown)
        if shown is None:
            self.verdict.setText(self.tr("Correct the figure in red: it is not saved."))
            self._colour(False)
            return
        missing = [p.field for p in cascade.problems(shown) if p.kind == "missing"]
        if missing:
            if set(RATE_STAGES) <= set(missing):  # one name for them all
                missing = [f for f in missing if f not in RATE_STAGES] + ["rates"]
            self.verdict.setText(
                self.tr("Still to give: %1.").replace(
                    "%1", self.tr(", ").join(self.words.missing(f) for f in missing)
                )
            )
            self.verdict.setStyleSheet("font-weight: normal;")
            return
        funnel = cascade.reverse_funnel(shown)
        self.new_revenue.setText(
            self.tr("New revenue to win: %1 in %2")
            .replace("%1", format_money(float(funnel.new_revenue), shown.currency, self._lang))
            .replace("%2", self.period.currentText())
        )
        self.funnel.show_counts(funnel.needed, self._lang)
        comparisons = cascade.comparisons(shown, funnel)
        for c in comparisons:
            self.target_verdicts[c.department].setText(self.words.comparison(c, self._lang))
        short = [c for c in comparisons if not c.consistent]
        if not comparisons:
            self.verdict.setText(
                self.tr("Give each department's own target to see whether it is consistent.")
            )
            self.verdict.setStyleSheet("")
        elif short:
            self.verdict.setText(
                self.tr(
                    "Not consistent: %1 must plan for more to reach the revenue target."
                ).replace("%1", self.tr(" and ").join(department_name(c.department) for c in short))
            )
            self._colour(False)
        else:
            self.verdict.setText(
                self.tr(
                    "Consistent: both departments' targets cover what the revenue target needs."
                )
            )
            self._colour(True)

    def set_goal_growth(self, growth: float | None) -> None:
        """The growth the shared revenue goal aims for: the cascade says when it works with another."""
        self._goal_growth = growth
        self._show_growth_note(self.cascade())

    def _show_growth_note(self, shown: RevenueCascade | None) -> None:
        goal, own = self._goal_growth, shown.growth if shown is not None else None
        differs = goal is not None and own is not None and goal != own
        self.growth_note.setVisible(differs)
        if differs:
            self.growth_note.setText(
                self.tr(
                    "The shared revenue goal aims for %1 % growth; the cascade works with %2 %."
                )
                .replace("%1", format_amount(goal or 0, self._lang))
                .replace("%2", format_amount(own or 0, self._lang))
            )

    def _colour(self, good: bool) -> None:
        colour = SHARED_COLOUR if good else WARNING_COLOUR
        self.verdict.setStyleSheet(f"color: {colour.name()};")
