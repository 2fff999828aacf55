"""The keyboard's place is seen from the back of the room: a 2-pixel ring in the highlight colour."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.style import apply_style


@pytest.mark.parametrize("kind", [QPushButton, QLineEdit])
def test_a_focused_control_wears_a_two_pixel_ring(qtbot, qapp, kind):
    apply_style(qapp)
    try:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        control, other = kind("Add anonymous Sales"), QLineEdit()
        layout.addWidget(control)
        layout.addWidget(other)
        qtbot.addWidget(holder)
        holder.show()
        holder.activateWindow()
        qtbot.waitUntil(holder.isActiveWindow)
        highlight = control.palette().highlight().color()

        def ring(widget: QWidget) -> int:
            """How many of the two outermost pixel columns (x = 0, 1), mid-height, are the highlight colour."""
            image = widget.grab().toImage()
            y = image.height() // 2
            return sum(
                1
                for x in (0, 1)
                if abs(image.pixelColor(x, y).lightness() - highlight.lightness()) < 20
                and abs(image.pixelColor(x, y).hue() - highlight.hue()) < 12
            )

        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        assert ring(control) == 0
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        assert ring(control) == 2
    finally:
        qapp.setStyleSheet("")
