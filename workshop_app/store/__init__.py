"""SQLite storage: the standard library's sqlite3 for reads and writes, sqlite-utils for the schema
migrations' table rebuilds; and in ``team`` the team library on PostgreSQL (psycopg, imported only
when one is opened). The repositories are the only code that speaks SQL;
``protocol.SessionRepository`` is what their callers may ask of them."""

from typing import TYPE_CHECKING

from workshop_app.store.connection import open_database
from workshop_app.store.repository import Repository

if TYPE_CHECKING:
    from workshop_app.store.protocol import SessionRepository
    from workshop_app.store.team.repository import TeamRepository

    # mypy checks here that the SQLite library and the team library (PostgreSQL) are each a
    # SessionRepository (tests/store/test_protocol.py checks the same names at run time).
    _SQLITE: type[SessionRepository] = Repository
    _TEAM: type[SessionRepository] = TeamRepository

__all__ = ["Repository", "open_database"]
