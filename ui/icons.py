"""Every icon Truce shows, and the one module that names icon files.

The application icon is the PNG set rendered from resources/icons/truce.svg (tools/render_icons.sh),
so no SVG renderer is needed to show it. The action icons are line drawings in
resources/icons/actions/ drawn in ``currentColor``: each is painted, at whatever size and screen
scale is asked for, in the palette's text colour of the moment, so it reads on a light or a dark
scheme, greys out with its disabled action and turns to the highlight's text colour in a menu.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from workshop_app import APP_ID
from workshop_app.paths import resources_dir

# The action icons there are, by the name of their file in resources/icons/actions/.
ACTION_ICONS = ("open", "export", "print", "projector", "capture", "undo", "redo")


def icons_dir() -> Path:
    return resources_dir() / "icons"


def app_icon_files() -> list[Path]:
    """The application icon's PNG sizes, smallest first."""
    files = (icons_dir() / "hicolor").glob(f"*x*/apps/{APP_ID}.png")
    return sorted(files, key=lambda path: int(path.parts[-3].split("x")[0]))


def app_icon() -> QIcon:
    icon = QIcon()
    for path in app_icon_files():
        icon.addFile(str(path))
    return icon


def action_icon(name: str) -> QIcon:
    """One of ACTION_ICONS, drawn in the palette's colours whenever it is painted."""
    if name not in ACTION_ICONS:
        raise KeyError(f"no action icon named {name!r}")
    return QIcon(LineIcon(_svg(name)))


@cache
def _svg(name: str) -> bytes:
    return (icons_dir() / "actions" / f"{name}.svg").read_bytes()


def ink(mode: QIcon.Mode) -> str:
    """The colour a line icon is drawn in for this mode, from the application's palette now."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


class LineIcon(QIconEngine):
    """An SVG line drawing recoloured at paint time, sharp at any size and device pixel ratio."""

    def __init__(self, svg: bytes):
        super().__init__()
        self.svg = svg

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        # Here, not at the top: the window's first paint needs no SVG, only its menus do.
        from PySide6.QtSvg import QSvgRenderer

        drawing = self.svg.replace(b"currentColor", ink(mode).encode())
        QSvgRenderer(QByteArray(drawing)).render(painter, QRectF(rect))

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(QColor(0, 0, 0, 0))  # not Qt.GlobalColor: the Qt namespace costs 40 ms to build
        pixmap.setDevicePixelRatio(scale)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return LineIcon(self.svg)

    def key(self) -> str:
        return "truce-line-icon"
