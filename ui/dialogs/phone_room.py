"""The room behind the Answers from Phones window: its server, its rounds, and the desk whose
answer sets this window stores through the SessionStore, like typed answers (one undo step per
batch, the pages and the projector redrawn).

The server (workshop_app.room) runs on a thread of its own from the first round until the room
is closed; between rounds it serves only the page that waits for the next round. Imported when
the facilitator opens the window, never at start-up.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from ui.messages import say
from workshop_app.content import load_content
from workshop_app.errors import TruceError

if TYPE_CHECKING:
    from workshop_app.room.intake import Desk
    from workshop_app.room.round import Room, Round
    from workshop_app.room.server import RoomServer


class Doorbell(QObject):
    """Rung from the server's thread; its slot runs on the window's thread (queued)."""

    rang = Signal()


class PhoneRoom(QObject):
    """One room per main window: opened with its first round, closed with the window."""

    stored = Signal(int)  # answer sets written
    failed = Signal(str)  # a write refused: the phones keep their answers and send them again
    changed = Signal()  # a round opened, closed or was revealed

    def __init__(self, window: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.window_ = window
        self.store = window.store
        self.room: Room | None = None
        self.server: RoomServer | None = None
        self.desk: Desk | None = None
        self.session_id = ""
        self.doorbell = Doorbell(self)
        self.doorbell.rang.connect(self.store_waiting, Qt.ConnectionType.QueuedConnection)
        self.store.sessionChanged.connect(self._session_written)

    @property
    def current(self) -> Round | None:
        return self.room.current if self.room is not None else None

    @property
    def round_open(self) -> bool:
        return self.room is not None and self.room.open

    def open_round(self, host: str, kind: str, stage: str, named: bool, budget: int) -> None:
        """Open a round (and the room with it): raises OSError when the address cannot be
        listened on, NothingToAsk when the round has nothing to ask about."""
        from workshop_app.room.asks import ask_for
        from workshop_app.room.intake import Desk
        from workshop_app.room.page import render
        from workshop_app.room.round import Room
        from workshop_app.room.server import RoomServer

        self.window_.flush_session()
        session = self.window_._view.session
        content = load_content(session.info.language)
        ask = ask_for(session, content, kind, stage, budget)
        if self.server is None or self.session_id != session.id:
            self.close_room()
            room = Room()
            desk = Desk(content, wake=self.doorbell.rang.emit)
            server = RoomServer(
                room, render(content, room.code, session.info.language), desk.deliver
            )
            server.start(host)
            self.room, self.desk, self.server, self.session_id = room, desk, server, session.id
        assert self.room is not None and self.desk is not None and self.server is not None
        self.store_waiting()  # what the last round left is stored under that round
        swap = self.store.repo.part(session.id, "role_swap")  # with what was just stored
        if kind == "role_swap" and not swap.sealed:
            # The answers from phones arrive hidden: nothing shows before the reveal.
            self.store.save_section(session.id, "role_swap", replace(swap, sealed=True))
            self.redraw()
        self.desk.new_round(ask)
        self.room.open_round(ask, named)
        self.server.push()
        if self.window_._view.current_stage() != ask.stage:
            self.window_.session_view.go(ask.stage)  # the room sees the stage it answers
        self.changed.emit()

    def close_round(self) -> None:
        if self.room is None or self.server is None or not self.room.open:
            return
        self.room.close_round()  # from now on refused; what has arrived is stored,
        self.store_waiting()  # and its phones hear so
        self.server.push()
        self.changed.emit()

    def close_room(self) -> None:
        if self.server is None:
            return
        self.close_round()
        self.server.stop()
        self.server = self.room = self.desk = None
        self.changed.emit()

    def reveal(self) -> None:
        """Show the sealed role-swap answers: on the page, the projector, and the phones."""
        view = self.window_._view
        session = view.session if view is not None else None
        if session is None:
            return
        self.window_.flush_session()
        # As stored, not as the page shows it: answers stored in the last moments are drawn a
        # little later (REDRAW_MS), and a reveal from the page's copy would drop them.
        swap = self.store.repo.part(session.id, "role_swap")
        if not swap.sealed:
            return
        self.store.save_section(session.id, "role_swap", replace(swap, sealed=False))
        self.redraw(session.id)  # the pages follow; the phones hear it in _session_written

    def _session_written(self, session_id: str) -> None:
        # A reveal from the Role swap page, or an undo of one: the phones of a role-swap round
        # follow the session.
        current = self.current
        if current is None or current.kind != "role_swap" or session_id != self.session_id:
            return
        revealed = not self.store.repo.part(session_id, "role_swap").sealed
        if revealed != current.revealed and self.server is not None:
            current.revealed = revealed
            self.server.push()
            self.changed.emit()

    def store_waiting(self) -> None:
        """Write every answer set that has arrived: one transaction, one undo step."""
        if self.desk is None or not self.session_id or self.desk.empty():
            return  # the doorbell rings once per set; the first ring stores them all
        session_id = self.session_id
        self.window_.flush_session()  # typing on the page is saved first, never overwritten

        def read(parts: tuple[str, ...]) -> dict[str, Any]:
            return {part: self.store.repo.part(session_id, part) for part in parts}

        def write(parts: dict[str, Any]) -> None:
            with self.store.intent():
                for part, value in parts.items():
                    if part == "participants":
                        self.store.save_participants(session_id, value)
                    else:
                        self.store.save_section(session_id, part, value)

        try:
            count = self.desk.store(read, write)
        except TruceError as exc:
            self.failed.emit(say(exc))
            return
        if count:
            self.stored.emit(count)

    def invite(self, invitation: tuple[Any, str, str] | None) -> None:
        """The projector shows how to join (QR code, address, room code) while the room is open."""
        live = self.window_._live
        if live is None:
            return
        if invitation is None:
            if live._projector is not None:
                live._projector.hide_invitation()
            return
        live.projector.show_invitation(*invitation)

    def redraw(self, session_id: str = "") -> None:
        """Show the stored answers on the pages and the projector."""
        session_id = session_id or self.session_id
        view = self.window_._view
        if view is not None and view.session is not None and view.session.id == session_id:
            view.open(self.store.load(session_id), view.current_stage(), review=view.review)
            self.window_.live.opened()
