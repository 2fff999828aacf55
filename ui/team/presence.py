"""A window's view of a team library's connection: what others changed, and whether the server
is there, asked of workshop_app.store.team.watch on a timer and told with signals.

Both the team library's own window and the main window opened on a team library use it: they
read again on ``changed`` and show ``stateChanged``'s words in their status bar.
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.messages import say
from workshop_app.store.faults import StorageUnavailable
from workshop_app.store.team import faults
from workshop_app.store.team.address import label
from workshop_app.store.team.watch import Watch

POLL_MS = 2000
LOST_STYLE = "color: #b00020; font-weight: bold;"


class Presence(QObject):
    changed = Signal()  # someone (this window too) wrote to the library, or it is back
    stateChanged = Signal(bool, str)  # connected, and the words for the status bar
    _answered = Signal(object)  # the watch's answer, from its thread

    def __init__(self, address: str, parent: QObject | None = None, poll_ms: int = 0):
        super().__init__(parent)
        self.address = address
        self.watch = Watch(address)
        self.connected: bool | None = None  # not known before the first look
        self.detail = ""
        self.words = ""  # what the status bar should say now
        self._asking = False
        self._stopped = False
        self._answered.connect(self._answer)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms or POLL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()
        # Listening from now on, before the window's first read, so that nothing written after
        # that read goes unnoticed. The library has just answered; this is quick.
        try:
            self.watch.changes()
            self.connected = True
            self.words = self.connected_words()
        except StorageUnavailable as exc:
            self.lost(say(exc))

    def look(self) -> None:
        """Ask, on a thread of its own: connecting to a server behind a network that is down
        takes seconds, which the window must not wait for. One question at a time."""
        window = self.parent()
        if self._asking or self._stopped:
            return
        if isinstance(window, QWidget) and not window.isVisible():
            return  # a closed window (or one not shown yet) has nobody to tell
        self._asking = True
        threading.Thread(target=self._ask, name="team-library-watch", daemon=True).start()

    def _ask(self) -> None:
        try:
            answer: object = self.watch.changes()
        except StorageUnavailable as exc:
            answer = exc
        except Exception as exc:  # anything else is the connection's too, said the same way
            answer = faults.unreachable(self.watch.place, exc, saving=False)
        try:
            self._answered.emit(answer)  # queued to the window's thread
        except RuntimeError:
            pass  # the window closed meanwhile
        if self._stopped:
            self.watch.close()

    def _answer(self, answer: object) -> None:
        self._asking = False
        if self._stopped:
            return
        if isinstance(answer, StorageUnavailable):
            self.lost(say(answer))
            return
        # Back after a loss: said, and everything read again. At the first answer the window
        # has just read what there is; only what changed since counts.
        back = self.connected is False
        first = self.connected is None
        self.connected = True
        if back:
            self.detail = ""
            self.words = self.connected_words()
            self.stateChanged.emit(True, self.words)
        if back or (answer is None and not first) or answer:
            self.changed.emit()

    def connected_words(self) -> str:
        return self.tr(
            "Connected to the team library %1. Changes made by others appear here as they are "
            "saved."
        ).replace("%1", label(self.address))

    def lost(self, detail: str) -> None:
        """Also for a window whose own read or write found the server gone."""
        if self.connected is False:
            return  # said when it was lost; the time stays the time it happened
        self.connected = False
        self.detail = detail  # the server's words, for a tooltip
        self.words = (
            self.tr(
                "Connection to the team library %1 lost at %2. Truce keeps trying; this "
                "computer's library works as before."
            )
            .replace("%1", label(self.address))
            .replace("%2", datetime.now().strftime("%H:%M"))
        )
        self.stateChanged.emit(False, self.words)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        if not self._asking:
            self.watch.close()  # otherwise its thread ends with the process
