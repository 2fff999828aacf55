"""The window opens sized to the screen it is on, until the user sizes it."""

from __future__ import annotations

from ui.style import initial_size


def test_the_window_takes_most_of_the_screen():
    assert initial_size(1600, 1000) == (1280, 800)
    assert initial_size(1920, 1080) == (1536, 864)
    assert initial_size(2560, 1400) == (2048, 1120)
    assert initial_size(1280, 720) == (1200, 720)  # a small screen: all the room it has


def test_a_new_window_fits_its_screen(window):
    area = window.screen().availableGeometry()
    assert (window.width(), window.height()) == initial_size(area.width(), area.height())
