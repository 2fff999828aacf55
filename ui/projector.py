"""The audience window: what the room sees on the projector.

It shows the stage the facilitator is on (its question in large type, and the stage's live
results from ui.live.panels), and the session's countdown. It follows the facilitator's
navigation unless frozen, so the facilitator can look ahead while the room keeps its view.
It opens full screen on a second display when there is one. With one display (often mirrored
to the projector) it opens full screen in front of the main window and takes the keyboard: the
stage keys (Ctrl+PgDn/PgUp, Ctrl+1…9) and the live keys still work, Esc closes it, and a small
line at the foot says so while it has the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.labels import stage_title
from ui.live import assessment_panel  # noqa: F401 (registers the Diagnosis panel)
from ui.live.panels import Projection, build_panel, label
from ui.style import (
    PROJECTOR_ACCENT,
    PROJECTOR_BACKGROUND,
    PROJECTOR_MUTED,
    PROJECTOR_PANEL,
    PROJECTOR_TEXT,
    WARNING_COLOUR,
)
from ui.widgets.timer import Countdown, format_seconds
from workshop_app.content import load_content
from workshop_app.domain import Session

BASE_SIZE = (1280, 720)  # the smallest projector it must read well on
WINDOWED_SIZE = (1024, 576)
FLASH_MS = 500
FLASHES = 12  # six seconds of flashing when time is up, then it stays red


def _stylesheet(scale: float) -> str:
    def px(size: float) -> int:
        return max(10, int(size * scale))

    return f"""
    QWidget#projector {{ background: {PROJECTOR_BACKGROUND.name()}; }}
    QLabel {{ color: {PROJECTOR_TEXT.name()}; }}
    QLabel[projector="stage"] {{ font-size: {px(20)}px; color: {PROJECTOR_MUTED.name()}; }}
    QLabel[projector="title"] {{ font-size: {px(46)}px; font-weight: 700; }}
    QLabel[projector="intro"] {{ font-size: {px(22)}px; color: {PROJECTOR_MUTED.name()}; }}
    QLabel[projector="heading"] {{ font-size: {px(28)}px; font-weight: 700;
        color: {PROJECTOR_ACCENT.name()}; }}
    QLabel[projector="item"] {{ font-size: {px(26)}px; }}
    QLabel[projector="muted"] {{ font-size: {px(20)}px; color: {PROJECTOR_MUTED.name()}; }}
    QLabel[projector="timer"] {{ font-size: {px(64)}px; font-weight: 700; padding: 0 {px(16)}px;
        border-radius: {px(10)}px; }}
    QLabel[projector="timer"][done="true"] {{ background: {WARNING_COLOUR.name()}; }}
    QLabel[projector="caption"] {{ font-size: {px(18)}px; font-weight: 700; }}
    QLabel[projector="quote"] {{ font-size: {px(21)}px; }}
    QLabel[projector="keys"] {{ font-size: {px(14)}px; color: {PROJECTOR_MUTED.name()}; }}
    QLabel[projector="timer"][flash="true"] {{ background: {PROJECTOR_TEXT.name()};
        color: {WARNING_COLOUR.name()}; }}
    """


class ProjectorWindow(QWidget):
    closed = Signal()

    def __init__(self, countdown: Countdown, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Truce — projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.countdown = countdown
        self.session: Session | None = None
        self.stage = ""
        self.frozen = False
        self.scale = 1.0

        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Window, PROJECTOR_BACKGROUND),
            (QPalette.ColorRole.Base, PROJECTOR_BACKGROUND),
            (QPalette.ColorRole.AlternateBase, PROJECTOR_PANEL),
            (QPalette.ColorRole.Text, PROJECTOR_TEXT),
            (QPalette.ColorRole.WindowText, PROJECTOR_TEXT),
            (QPalette.ColorRole.PlaceholderText, PROJECTOR_MUTED),
            (QPalette.ColorRole.Mid, PROJECTOR_MUTED),
        ):
            palette.setColor(role, colour)
        self.setPalette(palette)

        self.stage_label = label("", "stage")
        self.stage_label.setObjectName("projectorStage")
        self.title = label("", "title")
        self.title.setObjectName("projectorTitle")
        self.intro = label("", "intro")
        self.intro.setObjectName("projectorIntro")
        self.timer = QLabel(objectName="projectorTimer")
        self.timer.setProperty("projector", "timer")
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_note = label("", "heading")
        self.timer_note.setObjectName("projectorTimerNote")
        self.body = QWidget(objectName="projectorBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.panel: QWidget | None = None

        heading = QVBoxLayout()
        heading.addWidget(self.stage_label)
        heading.addWidget(self.title)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        clock = QVBoxLayout()
        clock.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignRight)
        clock.addWidget(self.timer_note, 0, Qt.AlignmentFlag.AlignRight)
        clock.addStretch(1)
        top.addLayout(clock)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.body, 1)
        self.keys = label(
            self.tr(
                "Esc closes · Ctrl+PgDn / Ctrl+PgUp next / previous stage · Ctrl+1…9 a stage · "
                "F7 countdown · F8 one more minute · F6 freeze"
            ),
            "keys",
        )
        self.keys.setObjectName("projectorKeys")
        self.keys.hide()  # shown while the projector has the keyboard (one display)
        self.layout_.addWidget(self.keys)

        self._flashes = 0
        self._flasher = QTimer(self, interval=FLASH_MS)
        self._flasher.timeout.connect(self._flash)
        self._rescale = QTimer(self, singleShot=True, interval=150)
        self._rescale.timeout.connect(self._apply_scale)
        countdown.changed.connect(self._show_timer)
        countdown.finished.connect(self._time_up)
        self.resize(*WINDOWED_SIZE)
        self._apply_scale()
        self._show_timer()

    # ------------------------------------------------------------------ what it shows

    def set_session(self, session: Session | None, stage: str) -> None:
        self.session = session
        self.stage = stage
        self.refresh()

    def follow(self, stage: str) -> None:
        """The facilitator moved to ``stage``: the room follows, unless the view is frozen."""
        if not self.frozen and stage != self.stage:
            self.stage = stage
            self.refresh()

    def data_changed(self) -> None:
        if not self.frozen:
            self.refresh()

    def set_frozen(self, frozen: bool, stage: str) -> None:
        self.frozen = frozen
        if not frozen:
            self.stage = stage
            self.refresh()

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        if self.session is None or not self.stage:
            self.stage_label.setText("")
            self.title.setText("Truce")
            self.intro.setText("")
            return
        content = load_content(self.session.info.language)
        self.stage_label.setText(f"{self.session.info.title}  ·  {stage_title(self.stage)}")
        self.title.setText(
            content.text(f"workshop.stages.{self.stage}.title", stage_title(self.stage))
        )
        self.intro.setText(content.text(f"workshop.stages.{self.stage}.intro"))
        self.panel = build_panel(
            self.stage, Projection(self.session, content, self.scale), self.body
        )
        if self.panel is not None:
            # Painted charts take their colours from the palette, which the style sheet above
            # them does not hand down.
            self.panel.setPalette(self.palette())
            self.body_layout.addWidget(self.panel, 1)
        # Once the stage has something to show, the introduction gives way to it.
        self.intro.setVisible(self.panel is None)

    # ------------------------------------------------------------------ the countdown

    def _show_timer(self) -> None:
        countdown = self.countdown
        self.timer.setVisible(not countdown.idle)
        self.timer.setText(format_seconds(countdown.remaining()))
        self.timer.setProperty("done", countdown.done)
        if not countdown.done:
            self._flasher.stop()
            self.timer.setProperty("flash", False)
            self.timer_note.setText(self.tr("Paused") if countdown.paused else "")
        self.timer.style().unpolish(self.timer)
        self.timer.style().polish(self.timer)

    def _time_up(self) -> None:
        self.timer_note.setText(self.tr("Time's up"))
        self._flashes = 0
        self._flasher.start()

    def _flash(self) -> None:
        self._flashes += 1
        on = self._flashes % 2 == 1 and self._flashes < FLASHES
        self.timer.setProperty("flash", on)
        self.timer.style().unpolish(self.timer)
        self.timer.style().polish(self.timer)
        if self._flashes >= FLASHES:
            self._flasher.stop()

    # ------------------------------------------------------------------ where it appears

    def present(self, facilitator_screen=None, step: int = 0) -> None:
        """Full screen on a display other than the facilitator's, or a window on a single one.

        ``step`` moves it on to the next display (the facilitator's own is the last resort)."""
        screens = QGuiApplication.screens()
        others = [s for s in screens if s is not facilitator_screen] or []
        if not others:
            # One display: full screen in front, with the keyboard (Shift+F5 toggles a window).
            if self.isFullScreen() and step:
                self.showNormal()
            else:
                self.showFullScreen()
            self.raise_()
            self.activateWindow()
            return
        current = self.screen() if self.isVisible() else None
        index = others.index(current) if current in others else -1
        target = others[(index + step) % len(others)] if step else others[0]
        self.setScreen(target)
        self.setGeometry(target.geometry())
        self.showFullScreen()

    @property
    def shares_display(self) -> bool:
        """On the facilitator's display: the projector then has the keyboard."""
        return len(QGuiApplication.screens()) < 2

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # the facilitator's window comes back; F5 brings the room's view again
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            self.keys.setVisible(self.isActiveWindow())
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale.start()

    def _apply_scale(self) -> None:
        scale = min(self.width() / BASE_SIZE[0], self.height() / BASE_SIZE[1])
        scale = max(0.6, scale)
        margin = int(32 * scale)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(int(16 * scale))
        self.setStyleSheet(_stylesheet(scale))
        if abs(scale - self.scale) > 0.05:
            self.scale = scale
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed from its title bar: the facilitator's Projector command must know.
        super().closeEvent(event)
        self.closed.emit()

    # ------------------------------------------------------------------ answers from phones

    def show_invitation(self, qr: QPixmap, address: str, code: str) -> None:
        """Show how to join an open round of answers from phones (ui.dialogs.phone_round)."""
        invitation = self.findChild(Invitation)
        if invitation is None:
            invitation = Invitation(self)
            self.layout_.addWidget(invitation)
        invitation.show_round(qr, address, code)
        invitation.show()

    def hide_invitation(self) -> None:
        invitation = self.findChild(Invitation)
        if invitation is not None:
            invitation.hide()


class Invitation(QWidget):
    """While a round of answers from phones is open: its QR code, typed address and room code,
    along the bottom of the projector."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, objectName="projectorInvitation")
        self.qr = QLabel(objectName="projectorQr")
        self.heading = label(self.tr("Answer on your phone"), "heading")
        self.address = label("", "title")
        self.address.setObjectName("projectorAddress")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.code = label("", "item")
        self.code.setObjectName("projectorRoomCode")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = label(
            self.tr("Join the room's network, then scan the code or type the address."), "muted"
        )
        words = QVBoxLayout()
        for widget in (self.heading, self.hint, self.address, self.code):
            words.addWidget(widget)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.qr)
        row.addLayout(words, 1)

    def show_round(self, qr: QPixmap, address: str, code: str) -> None:
        self.qr.setPixmap(qr)
        self.address.setText(address)
        self.code.setText(self.tr("Room code: %1").replace("%1", code))
