"""SQLite storage (the standard library's sqlite3; sqlite-utils on request). The repository is the
only code that speaks SQL."""

from workshop_app.store.connection import open_database
from workshop_app.store.repository import Repository

__all__ = ["Repository", "open_database"]
