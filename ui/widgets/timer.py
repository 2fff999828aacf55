"""A countdown for timed rounds, big enough to read from the back of the room.

Time is read from an injected monotonic clock rather than counted in ticks, so the display stays
right however late a tick arrives, and tests can drive it with a fake clock instead of sleeping.

The countdown itself (``Countdown``) is separate from the controls that show it
(``CountdownTimer``): the session has one countdown, and the facilitator's toolbar, the role-swap
page and the projector all show that same one, so it keeps running whichever page is open.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ui.style import WARNING_COLOUR, scaled_font

TICK_MS = 250
MAX_MINUTES = 240


def format_seconds(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 59.2 s left still shows 1:00 until it has passed
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown(QObject):
    """The state of one countdown: its length, the time used, running or not, run out or not."""

    changed = Signal()  # anything shown has changed (also on every tick while running)
    finished = Signal()

    def __init__(
        self,
        minutes: int = 10,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.clock = clock
        self.minutes = minutes
        self._duration = minutes * 60.0
        self._spent = 0.0  # seconds used before the current run
        self._started: float | None = None  # clock reading when the current run began
        self.done = False
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def idle(self) -> bool:
        """Never started since the last reset: safe to give it a new length."""
        return not self.running and not self._spent and not self.done

    @property
    def paused(self) -> bool:
        return not self.running and bool(self._spent) and not self.done

    def remaining(self) -> float:
        spent = self._spent + (self.clock() - self._started if self._started is not None else 0)
        return max(self._duration - spent, 0.0)

    def start(self) -> None:
        if self.running:
            return
        if self.done:
            self.reset()
        self._started = self.clock()
        self._ticker.start()
        self.changed.emit()

    def pause(self) -> None:
        if self._started is not None:
            self._spent += self.clock() - self._started
            self._started = None
        self._ticker.stop()
        self.changed.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def extend(self, seconds: int) -> None:
        """More time for this round. A round that had run out goes on at once: "one more minute"
        at 0:00 is said to the room, and a paused 1:00 would stand on every stage instead."""
        if self.done:
            self.done = False
            self._spent = self._duration
            self._duration += seconds
            self.start()
            return
        self._duration += seconds
        self.changed.emit()

    def reset(self) -> None:
        self._ticker.stop()
        self._started = None
        self._spent = 0.0
        self.done = False
        self._duration = self.minutes * 60.0
        self.changed.emit()

    def set_minutes(self, minutes: int) -> None:
        """A new round length; it applies now unless a round is under way."""
        self.minutes = minutes
        if self.idle:
            self.reset()
        else:
            self.changed.emit()

    def tick(self) -> None:
        if self.running and self.remaining() <= 0:
            self.pause()
            self.done = True
            self.changed.emit()
            self.finished.emit()
            return
        self.changed.emit()


class CountdownTimer(QWidget):
    """Controls for a countdown: the time left, start/pause, more time, reset, the round length."""

    finished = Signal()
    minutesChanged = Signal(int)  # the round length the facilitator set here

    def __init__(
        self,
        minutes: int = 10,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.countdown = Countdown(minutes, clock, self)
        self.countdown.changed.connect(self._update)
        self.countdown.finished.connect(self.finished)

        self.display = QLabel(objectName="timerDisplay")
        self.display.setFont(scaled_font(self.font(), 16))
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("00:00") + 24)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel(objectName="timerState")
        self.state.setProperty("role", "hint")
        self.length = QSpinBox(objectName="timerMinutes")
        self.length.setRange(1, MAX_MINUTES)
        self.length.setSuffix(self.tr(" min"))
        self.length.setValue(minutes)
        self.length.setToolTip(self.tr("Length of a round"))
        self.length.valueChanged.connect(self._length_changed)
        self.start_button = QPushButton(objectName="timerStart")
        self.start_button.clicked.connect(self.toggle)
        self.plus_one = QPushButton(self.tr("+1 min"), objectName="timerPlusOne")
        self.plus_one.clicked.connect(lambda: self.extend(60))
        self.plus_five = QPushButton(self.tr("+5 min"), objectName="timerPlusFive")
        self.plus_five.clicked.connect(lambda: self.extend(300))
        self.reset_button = QPushButton(self.tr("Reset"), objectName="timerReset")
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.start_button)
        for widget in (self.plus_one, self.plus_five, self.reset_button, self.length, self.state):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._update()

    def bind(self, countdown: Countdown) -> None:
        """Show and drive a countdown shared with other controls instead of this one's own."""
        for signal, slot in (
            (self.countdown.changed, self._update),
            (self.countdown.finished, self.finished),
        ):
            signal.disconnect(slot)
        self.countdown = countdown
        countdown.changed.connect(self._update)
        countdown.finished.connect(self.finished)
        self._update()

    # ------------------------------------------------------------------ the countdown's verbs

    @property
    def running(self) -> bool:
        return self.countdown.running

    def remaining(self) -> float:
        return self.countdown.remaining()

    def start(self) -> None:
        self.countdown.start()

    def pause(self) -> None:
        self.countdown.pause()

    def toggle(self) -> None:
        self.countdown.toggle()

    def extend(self, seconds: int) -> None:
        self.countdown.extend(seconds)

    def reset(self) -> None:
        self.countdown.reset()

    def tick(self) -> None:
        self.countdown.tick()

    def set_minutes(self, minutes: int) -> None:
        """Load a saved round length without announcing it as a change."""
        self.countdown.set_minutes(minutes)

    # ------------------------------------------------------------------ display

    def _length_changed(self, minutes: int) -> None:
        self.countdown.set_minutes(minutes)
        self.minutesChanged.emit(minutes)

    def _update(self) -> None:
        countdown = self.countdown
        self.display.setText(format_seconds(countdown.remaining()))
        if countdown.done:
            self.display.setStyleSheet(
                f"color: white; background: {WARNING_COLOUR.name()}; border-radius: 6px; padding: 0 8px;"
            )
            self.state.setText(self.tr("Time's up"))
        else:
            self.display.setStyleSheet("padding: 0 8px;")
            self.state.setText(
                self.tr("Running")
                if countdown.running
                else (self.tr("Paused") if countdown.paused else "")
            )
        if self.length.value() != countdown.minutes:
            self.length.blockSignals(True)
            self.length.setValue(countdown.minutes)
            self.length.blockSignals(False)
        self.start_button.setText(self.tr("Pause") if countdown.running else self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start or pause the round (Space)"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.toggle()
            return
        super().keyPressEvent(event)
