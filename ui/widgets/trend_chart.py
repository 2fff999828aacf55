"""Figures of a series over time: one line per department over the four stage bands, or bars.

pyqtgraph is imported when the chart is built, not when the module loads, so opening the app
stays quick.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

# Light tints for the four stage bands (20–40, 40–60, 60–80, 80–100), darker as the stage matures.
BAND_TINTS = ("#f6f7f9", "#eef2f6", "#e5ecf3", "#dbe5ef")


@dataclass
class Line:
    name: str
    colour: QColor
    values: list[float | None]  # one per workshop
    width: float = 2.0


class TrendChart(QWidget):
    """Workshops along the bottom (labelled by date), values up the side."""

    def __init__(self, parent: QWidget | None = None, name: str = "trendPlot"):
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.plot = pg.PlotWidget(background=self.palette().base().color())
        self.plot.setObjectName(name)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(240)
        axis_pen = pg.mkPen(self.palette().text().color())
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(axis_pen)
            axis.setTextPen(axis_pen)
        self._legend = self.plot.addLegend(
            offset=(10, 10), labelTextColor=self.palette().text().color()
        )
        self._legend.setBrush(pg.mkBrush(self.palette().base().color()))
        self.lines: list[Line] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def _reset(self, labels: list[str]) -> None:
        self.plot.clear()
        self._legend.clear()
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels))])
        self.plot.setXRange(-0.4, max(len(labels) - 1, 0) + 0.4, padding=0)

    def set_bands(self, bands: list[tuple[float, float, str]]) -> None:
        """Shaded horizontal bands (low, high, name) drawn behind the lines."""
        pg = self._pg
        for i, (low, high, name) in enumerate(bands):
            region = pg.LinearRegionItem(
                (low, high),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(QColor(BAND_TINTS[i % len(BAND_TINTS)])),
                pen=pg.mkPen(self.palette().mid().color(), width=0.5),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            label = pg.TextItem(
                name, color=self.palette().placeholderText().color(), anchor=(1, 0.5)
            )
            label.setPos(self.plot.getViewBox().viewRange()[0][1], (low + high) / 2)
            self.plot.addItem(label)
            self._band_labels.append(label)

    def set_lines(
        self,
        labels: list[str],
        lines: list[Line],
        y_range: tuple[float, float],
        bands: list[tuple[float, float, str]] = (),  # type: ignore[assignment]
    ) -> None:
        pg = self._pg
        self.lines = list(lines)
        self._band_labels: list = []
        self._reset(labels)
        self.plot.setYRange(*y_range, padding=0.03)  # room for the top tick's label
        self.set_bands(list(bands))
        for line in lines:
            points = [(x, v) for x, v in enumerate(line.values) if v is not None]
            if not points:
                continue
            colour = QColor(line.colour)
            self.plot.plot(
                [p[0] for p in points],
                [p[1] for p in points],
                pen=pg.mkPen(colour, width=line.width),
                symbol="o",
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(QColor("white")),
                symbolSize=9,
                name=line.name,
            )
            for x, value in points:
                text = pg.TextItem(f"{value:g}", color=colour, anchor=(-0.15, 1.1))
                text.setPos(x, value)
                self.plot.addItem(text)

    def set_bars(self, labels: list[str], values: list[float | None], colour: QColor) -> None:
        pg = self._pg
        self.lines = [Line("", colour, list(values))]
        self._band_labels = []
        self._reset(labels)
        known = [(x, v) for x, v in enumerate(values) if v is not None]
        top = max([2.0, *[v for _, v in known]])
        self.plot.setYRange(0, top * 1.15, padding=0)
        if known:
            self.plot.addItem(
                pg.BarGraphItem(
                    x=[x for x, _ in known],
                    height=[v for _, v in known],
                    width=0.45,
                    brush=pg.mkBrush(colour),
                    pen=pg.mkPen(QColor(colour).darker(130)),
                )
            )
        for x, value in known:
            text = pg.TextItem(f"{value:.2f}", color=self.palette().text().color(), anchor=(0.5, 1))
            text.setPos(x, value)
            self.plot.addItem(text)
