"""Answers from phones: the facilitator opens a round of the self-assessment on the room's own
network, shows its address and QR code, and watches the answer sets arrive.

The server (workshop_app.room) runs on a thread of its own; each answer set waits on the round's
desk until this window stores it through the SessionStore, like typed answers: one undo step,
the pages and the projector redrawn. The window shows counts only, never who answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ui.labels import department_name
from ui.messages import say
from ui.qr_code import qr_pixmap
from ui.style import SPACING, scaled_font
from workshop_app.content import load_content
from workshop_app.domain import Department
from workshop_app.errors import TruceError

if TYPE_CHECKING:
    from workshop_app.room.intake import Desk
    from workshop_app.room.server import RoomServer

QR_SIDE = 240
POLL_MS = 500
REDRAW_MS = 300  # answers stored within this time are drawn together


class Doorbell(QObject):
    """Rung from the server's thread; its slot runs on the window's thread (queued)."""

    rang = Signal()


class PhoneRoundDialog(QDialog):
    """One per main window; opening a round needs an open, editable session."""

    roundChanged = Signal(bool)  # open or closed

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("phoneRound")
        self.setWindowTitle(self.tr("Answers from Phones"))
        self.window_ = window
        self.store = window.store
        self.server: RoomServer | None = None
        self.desk: Desk | None = None
        self.session_id = ""
        self.doorbell = Doorbell(self)
        self.doorbell.rang.connect(self.store_waiting, Qt.ConnectionType.QueuedConnection)

        intro = QLabel(
            self.tr(
                "Participants answer the self-assessment on their own phones, over this "
                "computer's network: no internet, no account, no app. Their answers appear on the "
                "Diagnosis page as they arrive, each as an anonymous participant of its department."
            ),
            wordWrap=True,
        )
        self.guidance = QLabel(
            self.tr(
                "Before the round: connect this computer and the phones to one network you "
                "control: your phone's hotspot, or a room access point. Guest Wi-Fi often keeps "
                "devices apart, so phones cannot reach this computer. Phones may leave a network "
                "without internet and switch to mobile data: ask people to stay connected, or turn "
                "mobile data off. If a phone shows a sign-in page for the network, close it and "
                "scan the code again."
            ),
            objectName="phoneGuidance",
            wordWrap=True,
        )
        self.guidance.setProperty("role", "hint")
        anonymity = QLabel(
            self.tr(
                "Anonymity: each phone sends one answer set per round. Only the department is "
                "stored with the answers: no name, and nothing that identifies the phone."
            ),
            objectName="phoneAnonymity",
            wordWrap=True,
        )
        anonymity.setProperty("role", "hint")

        self.addresses = QComboBox(objectName="phoneAddress")
        self.open_button = QPushButton(self.tr("&Open Round"), objectName="phoneOpen")
        self.open_button.clicked.connect(self.toggle)
        picker = QFormLayout()
        picker.addRow(self.tr("&Network:"), self.addresses)

        self.address = QLabel(objectName="phoneUrl", wordWrap=True)
        self.address.setFont(scaled_font(self.font(), 8))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel(objectName="phoneQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.joined = QLabel(objectName="phoneJoined", wordWrap=True)
        self.answered = QLabel(objectName="phoneAnswered")
        self.answered.setFont(scaled_font(self.font(), 4))
        self.while_open = QLabel(
            self.tr("The round stays open while this window is open; closing it closes the round."),
            objectName="phoneWhileOpen",
            wordWrap=True,
        )
        self.while_open.setProperty("role", "hint")
        self.problem = QLabel(objectName="phoneProblem", wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a name as typed
        self.problem.setProperty("role", "warning")

        status = QVBoxLayout()
        status.addWidget(self.address)
        status.addWidget(self.joined)
        status.addWidget(self.answered)
        status.addStretch(1)
        status.addWidget(self.while_open)
        live = QHBoxLayout()
        live.addWidget(self.qr)
        live.addLayout(status, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        for widget in (intro, self.guidance, anonymity):
            layout.addWidget(widget)
        layout.addLayout(picker)
        layout.addLayout(live)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._redraw.timeout.connect(self.redraw)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.show_counts)
        self.resize(640, 560)
        self.fill_addresses()
        self.show_state()

    # ------------------------------------------------------------------ the round

    def fill_addresses(self) -> None:
        from workshop_app.room.network import addresses

        self.addresses.clear()
        for address in addresses():
            text = f"{address.ip}  ({address.interface})" if address.interface else address.ip
            if address.loopback:
                text += "  " + self.tr("— this computer only")
            self.addresses.addItem(text, address.ip)

    @property
    def is_open(self) -> bool:
        return self.server is not None

    def toggle(self) -> None:
        if self.is_open:
            self.close_round()
        else:
            self.open_round()

    def _why_not(self) -> str:
        view = self.window_._view
        if not self.window_.in_session() or view is None or view.session is None:
            return self.tr("Open a session first.")
        if view.session.id in self.store.under_review:
            return self.tr("This session is open for review only. Switch to Edit first.")
        if view.session.assessment.mode == "departments":
            return self.tr(
                "The Diagnosis page takes one set of answers per department. Phones send one set "
                "per participant: switch the Diagnosis page to one set per participant first."
            )
        return ""

    def open_round(self) -> None:
        reason = self._why_not()
        if reason:
            self.problem.setText(reason)
            return
        from workshop_app.room.intake import Desk
        from workshop_app.room.server import round_server

        self.window_.flush_session()
        session = self.window_._view.session
        self.desk = Desk(load_content(session.info.language), self.doorbell.rang.emit)
        server = round_server(session, self.desk.deliver)
        try:
            server.start(self.addresses.currentData())
        except OSError as exc:
            self.problem.setText(
                self.tr("The round could not open on this network (%1). Pick another one.").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        self.server, self.session_id = server, session.id
        self.problem.clear()
        self._poll.start()
        self.show_state()
        self.roundChanged.emit(True)

    def close_round(self) -> None:
        if self.server is None:
            return
        self.server.round.open = False  # from now on refused; what has arrived is stored,
        self.store_waiting()  # and its phones hear so before the server stops
        self.server.stop()
        self.server = None
        self._poll.stop()
        self.show_state()
        self.roundChanged.emit(False)

    def store_waiting(self) -> None:
        """Write every answer set that has arrived: one transaction, one undo step."""
        if self.desk is None or not self.session_id or self.desk.empty():
            return  # the doorbell rings once per set; the first ring stores them all
        session_id = self.session_id
        self.window_.flush_session()  # typing on the page is saved first, never overwritten
        participants = self.store.repo.part(session_id, "participants")
        assessment = self.store.repo.part(session_id, "assessment")

        def write(participants: list, assessment: Any) -> None:
            with self.store.intent():
                self.store.save_participants(session_id, participants)
                self.store.save_section(session_id, "assessment", assessment)

        try:
            stored = self.desk.store(participants, assessment, write)
        except TruceError as exc:  # the phones keep their answers and send them again
            self.problem.setText(say(exc))
            return
        if stored:
            self.problem.clear()
            self.show_counts()
            if not self._redraw.isActive():  # a burst of answers redraws the pages once
                self._redraw.start()

    def redraw(self) -> None:
        """Show the stored answers on the pages and the projector."""
        view = self.window_._view
        if view is not None and view.session is not None and view.session.id == self.session_id:
            view.open(self.store.load(self.session_id), view.current_stage(), review=view.review)
            self.window_.live.opened()

    # ------------------------------------------------------------------ what it shows

    def show_state(self) -> None:
        opened = self.server is not None
        self.open_button.setText(self.tr("Close &Round") if opened else self.tr("&Open Round"))
        self.addresses.setEnabled(not opened)
        self.qr.setVisible(opened)
        self.while_open.setVisible(opened)
        if self.server is None:
            self.address.setText(self.tr("No round is open. Phones cannot connect."))
            self.joined.clear()
            self.answered.clear()
            self.qr.clear()
            self._projector_invitation(None)
            return
        url = self.server.url
        self.address.setText(
            self.tr("%1\nRoom code: %2").replace("%1", url).replace("%2", self.server.round.code)
        )

        pixmap = qr_pixmap(url, QR_SIDE)
        self.qr.setPixmap(pixmap)
        self._projector_invitation((pixmap, url, self.server.round.code))
        self.show_counts()

    def show_counts(self) -> None:
        if self.server is None:
            return
        view = self.window_._view
        if (
            not self.window_.in_session()
            or view.session is None
            or view.session.id != self.session_id
        ):
            self.close_round()  # the round belongs to the session that was open
            self.problem.setText(self.tr("The round was closed with its session."))
            return
        joined = self.server.round.joined()
        self.joined.setText(
            self.tr("Joined: %1").replace(
                "%1",
                "  ·  ".join(
                    f"{department_name(Department(d))} {count}" for d, count in joined.items()
                ),
            )
        )
        self.answered.setText(
            self.tr("Answer sets received: %1").replace("%1", str(self.server.round.answered()))
        )

    def _projector_invitation(self, invitation: tuple[Any, str, str] | None) -> None:
        live = self.window_._live
        if live is None:
            return
        if invitation is None:
            if live._projector is not None:
                live._projector.hide_invitation()
            return
        live.projector.show_invitation(*invitation)

    def showEvent(self, event: QShowEvent) -> None:
        if self.server is None:  # a hotspot switched on since: its address is offered
            chosen = self.addresses.currentData()
            self.fill_addresses()
            index = self.addresses.findData(chosen)
            if index >= 0:
                self.addresses.setCurrentIndex(index)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_round()  # the round lives only while this window is open
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc
        self.close_round()
        super().done(result)


def open_phone_round(window: Any) -> PhoneRoundDialog:
    dialog = window.phone_round
    if dialog is None:
        dialog = window.phone_round = PhoneRoundDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
