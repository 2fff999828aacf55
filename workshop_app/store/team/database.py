"""The team library's connection, speaking as store.database.Database does.

The local library's SQL (store.rows, listing, tracking) is written for SQLite's sqlite3: ``?``
placeholders, rows as dictionaries from ``query``, a cursor with ``fetchone`` and ``rowcount``
from ``execute``. ``TeamDatabase`` gives psycopg the same shape, so that one body of SQL serves
both libraries: placeholders become psycopg's, the one SQLite-only hint (a unary ``+`` that steers
SQLite's planner) is dropped, and the SQLite functions that SQL calls (``casefold``, ``instr``,
``printf``) exist in the team schema as PostgreSQL functions of the same meaning.

A connection that was lost is opened again before the next statement outside a transaction, so
a window left open through a network outage works again once the server is back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

# What SQLite's SQL says that PostgreSQL says otherwise (or not at all).
REWRITES = (("+o.deleted_at", "o.deleted_at"),)


@lru_cache(maxsize=512)
def translate(sql: str, with_parameters: bool) -> str:
    for sqlite, postgres in REWRITES:
        sql = sql.replace(sqlite, postgres)
    if with_parameters:
        sql = sql.replace("%", "%%").replace("?", "%s")
    return sql


class TeamDatabase:
    def __init__(self, connect: Callable[[], psycopg.Connection], conn: psycopg.Connection):
        self._connect = connect  # for connecting again after a loss
        self.conn = conn
        self.in_transaction = False  # set by the repository while it holds one

    def _ready(self) -> psycopg.Connection:
        if (self.conn.closed or self.conn.broken) and not self.in_transaction:
            # Lost between statements: connect again. Inside a transaction psycopg says what was
            # lost instead; a transaction is never half replayed on a new connection.
            self.conn.close()
            self.conn = self._connect()
        return self.conn

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> psycopg.Cursor[Any]:
        cursor = self._ready().cursor()
        cursor.execute(translate(sql, bool(parameters)), list(parameters) or None)
        return cursor

    def query(self, sql: str, parameters: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        from psycopg.rows import dict_row

        cursor = self._ready().cursor(row_factory=dict_row)
        cursor.execute(translate(sql, bool(parameters)), list(parameters) or None)
        yield from cursor

    def define_function(self, name: str, function: Callable[..., Any]) -> None:
        """The team schema defines the SQL functions itself (store.team.schema.FUNCTIONS)."""

    def table_names(self) -> list[str]:
        return [
            row[0]
            for row in self.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() ORDER BY table_name"
            )
        ]

    def close(self) -> None:
        self.conn.close()
