"""A library at every earlier schema version is updated with its data, references and rules whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.store import Repository, schema
from workshop_app.store.connection import _steps
from workshop_app.store.migrations import LATEST, MIGRATIONS

# Rows valid at every version, in the tables each version has; text a user might type.
ROWS = {
    "sessions": [
        {
            "id": "s1",
            "title": "Zażółć <b>gęślą</b> & 销售",
            "language": "pl",
            "created_at": "2026-01-01",
            "updated_at": "2026-01-02",
        },
        {"id": "s2", "title": "Trashed", "created_at": "2026-01-01", "updated_at": "2026-01-01"},
    ],
    "participants": [
        {"session_id": "s1", "id": "p1", "position": 0, "department": "marketing"},
        {"session_id": "s1", "id": "p2", "position": 1, "name": "李雷", "department": "sales"},
    ],
    "sections": [{"session_id": "s1", "name": "friction", "data": '{"items": []}'}],
    "actions": [
        {
            "session_id": "s1",
            "id": "a1",
            "position": 0,
            "title": "Agree the lead definition",
            "department": "sales",
            "status": "in_progress",
            "impact": 4,
            "votes": 3,
        },
        {"session_id": "s2", "id": "a2", "position": 0, "title": "Elsewhere"},
    ],
    "action_events": [
        {
            "session_id": "s1",
            "id": "e1",
            "action_id": "a1",
            "at": "2026-01-03",
            "kind": "status",
            "status": "in_progress",
        }
    ],
}


def _library_at(path: Path, version: int) -> None:
    """A library as the Truce of schema ``version`` left it, with ROWS in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in MIGRATIONS[:version]:
        conn.execute("BEGIN")
        for step in _steps(script):
            step(conn) if callable(step) else conn.execute(step)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    for table, rows in ROWS.items():
        if table in tables:
            for row in rows:
                names = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    conn.close()


def _contents(conn: sqlite3.Connection, table: str) -> list[dict]:
    conn.row_factory = sqlite3.Row
    try:
        found = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        return [{key: row[key] for key in ROWS[table][0] if key in row.keys()} for row in found]
    finally:
        conn.row_factory = None


def _shape(conn: sqlite3.Connection) -> dict:
    """Every column, reference and index of every table, as SQLite reports them."""
    tables = [
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    return {
        table: (
            conn.execute(f"PRAGMA table_xinfo({table})").fetchall(),
            sorted(conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()),
            sorted(
                (name, unique, origin, partial)
                for _, name, unique, origin, partial in conn.execute(f"PRAGMA index_list({table})")
            ),
        )
        for table in tables
    }


@pytest.mark.parametrize("version", range(1, LATEST))
def test_a_library_at_every_earlier_version_is_updated_whole(tmp_path, version):
    old = tmp_path / "old.db"
    _library_at(old, version)
    before = sqlite3.connect(old)
    kept = {
        table: _contents(before, table)
        for table in ROWS
        if before.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    }
    before.close()

    Repository.open(old).close()
    Repository.open(tmp_path / "new.db").close()

    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone() == (LATEST,)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, rows in kept.items():
        assert _contents(conn, table) == rows, table
    # The same tables, columns, defaults, references and indexes as a library made new, and the
    # same rules: the text of each CHECK is in both.
    fresh = sqlite3.connect(tmp_path / "new.db")
    assert _shape(conn) == _shape(fresh)
    checks = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    for (name, migrated), (_, made) in zip(
        conn.execute(checks), fresh.execute(checks), strict=True
    ):
        assert migrated.count("CHECK") == made.count("CHECK"), name
    fresh.close()
    defaults = {row[1]: row[4] for row in conn.execute("PRAGMA table_info(actions)")}
    assert defaults["votes"] == "0" and defaults["priority"] == "'medium'"

    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(
        "INSERT INTO actions (session_id, id, position, title, department) "
        "VALUES ('s1', 'j', 9, 'Together', 'joint')"
    )
    assert conn.execute("SELECT typeof(votes) FROM actions WHERE id = 'j'").fetchone() == (
        "integer",
    )
    for refused in (
        "UPDATE actions SET department = 'both'",
        "UPDATE actions SET status = 'someday'",
        "UPDATE participants SET department = 'joint'",
        "INSERT INTO actions (session_id, id, position, title) VALUES ('nobody', 'x', 0, 'x')",
        "INSERT INTO action_events (session_id, id, action_id, at, kind, status) "
        "VALUES ('s1', 'e9', 'no-such-action', '2026-01-04', 'status', 'done')",
    ):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(refused)
    # Removing a session still takes its participants, actions and their history with it.
    conn.execute("DELETE FROM sessions WHERE id = 's1'")
    for table in ("participants", "sections", "actions", "action_events"):
        assert conn.execute(f"SELECT count(*) FROM {table} WHERE session_id = 's1'").fetchone() == (
            0,
        )
    conn.close()


def test_an_update_leaves_the_schema_on_the_first_page(tmp_path):
    _library_at(tmp_path / "old.db", LATEST - 1)
    repo = Repository.open(tmp_path / "old.db")
    try:
        pages = "SELECT count(*) FROM dbstat WHERE name = 'sqlite_schema'"
        assert repo.db.execute(pages).fetchone() == (1,)
    finally:
        repo.close()


def test_a_new_library_is_made_at_the_latest_version_without_sqlite_utils(tmp_path):
    """schema.py describes the latest migration's result; a migration added without it would
    make every new library replay the migrations (and load sqlite-utils)."""
    assert schema.VERSION == LATEST
    code = (
        "import sys; from pathlib import Path; from workshop_app.store import Repository; "
        "Repository.open(Path(sys.argv[1])).close(); print('sqlite_utils' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "new.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert found.stdout.strip() == "False", found.stderr
