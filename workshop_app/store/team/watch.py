"""Watching a team library for other people's changes, and for its connection.

The server says that sessions changed (``NOTIFY truce_library``, from the sessions trigger in
store.team.schema; once per transaction, and not which, as row-level security may hide it); a ``Watch`` holds one listening connection and is asked, on a timer, what has
been said since. It never blocks: a lost connection is reported as StorageUnavailable at the
next ask, and ``changes`` tries to listen again no more often than every ``RETRY_S`` seconds.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from workshop_app.messages import Message
from workshop_app.store.team import faults
from workshop_app.store.team.address import place

if TYPE_CHECKING:
    import psycopg

CHANNEL = "truce_library"
RETRY_S = 5.0


class Watch:
    def __init__(self, address: str):
        self.address = address
        self.place = place(address)
        self._conn: psycopg.Connection[Any] | None = None
        self._next_try = 0.0

    def _listen(self) -> psycopg.Connection[Any]:
        from workshop_app.store.team.repository import connect

        conn = connect(self.address)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def changes(self) -> bool | None:
        """Whether anything changed since the last ask; None when the listening connection was
        just made again, so everything should be read afresh."""
        import psycopg

        fresh = False
        try:
            if self._conn is None or self._conn.closed or self._conn.broken:
                if time.monotonic() < self._next_try:
                    raise faults.unreachable(
                        self.place, Message("team.waiting_to_retry"), saving=False
                    )
                self._next_try = time.monotonic() + RETRY_S
                self.close()
                self._conn = self._listen()
                fresh = True
            # A query makes psycopg read what the server has sent meanwhile, and finds a
            # connection that was lost.
            self._conn.execute("SELECT 1")
            changed = any(True for _note in self._conn.notifies(timeout=0, stop_after=None))
        except psycopg.Error as exc:
            self.close()
            self._next_try = time.monotonic() + RETRY_S
            raise faults.unreachable(self.place, exc, saving=False) from exc
        return None if fresh else changed

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
