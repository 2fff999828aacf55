"""The connection the repository speaks through: the few calls it needs, on the standard library.

The repository used to hold a ``sqlite_utils.Database``; importing sqlite-utils (pluggy, click,
dateutil, importlib.metadata) cost about 80 ms of every start, for calls the standard library
answers itself. ``Database`` keeps that interface (``conn``, ``execute``, ``query``,
``table_names``) so the repository reads the same, and ``utils`` still hands out sqlite-utils over
the same connection, imported only when something asks for its table helpers.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import Any


def _dict_rows(cursor: sqlite3.Cursor, row: tuple) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


class Database:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._utils: Any = None

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dictionaries keyed by column name, like ``sqlite_utils.Database.query``."""
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

    @property
    def utils(self) -> Any:
        """sqlite-utils' ``Database`` over this same connection, for its table helpers."""
        if self._utils is None:
            self._utils = _import_sqlite_utils().Database(self.conn)
        return self._utils


def _import_sqlite_utils() -> ModuleType:
    """sqlite-utils imports numpy, if present, only to map numpy column types, which Truce never
    stores; numpy costs a fifth of a second, so it is kept out during this import."""
    blocked = "numpy" not in sys.modules
    if blocked:
        sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        if blocked:
            del sys.modules["numpy"]
    return sqlite_utils
