"""The facilitator's live toolbar: the workshop clock against the agenda, the session countdown
and the projector switches, always in view above whichever stage page is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QSpinBox, QToolBar, QToolButton, QWidget

from ui.style import SHARED_COLOUR, WARNING_COLOUR, scaled_font
from ui.widgets.timer import MAX_MINUTES, Countdown, format_seconds

BEHIND_WARNING = 5  # minutes behind plan before the clock turns red
FLASH_MS = 500
FLASHES = 12
CLOCK_LINE = 48  # characters of the workshop clock on one line


class LiveBar(QToolBar):
    def __init__(
        self,
        countdown: Countdown,
        actions: dict[str, QAction],
        presets: Callable[[QMenu], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("liveBar")
        self.setWindowTitle(self.tr("Live facilitation"))
        self.setMovable(False)
        # Words on every button; the few commands with an icon show it beside them.
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.countdown = countdown

        self.addAction(actions["workshop"])
        self.clock = QLabel(objectName="liveClock")
        self.clock.setTextFormat(Qt.TextFormat.PlainText)
        self.clock.setContentsMargins(6, 0, 12, 0)
        self.addWidget(self.clock)
        self.addAction(actions["agenda"])
        self.addSeparator()

        self.display = QLabel(objectName="liveTimer")
        self.display.setFont(scaled_font(self.font(), 5))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("000:00") + 16)
        self.display.setToolTip(self.tr("Time left on the countdown"))
        self.addWidget(self.display)
        for name in ("timer", "extend", "reset"):
            self.addAction(actions[name])
        self.minutes = QSpinBox(objectName="liveTimerMinutes")
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Length of the countdown"))
        self.minutes.setAccessibleName(self.tr("Countdown length in minutes"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.addWidget(self.minutes)
        self.presets = QToolButton(objectName="liveTimerPresets")
        self.presets.setText(self.tr("Presets"))
        self.presets.setToolTip(self.tr("Countdown lengths for this stage"))
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presets)
        menu.aboutToShow.connect(lambda: presets(menu))
        self.presets.setMenu(menu)
        self.addWidget(self.presets)
        self.addSeparator()
        self.addAction(actions["projector"])
        self.addAction(actions["freeze"])
        for name, action in actions.items():
            button = self.widgetForAction(action)
            if button is not None:
                button.setObjectName(f"live_{name}")
                # In the Tab order like any button, so the keyboard alone can reach the clock.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.presets.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self._flashes = 0
        self._flasher = QTimer(self, interval=FLASH_MS)
        self._flasher.timeout.connect(self._flash)
        countdown.changed.connect(self.show_timer)
        self.show_timer()

    # ------------------------------------------------------------------ the countdown

    def _minutes_changed(self, minutes: int) -> None:
        self.countdown.set_minutes(minutes)

    def show_timer(self) -> None:
        countdown = self.countdown
        self.display.setText(format_seconds(countdown.remaining()))
        if not countdown.done:
            self._flasher.stop()
        self._paint(countdown.done)
        if self.minutes.value() != countdown.minutes:
            self.minutes.blockSignals(True)
            self.minutes.setValue(countdown.minutes)
            self.minutes.blockSignals(False)

    def time_up(self) -> None:
        """The loud part: the display flashes for a few seconds, then stays red."""
        self._flashes = 0
        self._flasher.start()

    def _flash(self) -> None:
        self._flashes += 1
        self._paint(self._flashes % 2 == 0 or self._flashes >= FLASHES)
        if self._flashes >= FLASHES:
            self._flasher.stop()

    def _paint(self, red: bool) -> None:
        self.display.setStyleSheet(
            f"color: white; background: {WARNING_COLOUR.name()}; border-radius: 4px; padding: 0 6px;"
            if red
            else "padding: 0 6px;"
        )

    # ------------------------------------------------------------------ the workshop clock

    def show_clock(self, text: str, behind: int | None) -> None:
        # A long line (elapsed · planned end · behind · the stage's minutes) takes two lines
        # rather than pushing the projector buttons off the toolbar.
        metrics = self.clock.fontMetrics()
        long = metrics.horizontalAdvance(text) > CLOCK_LINE * metrics.averageCharWidth()
        if text.count(" · ") >= 3 and long:
            head, _, tail = text.rpartition(" · ")
            text = f"{head}\n{tail}"
        self.clock.setText(text)
        if behind is None:
            colour = ""
        elif behind >= BEHIND_WARNING:
            colour = WARNING_COLOUR.name()
        elif behind < 0:
            colour = SHARED_COLOUR.name()
        else:
            colour = ""
        self.clock.setStyleSheet(f"color: {colour};" if colour else "")
