"""Horizontal bars with their labels, drawn to fill whatever space the projector gives them.

Text and bars are sized from the widget's height, so the same ranking reads from the back of
the room on a 1280×720 projector and on a large screen alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

MIN_ROWS = 5  # a short list does not get giant bars
MIN_PIXELS = 12
NOTE_PADDING = 12
LABEL_FLAGS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


@dataclass
class Bar:
    value: float | None
    colour: QColor


@dataclass
class RowLayout:
    label: QRectF
    label_font: QFont
    note: QRectF
    note_font: QFont


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

    def layout_rows(self) -> list[RowLayout]:
        """Where each row's label, bars and note go, and in what size of type. The figure at the
        end of a row is what the room reads: its column is as wide as the widest figure needs
        (up to a third of the width), and the type shrinks until every figure fits whole."""
        if not self.rows:
            return []
        row_height = self.height() / max(len(self.rows), MIN_ROWS)
        font = QFont(self.font())
        font.setPixelSize(max(MIN_PIXELS, int(row_height * 0.42)))

        def needed(f: QFont) -> float:
            return max(QFontMetricsF(f).horizontalAdvance(r.note) for r in self.rows) + NOTE_PADDING

        note_font = QFont(font)
        note_width = min(max(needed(font), self.width() * 0.12), self.width() * 0.34)
        while needed(note_font) > note_width and note_font.pixelSize() > MIN_PIXELS:
            note_font.setPixelSize(note_font.pixelSize() - 1)
        label_width = (self.width() - note_width) * 0.45
        placed = []
        for index, row in enumerate(self.rows):
            top = index * row_height
            label_rect = QRectF(0, top, label_width, row_height)
            placed.append(
                RowLayout(
                    label_rect,
                    _fitting(font, label_rect, row.label),
                    QRectF(self.width() - note_width, top, note_width, row_height),
                    note_font,
                )
            )
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        placed = self.layout_rows()
        if not placed:
            return
        text = self.text or self.palette().windowText().color()
        note_left = placed[0].note.left()
        bar_left = placed[0].label.right() + 12
        bar_room = note_left - bar_left - 12
        for row, where in zip(self.rows, placed, strict=True):
            painter.setPen(text)
            painter.setFont(where.label_font)
            painter.drawText(
                where.label, LABEL_FLAGS, _elided(where.label_font, where.label, row.label)
            )
            bars = row.bars or [Bar(None, text)]
            row_height = where.label.height()
            thickness = row_height * 0.62 / len(bars)
            y = where.label.top() + row_height * 0.19
            for bar in bars:
                if bar.value:
                    width = bar_room * min(bar.value, self.maximum) / self.maximum
                    painter.fillRect(QRectF(bar_left, y, width, thickness - 2), bar.colour)
                y += thickness
            painter.setFont(where.note_font)
            painter.drawText(
                where.note.adjusted(NOTE_PADDING / 2, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.note,
            )


def _fits(font: QFont, rect: QRectF, text: str) -> bool:
    bounds = QFontMetricsF(font).boundingRect(rect, int(LABEL_FLAGS), text)
    return bounds.width() <= rect.width() + 0.5 and bounds.height() <= rect.height() + 0.5


def _fitting(font: QFont, rect: QRectF, text: str) -> QFont:
    """The label's type, smaller until the wrapped text fits its place (down to a floor)."""
    fitted = QFont(font)
    while not _fits(fitted, rect, text) and fitted.pixelSize() > MIN_PIXELS:
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted


def _elided(font: QFont, rect: QRectF, text: str) -> str:
    """Past the smallest type, a label too long for two lines ends in "…" instead of being cut."""
    if _fits(font, rect, text):
        return text
    metrics = QFontMetricsF(font)
    lines = max(1, int(rect.height() // metrics.lineSpacing()))
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() * lines * 0.92)
