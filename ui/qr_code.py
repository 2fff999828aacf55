"""A QR code as a QPixmap, drawn from segno's module matrix (no image library needed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as readers expect


def qr_pixmap(text: str, side: int) -> QPixmap:
    """``text`` as a black-on-white QR code about ``side`` pixels square, modules kept sharp."""
    import segno  # only when a round is opened

    code = segno.make(text, error="m", micro=False)
    rows = [list(row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    scale = max(1, side // size)
    return QPixmap.fromImage(
        image.scaled(size * scale, size * scale, mode=Qt.TransformationMode.FastTransformation)
    )
