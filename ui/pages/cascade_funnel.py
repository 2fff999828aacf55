"""The revenue cascade's funnel, worked back: each lead stage, the share of its leads that reach
the next (typed), how many the period needs, and a bar drawing the funnel's shape."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
)

from ui.style import MARKETING_COLOUR, SALES_COLOUR, SPACING
from workshop_app.cascade import LEAD_STAGES, RATE_STAGES
from workshop_app.formats import format_number

MARKETING_STAGES = ("inquiry", "mql")  # worked by Marketing; Sales from acceptance on
BAR_WIDTH = 120


class FunnelBox(QGroupBox):
    def __init__(self, make_edit: Callable[[str, int], QLineEdit]):
        super().__init__()
        funnel = QGridLayout()
        funnel.setHorizontalSpacing(SPACING * 2)
        self.stage_names: dict[str, QLabel] = {}
        self.rates: dict[str, QLineEdit] = {}
        self.needed: dict[str, QLabel] = {}
        self.bars: dict[str, QFrame] = {}
        for column, text in enumerate(
            (self.tr("Stage"), self.tr("Reach the next stage"), self.tr("Needed"))
        ):
            heading = QLabel(text)
            heading.setProperty("role", "hint")
            funnel.addWidget(heading, 0, column)
        for row, stage in enumerate(LEAD_STAGES, start=1):
            name = QLabel(objectName=f"cascadeStage_{stage}", wordWrap=True)
            name.setMinimumWidth(140)
            self.stage_names[stage] = name
            funnel.addWidget(name, row, 0)
            if stage in RATE_STAGES:
                rate = make_edit(f"cascadeRate_{stage}", 70)
                self.rates[stage] = rate
                cell = QHBoxLayout()
                cell.addWidget(rate)
                cell.addWidget(QLabel("%"))
                cell.addStretch(1)
                funnel.addLayout(cell, row, 1)
            needed = QLabel(objectName=f"cascadeNeeded_{stage}")
            needed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = QFont(needed.font())
            font.setBold(True)
            needed.setFont(font)
            self.needed[stage] = needed
            funnel.addWidget(needed, row, 2)
            # The funnel's shape: a bar as long as the stage's count, in the colour of the
            # department that works the stage (Marketing up to the MQL, Sales from acceptance).
            bar = QFrame(objectName=f"cascadeBar_{stage}")
            colour = MARKETING_COLOUR if stage in MARKETING_STAGES else SALES_COLOUR
            bar.setStyleSheet(f"background: {colour.name()}; border-radius: 2px;")
            bar.setFixedSize(0, 12)
            self.bars[stage] = bar
            funnel.addWidget(
                bar, row, 3, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        funnel.setColumnMinimumWidth(3, BAR_WIDTH)
        funnel.setColumnStretch(4, 0)
        self.setTitle(self.tr("The funnel, worked back"))
        self.setLayout(funnel)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)

    def set_stages(self, names: dict[str, str]) -> None:
        """Each stage's name in the session's language, on its row and on its rate field."""
        for stage, label in self.stage_names.items():
            label.setText(names.get(stage, stage))
        for stage, edit in self.rates.items():
            edit.setAccessibleName(
                self.tr("Share of %1 reaching the next stage, in per cent").replace(
                    "%1", names.get(stage, stage)
                )
            )

    def show_counts(self, needed: dict[str, int] | None, lang: str) -> None:
        """How many each stage needs, and the bars; nothing while the cascade cannot add up."""
        widest = max(needed.values()) if needed else 1
        for stage, label in self.needed.items():
            count = needed.get(stage) if needed else None
            label.setText("" if count is None else format_number(count, lang))
            width = 0 if count is None else max(2, round(BAR_WIDTH * count / widest))
            self.bars[stage].setFixedWidth(width)
