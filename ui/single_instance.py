"""One window per database: a second `truce` on the same database brings the first to the front.

Two windows on one file could each hold an older copy of a stage and overwrite the other's edits;
the database itself stays safe either way (immediate transactions, busy timeout).

A lock file next to the database tells whether another Truce has it open, so the usual start, with
no other copy running, never loads QtNetwork before its window shows. The running copy's local
server, which a second start asks to come forward, starts listening a moment after the window.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000
# How long a second start keeps asking a copy that holds the lock but is not listening yet.
ANSWER_WITHIN_S = 3.0
# The server starts after the first paint and the user's first clicks, not before them.
LISTEN_AFTER_MS = 300


def server_name(db_path: Path) -> str:
    # Qt's hash rather than hashlib, which would load OpenSSL at every start.
    digest = QCryptographicHash.hash(
        str(Path(db_path).resolve()).encode(), QCryptographicHash.Algorithm.Sha256
    )
    key = bytes(digest.toHex().data()).decode()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    return f"truce-{user}-{key}"


class SingleInstance(QObject):
    activated = Signal()  # another start asked this window to come forward

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(db_path)
        self.lock = QLockFile(str(Path(db_path).with_name(Path(db_path).name + ".lock")))
        self.lock.setStaleLockTime(0)  # held as long as the window is open; a crash frees it
        self.server: QLocalServer | None = None
        # A lock file that nobody holds was left by a window that crashed, was killed or lost
        # power: a normal close removes it.
        self.ended_abnormally = False

    def ask_running_instance(self) -> bool:
        """True if another Truce already has this database open (and was asked to show itself)."""
        left_behind = Path(self.lock.fileName()).exists()
        if self.lock.tryLock(0):
            self.ended_abnormally = left_behind
            return False
        from PySide6.QtNetwork import QLocalSocket

        # Locked: ask, and keep asking a moment if the other copy is not listening yet. With no
        # lock file at all (its folder cannot be written), ask once.
        locked = self.lock.error() == QLockFile.LockError.LockFailedError
        deadline = time.monotonic() + (ANSWER_WITHIN_S if locked else 0)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(TIMEOUT_MS):
                socket.write(b"activate\n")
                socket.waitForBytesWritten(TIMEOUT_MS)
                socket.disconnectFromServer()
                return True
            if time.monotonic() > deadline:
                # Locked, but nobody answers (a copy hung, or a lock this machine cannot check):
                # start anyway, as the database stays safe with two windows.
                return False
            time.sleep(0.1)

    def listen(self, after_ms: int = LISTEN_AFTER_MS) -> None:
        """Answer later starts, from ``after_ms`` on."""
        QTimer.singleShot(after_ms, self, self._listen)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            # A server left behind by a crashed instance: nobody answered above, so take it over.
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        self.server.newConnection.connect(self._connection)

    def close(self) -> None:
        """Stop answering and let the next start have the database (before a relaunch)."""
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"activate"):
            self.activated.emit()
        socket.disconnectFromServer()
