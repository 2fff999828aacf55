"""The repository's transactions: one per intent, nested writes joining the one already open.

A write made inside another (replacing a session: delete and insert; an undo step that rewrites
several parts; a follow-up decision over two sessions) is part of it, so all of it is kept or
none. Reads of a session run in one read transaction, so they see one version of the database.
An sqlite3 or OS error leaves as a store.faults error, in words; and a write to a database file
replaced under the connection (a restore from outside) is refused, since nobody would read it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workshop_app.store.faults import StorageUnavailable, explain, unavailable_message


def file_identity(path: Path | None) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), None if nothing is."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


class Transactions:
    db: Any
    path: Path | None
    _depth: int
    _file: tuple[int, int] | None

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One immediate transaction; inside another, a part of it (its end commits all)."""
        with self._transaction("BEGIN IMMEDIATE"):
            yield

    @contextmanager
    def intent(self) -> Iterator[None]:
        """For a caller whose one gesture is several writes: all of them in one transaction."""
        with self._write():
            yield

    @contextmanager
    def _read(self) -> Iterator[None]:
        """One read transaction: every read inside sees the same version of the database."""
        with self._transaction("BEGIN"):
            yield

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        conn = self.db.conn
        if begin != "BEGIN" and self._file is not None and file_identity(self.path) != self._file:
            # Replaced under this connection (a restore from outside): a write would go to a
            # file nobody will read again and be lost, so it is refused.
            raise StorageUnavailable(unavailable_message("replaced", str(self.path)), "replaced")
        try:
            conn.execute(begin)
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc
        self._depth = 1
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled back itself (a full disk, an I/O error)
            if isinstance(exc, sqlite3.Error | OSError):
                raise explain(exc, self.path) from exc
            raise
        finally:
            self._depth = 0
