"""The connection the repository speaks through: the standard library's sqlite3 and two calls.

``execute`` writes (and reads a single value); ``query`` reads rows as dictionaries keyed by
column name. sqlite-utils is not on this path: importing it (pluggy, click, dateutil, numpy if
present) would cost every start about a quarter of a second for calls sqlite3 answers itself. It
does the schema migrations' table rebuilds instead (store/migrations.py), which run only when a
library is created or updated.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any


def create_private(path: Path) -> None:
    """Create ``path`` (and its folder) readable and writable by its owner only: a library, or a
    backup of one (store.backups)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _dict_rows(cursor: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


class Database:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dictionaries keyed by column name."""
        cursor = self.conn.cursor()
        cursor.row_factory = _dict_rows
        yield from cursor.execute(sql, parameters)

    def define_function(self, name: str, function: Callable[[Any], Any]) -> None:
        """A one-argument SQL function, deterministic, on this connection."""
        self.conn.create_function(name, 1, function, deterministic=True)

    def table_names(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
