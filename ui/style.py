"""Look and feel in one place: spacing, sizes, colours for the two departments, the stylesheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
THEME_COLOUR = QColor("#e4e0f0")  # a theme of merged notes: its own colour, above its notes

# Levels 1–5 on the ten steps: today's level and the target drawn side by side.
CURRENT_COLOUR = QColor("#8a94a6")
TARGET_COLOUR = SHARED_COLOUR

# The projector: light text on near-black reads best in a bright room and hides nothing's edges.
PROJECTOR_BACKGROUND = QColor("#101418")
PROJECTOR_PANEL = QColor("#1c232b")
PROJECTOR_TEXT = QColor("#f4f6f8")
PROJECTOR_MUTED = QColor("#a9b4bf")
PROJECTOR_ACCENT = QColor("#ffc857")
PROJECTOR_BAR = QColor("#e0734f")
# Colours that sit on the window's own background need a lighter twin on a dark one. The light
# value is the default above; apply_style switches these objects in place, so every module that
# imported them draws with the scheme in use.
DARK_TWINS = {
    "WARNING_COLOUR": ("#b3261e", "#ff8a80"),
    "MUTED_TEXT": ("#777777", "#9a9a9a"),
    "OVERDUE_BACKGROUND": ("#fbe3e1", "#5a2623"),
    "HANDOFF_COLOUR": ("#7b3fa0", "#c79be6"),
    "SALES_COLOUR": ("#1f77b4", "#5aa9e6"),
    "CURRENT_COLOUR": ("#8a94a6", "#9aa4b6"),
}

# The keyboard's place is seen from the back of the room: every focused control wears a 2-pixel
# ring in the highlight colour (Fusion's own is one pixel, lost on a projector).
STYLESHEET = """
QListWidget#navigator { border: none; font-size: 11pt; }
QListWidget#navigator::item { padding: 8px 10px; border-radius: 6px; }
QListWidget#navigator::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel[role="warning"] { color: %(warning)s; }
QFrame#emptyState { border: 1px dashed palette(mid); border-radius: 12px; }
QFrame#reviewBanner { background: #fff4ce; border-bottom: 1px solid #d9b54a; }
QFrame#reviewBanner QLabel { color: #3d3000; }
QAbstractItemView:focus { border: 2px solid palette(highlight); }
QListWidget#navigator:focus { border: 2px solid palette(highlight); border-radius: 6px; }
QToolButton:focus { border: 2px solid palette(highlight); border-radius: 4px; }
QCheckBox:focus, QRadioButton:focus { color: palette(highlight); }
QPushButton { border: 1px solid palette(mid); border-radius: 4px; background: palette(button);
    padding: 4px 12px; min-height: 1.2em; }
QPushButton:hover { background: palette(midlight); }
QPushButton:pressed, QPushButton:checked { background: palette(mid); }
QPushButton:default { border-color: palette(highlight); }
QPushButton:focus { border: 2px solid palette(highlight); padding: 3px 11px; }
QPushButton:disabled { color: palette(placeholder-text); border-color: palette(midlight); }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {
    border: 2px solid palette(highlight); border-radius: 3px; }
"""


def is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


# Fusion everywhere, chosen on the command line the application is made with: setStyle() would
# hand Python a QStyle, whose class and every enum of it PySide then builds (8 ms of start-up).
# A -style the user passes comes later and wins.
STYLE_ARGS = ["-style", "Fusion"]


def apply_style(app: QApplication) -> None:
    """The system's light or dark scheme, followed when the system switches (Fusion comes from
    STYLE_ARGS)."""
    _apply_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_scheme(app))


def _apply_scheme(app: QApplication) -> None:
    dark = is_dark(app)
    for name, (light, dark_value) in DARK_TWINS.items():
        globals()[name].setRgba(QColor(dark_value if dark else light).rgba())
    app.setStyleSheet(STYLESHEET % {"warning": WARNING_COLOUR.name()})


def scaled_font(base: QFont, delta: int, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) + delta)
    font.setBold(bold)
    return font


def initial_size(width: int, height: int) -> tuple[int, int]:
    """80% of the screen's free area, but at least 1200×800 where the screen has room for it."""
    return (min(width, max(int(width * 0.8), 1200)), min(height, max(int(height * 0.8), 800)))
