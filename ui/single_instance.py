"""One window per database: a second `truce` on the same database brings the first to the front.

Two windows on one file could each hold an older copy of a stage and overwrite the other's edits;
the database itself stays safe either way (immediate transactions, busy timeout).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


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
        self.server: QLocalServer | None = None

    def ask_running_instance(self) -> bool:
        """True if another Truce already has this database open (and was asked to show itself)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        socket.write(b"activate\n")
        socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def listen(self) -> None:
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            # A server left behind by a crashed instance: nobody answered above, so take it over.
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(b"activate"):
            self.activated.emit()
        socket.disconnectFromServer()
