"""The perception gap: Sales and Marketing side by side per statement or theme, widest gap first.

The bars lie horizontally, so each one is named by the statement's (shortened) words, which the
room can read, rather than a code like A07 that nobody outside the questionnaire can decode.

pyqtgraph is imported when the chart is built, not when the page module loads, so opening the
app stays quick.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.style import MARKETING_COLOUR, SALES_COLOUR

BAR_WIDTH = 0.38
LABEL_CHARACTERS = 48  # a statement's words on the axis; the table beside it has them in full
ROW_PIXELS = 30  # height per statement, so twenty statements never crowd


@dataclass
class GapBar:
    label: str  # the statement's words (shortened here) or a theme name
    sales: float | None
    marketing: float | None


def short(text: str) -> str:
    """A statement's first words, whole, ending in "…" when there are more."""
    from textwrap import shorten

    return (
        shorten(" ".join(text.split()), LABEL_CHARACTERS, placeholder=" …")
        or text[:LABEL_CHARACTERS]
    )


class GapChart(QWidget):
    """Two bars per item on a 1–5 scale; the caller passes the items already in gap order."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.plot = pg.PlotWidget(background=self.palette().base().color())
        self.plot.setObjectName("gapPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, alpha=0.25)
        self.plot.setXRange(0, 5.2, padding=0)
        axis_pen = pg.mkPen(self.palette().text().color())
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(axis_pen)
            axis.setTextPen(axis_pen)
        self.plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(1, 6)]])
        self.plot.setMinimumHeight(260)
        legend = self.plot.addLegend(offset=(-10, 10), labelTextColor=self.palette().text().color())
        legend.setBrush(pg.mkBrush(self.palette().base().color()))
        self._legend = legend
        self.bars: list[GapBar] = []
        self.labels: list[str] = []  # what the axis reads, one per bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_bars(self, bars: list[GapBar], sales_name: str, marketing_name: str) -> None:
        pg = self._pg
        self.bars = list(bars)
        self.plot.clear()
        self._legend.clear()
        count = len(bars)
        rows = [count - 1 - i for i in range(count)]  # the widest gap at the top
        for offset, colour, name, pick in (
            (BAR_WIDTH / 2, SALES_COLOUR, sales_name, lambda b: b.sales),
            (-BAR_WIDTH / 2, MARKETING_COLOUR, marketing_name, lambda b: b.marketing),
        ):
            ys = [rows[i] + offset for i, b in enumerate(bars) if pick(b) is not None]
            lengths = [pick(b) for b in bars if pick(b) is not None]
            item = pg.BarGraphItem(
                x0=0,
                y=ys,
                width=lengths,
                height=BAR_WIDTH,
                brush=pg.mkBrush(QColor(colour)),
                pen=pg.mkPen(QColor(colour).darker(130)),
                name=name,
            )
            self.plot.addItem(item)  # a named item joins the legend by itself
        self.labels = [short(b.label) for b in bars]
        self.plot.getAxis("left").setTicks([list(zip(rows, self.labels, strict=True))])
        self.plot.setYRange(-0.6, max(count, 1) - 0.4, padding=0)
        self.plot.setMinimumHeight(max(260, ROW_PIXELS * count + 60))
