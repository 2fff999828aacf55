"""The role split map as swimlanes for the projector: one lane per party, one column per funnel
stage, a coloured block with the letter in each cell and a line where the handoff happens."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.style import HANDOFF_COLOUR, RACI_COLOURS, RACI_TEXT
from workshop_app import role_split
from workshop_app.content import Content
from workshop_app.domain import RoleMap


class RoleMapChart(QWidget):
    def __init__(self, parent: QWidget | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.role_map = RoleMap()
        self.content: Content | None = None
        self.scale = scale
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(int(260 * scale))

    def set_role_map(self, role_map: RoleMap, content: Content) -> None:
        self.role_map, self.content = role_map, content
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(int(900 * self.scale), int(340 * self.scale))

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points * self.scale)
        font.setBold(bold)
        return font

    def _header_font(self, room: float) -> QFont:
        words = [w for s in self.role_map.stages for w in s.name.split()] or [""]
        points = 9.0
        while points > 6:
            font = self._font(points, bold=True)
            metrics = QFontMetricsF(font)
            if max(metrics.horizontalAdvance(w) for w in words) <= room:
                return font
            points -= 0.5
        return self._font(points, bold=True)

    def paintEvent(self, event: QPaintEvent) -> None:
        stages, parties = self.role_map.stages, self.role_map.parties
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not stages or not parties or self.content is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No funnel yet"))
            return
        margin = 12 * self.scale
        lane_label = 150 * self.scale
        header = 54 * self.scale
        width = self.width() - lane_label - 2 * margin
        column = width / len(stages)
        lane = (self.height() - header - 2 * margin) / len(parties)
        top = margin + header

        # Stage names across the top, in a size where the longest word fits its column; the
        # handoff stage in its own colour.
        painter.setFont(self._header_font(column - 6))
        for i, stage in enumerate(stages):
            rect = QRectF(margin + lane_label + i * column, margin, column, header - 6)
            handoff = stage.id == self.role_map.handoff.stage
            painter.setPen(HANDOFF_COLOUR if handoff else self.palette().text().color())
            painter.drawText(
                rect.adjusted(3, 0, -3, 0),
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignBottom
                | Qt.TextFlag.TextWordWrap,
                stage.name,
            )

        # One lane per party, alternately shaded, letters as rounded blocks.
        for row, party in enumerate(parties):
            y = top + row * lane
            if row % 2 == 0:
                painter.fillRect(
                    QRectF(margin, y, lane_label + width, lane), self.palette().alternateBase()
                )
            painter.setPen(self.palette().text().color())
            painter.setFont(self._font(10, bold=True))
            painter.drawText(
                QRectF(margin + 4, y, lane_label - 8, lane),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                role_split.party_name(party, self.content),
            )
            painter.setFont(self._font(13, bold=True))
            for i, stage in enumerate(stages):
                letter = role_split.letter(self.role_map, stage.id, party.id)
                if not letter:
                    continue
                block = QRectF(margin + lane_label + i * column, y, column, lane).adjusted(
                    4 * self.scale, 5 * self.scale, -4 * self.scale, -5 * self.scale
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(RACI_COLOURS[letter])
                painter.drawRoundedRect(block, 6 * self.scale, 6 * self.scale)
                painter.setPen(RACI_TEXT[letter])
                painter.drawText(block, Qt.AlignmentFlag.AlignCenter, letter)

        # The handoff: a dashed line on the left edge of its stage.
        ids = [s.id for s in stages]
        if self.role_map.handoff.stage in ids:
            x = margin + lane_label + ids.index(self.role_map.handoff.stage) * column
            pen = QPen(HANDOFF_COLOUR, 3 * self.scale, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), int(top - 4), int(x), int(self.height() - margin))
        painter.setPen(QColor(self.palette().mid().color()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(margin, top, lane_label + width, lane * len(parties)))
