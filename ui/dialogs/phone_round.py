"""Answers from phones: the facilitator opens rounds of several kinds (the self-assessment,
role-swap answers, friction ratings, dot votes, notes to the board) on the room's own network,
shows the address and QR code, and watches the answer sets arrive.

The room and its server live in `phone_room`; this window picks the round, shows progress per
round (answer sets and counts by department, never names) and the room's address.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ui.dialogs.phone_room import PhoneRoom
from ui.labels import department_name, stage_title
from ui.qr_code import qr_pixmap
from ui.style import SPACING, scaled_font
from workshop_app.domain import STAGES, Department

QR_SIDE = 220
POLL_MS = 500
REDRAW_MS = 300  # answers stored within this time are drawn together
KIND_STAGE = {"assessment": "diagnosis", "role_swap": "role_swap", "frictions": "frictions"}


class PhoneRoundDialog(QDialog):
    """One per main window; opening a round needs an open, editable session."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.setObjectName("phoneRound")
        self.setWindowTitle(self.tr("Answers from Phones"))
        self.window_ = window
        self.store = window.store
        self.phones = PhoneRoom(window, self)
        self.phones.stored.connect(self._stored)
        self.phones.failed.connect(lambda message: self.problem.setText(message))
        self.phones.changed.connect(self.show_state)

        intro = QLabel(
            self.tr(
                "Participants answer on their own phones, over this computer's network: no "
                "internet, no account, no app. Their answers land in the session as they arrive, "
                "like typed ones, and Edit ▸ Undo takes them back."
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
        self.anonymity = QLabel(objectName="phoneAnonymity", wordWrap=True)
        self.anonymity.setProperty("role", "hint")

        self.addresses = QComboBox(objectName="phoneAddress")
        self.kind = QComboBox(objectName="phoneKind")
        for kind, text in (
            ("assessment", self.tr("Self-assessment")),
            ("role_swap", self.tr("Role-swap answers (hidden until revealed)")),
            ("frictions", self.tr("Friction ratings")),
            ("votes", self.tr("Dot votes")),
            ("notes", self.tr("Notes to the board")),
        ):
            self.kind.addItem(text, kind)
        self.stage = QComboBox(objectName="phoneStage")
        for stage in STAGES:
            self.stage.addItem(stage_title(stage), stage)
        self.named = QCheckBox(self.tr("&Named round: phones give a name"), objectName="phoneNamed")
        self.budget = QSpinBox(objectName="phoneBudget", minimum=1, maximum=20, value=3)
        self.budget.setSuffix(self.tr(" dots each"))
        self.stage_label = QLabel(self.tr("&Board of:"))
        self.stage_label.setBuddy(self.stage)
        self.budget_label = QLabel(self.tr("&Dots per person:"))
        self.budget_label.setBuddy(self.budget)
        for widget in (self.kind, self.named):
            (widget.currentIndexChanged if widget is self.kind else widget.toggled).connect(
                lambda *_: self.show_state()
            )
        self.stage.currentIndexChanged.connect(lambda *_: self.show_state())
        picker = QFormLayout()
        picker.addRow(self.tr("&Network:"), self.addresses)
        picker.addRow(self.tr("&Kind of round:"), self.kind)
        picker.addRow(self.stage_label, self.stage)
        picker.addRow(self.budget_label, self.budget)
        picker.addRow("", self.named)

        self.open_button = QPushButton(self.tr("&Open Round"), objectName="phoneOpen")
        self.open_button.clicked.connect(self.toggle)
        self.reveal_button = QPushButton(self.tr("&Reveal Answers"), objectName="phoneReveal")
        self.reveal_button.clicked.connect(self.phones.reveal)
        self.close_room_button = QPushButton(self.tr("Close Roo&m"), objectName="phoneCloseRoom")
        self.close_room_button.clicked.connect(self.phones.close_room)

        self.address = QLabel(objectName="phoneUrl", wordWrap=True)
        self.address.setFont(scaled_font(self.font(), 6))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel(objectName="phoneQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.joined = QLabel(objectName="phoneJoined", wordWrap=True)
        self.answered = QLabel(objectName="phoneAnswered", wordWrap=True)
        self.answered.setFont(scaled_font(self.font(), 3))
        self.rounds = QListWidget(objectName="phoneRounds")
        self.rounds.setMaximumHeight(96)
        self.while_open = QLabel(
            self.tr(
                "Phones follow the rounds by themselves while the room is open. Closing this "
                "window closes the room."
            ),
            objectName="phoneWhileOpen",
            wordWrap=True,
        )
        self.while_open.setProperty("role", "hint")
        self.problem = QLabel(objectName="phoneProblem", wordWrap=True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a name as typed
        self.problem.setProperty("role", "warning")

        status = QVBoxLayout()
        for widget in (self.address, self.joined, self.answered, self.rounds, self.while_open):
            status.addWidget(widget)
        status.addStretch(1)
        live = QHBoxLayout()
        live.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        live.addLayout(status, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_room_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.open_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        for widget in (intro, self.guidance):
            layout.addWidget(widget)
        layout.addLayout(picker)
        layout.addWidget(self.anonymity)
        layout.addLayout(live, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._redraw.timeout.connect(self.phones.redraw)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.show_counts)
        self.resize(700, 640)
        self.fill_addresses()
        self.show_state()

    @property
    def server(self) -> Any:
        """The room's server while a round is open (None otherwise)."""
        return self.phones.server if self.phones.round_open else None

    @property
    def is_open(self) -> bool:
        return self.phones.round_open

    # ------------------------------------------------------------------ choosing the round

    def fill_addresses(self) -> None:
        from workshop_app.room.network import addresses

        self.addresses.clear()
        for address in addresses():
            text = f"{address.ip}  ({address.interface})" if address.interface else address.ip
            if address.loopback:
                text += "  " + self.tr("— this computer only")
            self.addresses.addItem(text, address.ip)

    def choose(self, kind: str, stage: str = "") -> None:
        """Set the round to open (from a page's entry button); a round already open stays."""
        if self.phones.round_open:
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if stage:
            self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))

    def toggle(self) -> None:
        if self.is_open:
            self.close_round()
        else:
            self.open_round()

    def _why_not(self, kind: str) -> str:
        view = self.window_._view
        if not self.window_.in_session() or view is None or view.session is None:
            return self.tr("Open a session first.")
        if view.session.id in self.store.under_review:
            return self.tr("This session is open for review only. Switch to Edit first.")
        if kind == "assessment" and view.session.assessment.mode == "departments":
            return self.tr(
                "The Diagnosis page takes one set of answers per department. Phones send one set "
                "per participant: switch the Diagnosis page to one set per participant first."
            )
        return ""

    def open_round(self) -> None:
        from workshop_app.room.asks import NothingToAsk

        kind = self.kind.currentData()
        reason = self._why_not(kind)
        if reason:
            self.problem.setText(reason)
            return
        stage = self.stage.currentData() if kind in ("votes", "notes") else KIND_STAGE[kind]
        try:
            self.phones.open_round(
                self.addresses.currentData(),
                kind,
                stage,
                self.named.isChecked(),
                self.budget.value(),
            )
        except OSError as exc:
            self.problem.setText(
                self.tr("The round could not open on this network (%1). Pick another one.").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        except NothingToAsk as nothing:
            self.problem.setText(
                self.tr("There are no frictions on the friction map to ask about yet.")
                if str(nothing) == "frictions"
                else self.tr("There are no notes on this stage's board to vote on yet.")
            )
            return
        self.problem.clear()
        self._poll.start()

    def close_round(self) -> None:
        self.phones.close_round()

    def _stored(self, _count: int) -> None:
        self.problem.clear()
        self.show_counts()
        if not self._redraw.isActive():  # a burst of answers redraws the pages once
            self._redraw.start()

    # ------------------------------------------------------------------ what it shows

    def kind_name(self, kind: str) -> str:
        return self.kind.itemText(max(0, self.kind.findData(kind)))

    def show_state(self) -> None:
        phones = self.phones
        opened = phones.round_open
        kind = self.kind.currentData()
        for widget in (self.addresses, self.kind, self.stage, self.budget, self.named):
            widget.setEnabled(not opened)
        self.addresses.setEnabled(phones.server is None)
        for widget in (self.stage_label, self.stage):
            widget.setVisible(kind in ("votes", "notes"))
        for widget in (self.budget_label, self.budget):
            widget.setVisible(kind == "votes")
        nameable = kind in ("assessment", "role_swap", "notes")
        self.named.setVisible(nameable)
        named = nameable and self.named.isChecked()
        self.anonymity.setText(
            self.tr(
                "Named round: each phone gives a name, which is stored with its answers. Say so "
                "to the room before it starts."
            )
            if named
            else self.tr(
                "Anonymity: each phone sends one answer set per round. Only the department is "
                "stored with the answers: no name, and nothing that identifies the phone."
            )
        )
        self.open_button.setText(self.tr("Close &Round") if opened else self.tr("&Open Round"))
        view = self.window_._view
        sealed = view is not None and view.session is not None and view.session.role_swap.sealed
        self.reveal_button.setVisible(kind == "role_swap" or sealed)
        self.reveal_button.setEnabled(sealed)
        self.close_room_button.setVisible(phones.server is not None)
        self.qr.setVisible(phones.server is not None)
        self.while_open.setVisible(phones.server is not None)
        if phones.server is None:
            self.address.setText(self.tr("No round is open. Phones cannot connect."))
            for label in (self.joined, self.answered):
                label.clear()
            self.rounds.clear()
            self.qr.clear()
            self._poll.stop()
            self.phones.invite(None)
            return
        url = phones.server.url
        self.address.setText(
            self.tr("%1\nRoom code: %2").replace("%1", url).replace("%2", phones.server.room.code)
        )
        pixmap = qr_pixmap(url, QR_SIDE)
        self.qr.setPixmap(pixmap)
        # The projector invites the room while a round is open; between rounds it shows the stage.
        self.phones.invite((pixmap, url, phones.server.room.code) if opened else None)
        self.show_counts()

    def _by_department(self, counts: dict[str, int]) -> str:
        return (
            "  ·  ".join(f"{department_name(Department(d))} {n}" for d, n in counts.items() if n)
            or "0"
        )

    def show_counts(self) -> None:
        phones = self.phones
        if phones.room is None:
            return
        view = self.window_._view
        if (
            not self.window_.in_session()
            or view.session is None
            or (view.session.id != phones.session_id)
        ):
            phones.close_room()  # the room belongs to the session that was open
            self.problem.setText(self.tr("The room was closed with its session."))
            return
        current = phones.current
        if current is None:
            return
        state = self.tr("open") if current.open else self.tr("closed")
        self.joined.setText(
            self.tr("Round %1 · %2 (%3) · joined: %4")
            .replace("%1", str(current.number))
            .replace("%2", self.kind_name(current.kind))
            .replace("%3", state)
            .replace("%4", self._by_department(current.joined()))
        )
        self.answered.setText(
            self.tr("Answer sets received: %1 (%2)")
            .replace("%1", str(current.answered()))
            .replace("%2", self._by_department(current.answered_by()))
        )
        rows = [
            self.tr("%1. %2 · answer sets: %3")
            .replace("%1", str(r.number))
            .replace("%2", self.kind_name(r.kind))
            .replace("%3", str(r.answered()))
            for r in phones.room.rounds
        ]
        if rows != [self.rounds.item(i).text() for i in range(self.rounds.count())]:
            self.rounds.clear()
            self.rounds.addItems(rows)

    def showEvent(self, event: QShowEvent) -> None:
        if self.phones.server is None:  # a hotspot switched on since: its address is offered
            chosen = self.addresses.currentData()
            self.fill_addresses()
            index = self.addresses.findData(chosen)
            if index >= 0:
                self.addresses.setCurrentIndex(index)
        self.show_state()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.phones.close_room()  # the room lives only while this window is open
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Esc
        self.phones.close_room()
        super().done(result)


def open_phone_round(window: Any, kind: str = "", stage: str = "") -> PhoneRoundDialog:
    dialog = window.phone_round
    if dialog is None:
        dialog = window.phone_round = PhoneRoundDialog(window)
    if kind:
        dialog.choose(kind, stage)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
