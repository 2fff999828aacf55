"""Look and feel in one place: spacing, sizes, colours for the two departments, the stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

SPACING = 8
MARGIN = 16
PAGE_MARGIN = 24
NAVIGATOR_WIDTH = 230
TITLE_POINT_DELTA = 6  # page titles: this much larger than the body font
SUBTITLE_POINT_DELTA = 2

# Each department keeps its colour everywhere (tables, charts, printed documents).
SALES_COLOUR = QColor("#1f77b4")
MARKETING_COLOUR = QColor("#d9822b")
SHARED_COLOUR = QColor("#5b8c5a")
WARNING_COLOUR = QColor("#b3261e")
MUTED_TEXT = QColor("#777777")  # finished or dropped actions step back
OVERDUE_BACKGROUND = QColor("#fbe3e1")  # a whole overdue row, light enough to keep text readable
HANDOFF_COLOUR = QColor("#7b3fa0")  # the stage where the lead passes from Marketing to Sales

# RACI letters: Accountable strongest, Informed faintest, so the grid reads at a glance.
RACI_COLOURS = {
    "A": QColor("#2e5e8c"),
    "R": QColor("#4f9a55"),
    "C": QColor("#e0a43a"),
    "I": QColor("#b9c3cc"),
}
RACI_TEXT = {
    "A": QColor("white"),
    "R": QColor("white"),
    "C": QColor("#2b2b2b"),
    "I": QColor("#2b2b2b"),
}
# Notes captured in the room look like paper sticky notes in either colour scheme: pale paper,
# dark ink. A highlighted top note gets a stronger edge.
NOTE_COLOURS = {
    "idea": QColor("#fff4b8"),
    "concern": QColor("#fbd3d0"),
    "insight": QColor("#d4e7fa"),
}
NOTE_TEXT = QColor("#222222")

# Levels 1–5 on the ten steps: today's level and the target drawn side by side.
CURRENT_COLOUR = QColor("#8a94a6")
TARGET_COLOUR = SHARED_COLOUR

STYLESHEET = """
QListWidget#navigator { border: none; font-size: 11pt; }
QListWidget#navigator::item { padding: 8px 10px; border-radius: 6px; }
QListWidget#navigator::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="warning"] { color: #b3261e; }
QFrame#emptyState { border: 1px dashed palette(mid); border-radius: 12px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)


def scaled_font(base: QFont, delta: int, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) + delta)
    font.setBold(bold)
    return font
