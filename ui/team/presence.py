"""A window's view of a team library's connection: what others changed, and whether the server
is there, asked of workshop_app.store.team.watch on a timer and told with signals.

Both the team library's own window and the main window opened on a team library use it: they
read again on ``changed`` and show ``stateChanged``'s words in their status bar.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.store.faults import StorageUnavailable
from workshop_app.store.team.address import label
from workshop_app.store.team.watch import Watch

POLL_MS = 2000
LOST_STYLE = "color: #b00020; font-weight: bold;"


class Presence(QObject):
    changed = Signal()  # someone (this window too) wrote to the library, or it is back
    stateChanged = Signal(bool, str)  # connected, and the words for the status bar

    def __init__(self, address: str, parent: QObject | None = None, poll_ms: int = 0):
        super().__init__(parent)
        self.address = address
        self.watch = Watch(address)
        self.connected: bool | None = None  # not known before the first look
        self.detail = ""
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms or POLL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def look(self) -> None:
        try:
            changes = self.watch.changes()
        except StorageUnavailable as exc:
            self.lost(str(exc))
            return
        back = self.connected is not True
        if back:
            self.connected = True
            self.detail = ""
            self.stateChanged.emit(
                True,
                self.tr(
                    "Connected to the team library %1. Changes made by others appear here as "
                    "they are saved."
                ).replace("%1", label(self.address)),
            )
        if back or changes is None or changes:
            self.changed.emit()

    def lost(self, detail: str) -> None:
        """Also for a window whose own read or write found the server gone."""
        if self.connected is False:
            return  # said when it was lost; the time stays the time it happened
        self.connected = False
        self.detail = detail  # the server's words, for a tooltip
        self.stateChanged.emit(
            False,
            self.tr(
                "Connection to the team library %1 lost at %2. Truce keeps trying; this "
                "computer's library works as before."
            )
            .replace("%1", label(self.address))
            .replace("%2", datetime.now().strftime("%H:%M")),
        )

    def stop(self) -> None:
        self.timer.stop()
        self.watch.close()
