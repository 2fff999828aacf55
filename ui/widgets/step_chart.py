"""All ten steps at a glance: today's level and the target side by side, on the 1–5 scale."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.style import CURRENT_COLOUR, TARGET_COLOUR


class StepChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # (number, title, current, target) per step
        self.steps: list[tuple[int, str, int | None, int | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(170)
        self.setMouseTracking(True)

    def set_steps(self, steps: list[tuple[int, str, int | None, int | None]]) -> None:
        self.steps = steps
        self.setToolTip(
            "\n".join(
                f"{n}. {title}: {current or '–'} → {target or '–'}"
                for n, title, current, target in steps
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.steps:
            return
        left, right, top, bottom = 34.0, 10.0, 12.0, 26.0
        height = self.height() - top - bottom
        slot = (self.width() - left - right) / len(self.steps)
        text = self.palette().text().color()
        grid = self.palette().mid().color()
        # The scale: a faint line per level, labelled on the left.
        for level in range(1, 6):
            y = top + height - height * level / 5
            painter.setPen(QPen(grid, 0.5, Qt.PenStyle.DotLine))
            painter.drawLine(int(left), int(y), int(self.width() - right), int(y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - 8, left - 6, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
        bar = min(slot * 0.32, 28)
        for i, (number, _title, current, target) in enumerate(self.steps):
            centre = left + slot * i + slot / 2
            for offset, value, colour in (
                (-bar - 1, current, CURRENT_COLOUR),
                (1, target, TARGET_COLOUR),
            ):
                if value:
                    bar_height = height * value / 5
                    painter.fillRect(
                        QRectF(centre + offset, top + height - bar_height, bar, bar_height), colour
                    )
            painter.setPen(text)
            painter.drawText(
                QRectF(centre - slot / 2, top + height + 4, slot, bottom - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(number),
            )
