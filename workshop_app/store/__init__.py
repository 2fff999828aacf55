"""SQLite storage: the standard library's sqlite3 for reads and writes, sqlite-utils for the schema
migrations' table rebuilds. The repository is the only code that speaks SQL;
``protocol.SessionRepository`` is what its callers may ask of it."""

from typing import TYPE_CHECKING

from workshop_app.store.connection import open_database
from workshop_app.store.repository import Repository

if TYPE_CHECKING:
    from workshop_app.store.protocol import SessionRepository

    # mypy checks here that the SQLite library is a SessionRepository (tests/store/test_protocol.py
    # checks the same names at run time).
    _SQLITE: type[SessionRepository] = Repository

__all__ = ["Repository", "open_database"]
