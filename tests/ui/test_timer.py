"""The round timer, driven by a fake clock: no test waits for real time to pass."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.widgets.timer import CountdownTimer, format_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make(qtbot, minutes: int = 2):
    clock = FakeClock()
    timer = CountdownTimer(minutes, clock=clock)
    qtbot.addWidget(timer)
    return timer, clock


def test_format_rounds_up_partial_seconds():
    assert format_seconds(120) == "2:00"
    assert format_seconds(59.2) == "1:00"
    assert format_seconds(0) == "0:00"


def test_counts_down_pauses_and_resumes(qtbot):
    timer, clock = make(qtbot)
    assert timer.display.text() == "2:00"
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and timer.start_button.text() == "Pause"
    clock.now += 30
    timer.tick()
    assert timer.display.text() == "1:30"
    timer.setFocus()
    qtbot.keyClick(timer, Qt.Key.Key_Space)  # Space pauses
    assert not timer.running and timer.state.text() == "Paused"
    clock.now += 500  # paused time does not count
    timer.tick()
    assert timer.display.text() == "1:30"
    qtbot.keyClick(timer, Qt.Key.Key_Space)
    clock.now += 10
    timer.tick()
    assert timer.display.text() == "1:20"


def test_time_up_is_loud_and_extending_carries_on(qtbot):
    timer, clock = make(qtbot, minutes=1)
    timer.start()
    clock.now += 61
    with qtbot.waitSignal(timer.finished, timeout=1000):
        timer.tick()
    assert timer.display.text() == "0:00" and timer.state.text() == "Time's up"
    assert "background" in timer.display.styleSheet()
    qtbot.mouseClick(timer.plus_one, Qt.MouseButton.LeftButton)
    assert timer.display.text() == "1:00"
    timer.start()
    clock.now += 15
    timer.tick()
    assert timer.display.text() == "0:45"
    qtbot.mouseClick(timer.plus_five, Qt.MouseButton.LeftButton)
    assert timer.display.text() == "5:45"


def test_reset_returns_to_the_round_length(qtbot):
    timer, clock = make(qtbot)
    timer.start()
    clock.now += 50
    qtbot.mouseClick(timer.reset_button, Qt.MouseButton.LeftButton)
    assert not timer.running and timer.display.text() == "2:00"
    timer.length.setValue(7)
    assert timer.display.text() == "7:00"
