"""The Role split page's projector view: the map of who does what, its legend, and the map full
screen on the screen the window is on."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.style import RACI_COLOURS, RACI_TEXT
from ui.widgets.role_map_chart import RoleMapChart
from workshop_app import role_split
from workshop_app.content import Content
from workshop_app.domain import RoleMap


class RoleMapTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.role_map = RoleMap()
        self.content: Content | None = None
        self.chart = RoleMapChart()
        self.chart.setObjectName("roleMapChart")
        self.full_screen = QPushButton(self.tr("Show full screen"), objectName="mapFullScreen")
        self.full_screen.setShortcut(QKeySequence("F11"))
        self.full_screen.setToolTip(self.tr("Show the map full screen for the projector (F11)"))
        self.full_screen.clicked.connect(self.show_full_screen)
        self.map_legend = QLabel(objectName="mapLegend")
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.map_legend, 1)
        bottom.addWidget(self.full_screen)
        layout.addLayout(bottom)

    def load(self, role_map: RoleMap, content: Content) -> None:
        self.role_map, self.content = role_map, content
        self.chart.set_role_map(role_map, content)
        self.map_legend.setText(self.legend(on_map=True))

    def legend(self, on_map: bool = False) -> str:
        """The four letters in their colours, named in the session's language, and the handoff's
        mark as the grid (⇄) or the map (┆) draws it."""
        if self.content is None:
            return ""
        parts = []
        for letter in role_split.LETTERS:
            name = html.escape(self.content.text(f"role_split.raci.{letter}.name", letter))
            tip = html.escape(self.content.text(f"role_split.raci.{letter}.description"))
            parts.append(
                f'<span style="background:{RACI_COLOURS[letter].name()};'
                f'color:{RACI_TEXT[letter].name()};font-weight:bold">&nbsp;{letter}&nbsp;</span>'
                f' <span title="{tip}">{name}</span>'
            )
        handoff = html.escape(
            self.tr("┆ the handoff") if on_map else self.tr("⇄ the handoff stage")
        )
        return "&nbsp;&nbsp;&nbsp;".join(parts) + f"&nbsp;&nbsp;&nbsp;<b>{handoff}</b>"

    def show_full_screen(self) -> None:
        if self.content is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Who does what"))
        chart = RoleMapChart(dialog, scale=1.6)
        chart.set_role_map(self.role_map, self.content)
        legend = QLabel(self.legend(on_map=True))
        legend.setFont(chart._font(12))
        layout = QVBoxLayout(dialog)
        layout.addWidget(chart, 1)
        layout.addWidget(legend, 0, Qt.AlignmentFlag.AlignCenter)
        QShortcut(QKeySequence("F11"), dialog, dialog.close)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Fill the screen the main window is on (the projector, when it is mirrored or moved).
        screen = self.screen().geometry() if self.screen() else None
        if screen is not None:
            dialog.setGeometry(screen)
        dialog.showFullScreen()
