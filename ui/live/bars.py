"""Horizontal bars with their labels, drawn to fill whatever space the projector gives them.

Text and bars are sized from the widget's height, so the same ranking reads from the back of
the room on a 1280×720 projector and on a large screen alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_ROWS = 5  # a short list does not get giant bars


@dataclass
class Bar:
    value: float | None
    colour: QColor


@dataclass
class BarRow:
    label: str
    bars: list[Bar] = field(default_factory=list)
    note: str = ""  # shown at the right end, e.g. "8.5 · 3 votes"


class BarList(QWidget):
    def __init__(
        self,
        rows: list[BarRow],
        maximum: float,
        parent: QWidget | None = None,
        text: QColor | None = None,
    ):
        super().__init__(parent)
        self.rows = rows
        self.text = text
        self.maximum = maximum or 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        # Assistive technology and tests read the ranking as text.
        self.setAccessibleDescription("\n".join(f"{r.label} {r.note}".strip() for r in rows))

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            return
        row_height = self.height() / max(len(self.rows), MIN_ROWS)
        font = QFont(self.font())
        font.setPixelSize(max(12, int(row_height * 0.42)))
        painter.setFont(font)
        text = self.text or self.palette().windowText().color()
        label_width = self.width() * 0.42
        note_width = self.width() * 0.14
        bar_left = label_width + 12
        bar_room = self.width() - bar_left - note_width - 12
        for index, row in enumerate(self.rows):
            top = index * row_height
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width, row_height),
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap,
                row.label,
            )
            bars = row.bars or [Bar(None, text)]
            thickness = row_height * 0.62 / len(bars)
            y = top + row_height * 0.19
            for bar in bars:
                if bar.value:
                    width = bar_room * min(bar.value, self.maximum) / self.maximum
                    painter.fillRect(QRectF(bar_left, y, width, thickness - 2), bar.colour)
                y += thickness
            painter.setPen(text)
            painter.drawText(
                QRectF(self.width() - note_width, top, note_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.note,
            )
