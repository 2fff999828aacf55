"""One transaction per intent, reads in one read transaction, and a schema the database enforces."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import psycopg
import pytest

from workshop_app import library
from workshop_app.domain import Action
from workshop_app.store import Repository, backups, rows
from workshop_app.store.connection import migrate
from workshop_app.store.faults import DatabaseDamaged, DatabaseError
from workshop_app.store.migrations import MIGRATIONS
from workshop_app.store.replay import PartChanged


@pytest.mark.sqlite_only
def test_replacing_a_session_that_cannot_be_stored_keeps_the_old_one(repo, monkeypatch):
    session = library.create_session(repo, "Mine")
    repo.save_action(session.id, Action(id="mine", title="Mine"))
    theirs = replace(repo.get(session.id), actions=[Action(id="theirs", title="Theirs")])

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(rows, "insert_actions", fail)  # after the delete, inside the insert
    with pytest.raises(DatabaseError):
        library.import_session(repo, theirs, "replace")
    assert [a.id for a in repo.get(session.id).actions] == ["mine"]


@pytest.mark.sqlite_only
def test_a_session_is_read_in_one_read_transaction(repo):
    session = library.create_session(repo, "Read whole")
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    repo.get(session.id)
    repo.db.conn.set_trace_callback(None)
    assert statements[0] == "BEGIN" and statements[-1] == "COMMIT"
    assert sum(s.startswith("SELECT") for s in statements) >= 4
    assert not any(s in ("BEGIN", "COMMIT") for s in statements[1:-1])


@pytest.mark.sqlite_only
def test_an_undo_of_the_plan_is_one_transaction_and_all_or_nothing(repo, monkeypatch):
    session = library.create_session(repo, "Plan")
    for n in range(3):
        repo.save_action(session.id, Action(id=f"a{n}", title=f"Action {n}"))
    now = repo.part(session.id, "actions")
    earlier = [replace(a, title=a.title + " (earlier)") for a in reversed(now)]
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    repo.put_parts(session.id, [("actions", now, earlier)])
    repo.db.conn.set_trace_callback(None)
    assert statements.count("BEGIN IMMEDIATE") == 1 and statements.count("COMMIT") == 1
    assert [a.title for a in repo.part(session.id, "actions")] == [a.title for a in earlier]
    # A failure half-way leaves the plan as it was.
    calls = []
    original = repo.save_action

    def fail_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return original(*args, **kwargs)

    monkeypatch.setattr(repo, "save_action", fail_second)
    with pytest.raises(DatabaseError, match="full"):
        repo.put_parts(session.id, [("actions", earlier, now)])
    assert [a.title for a in repo.part(session.id, "actions")] == [a.title for a in earlier]


def test_a_part_changed_since_the_step_is_not_written_back(repo):
    session = library.create_session(repo, "Guarded")
    repo.save_action(session.id, Action(id="a", title="Renamed"))
    left = repo.part(session.id, "actions")
    repo.update_action(session.id, "a", "done")  # the tracker, not on the undo stack
    with pytest.raises(PartChanged):
        repo.put_parts(session.id, [("actions", left, [])])
    assert [str(a.status) for a in repo.part(session.id, "actions")] == ["done"]


# ------------------------------------------------------------------ the schema's rules


@pytest.mark.parametrize(
    ("sql", "values"),
    [
        ("UPDATE actions SET status = ? WHERE id = 'a'", ["finished"]),
        ("UPDATE actions SET priority = ? WHERE id = 'a'", ["urgent"]),
        ("UPDATE actions SET impact = ? WHERE id = 'a'", [6]),
        ("UPDATE actions SET department = ? WHERE id = 'a'", ["finance"]),
        ("UPDATE sessions SET language = ?", ["fr"]),
        ("UPDATE participants SET department = ?", ["hr"]),
        (
            "INSERT INTO action_events (session_id, id, action_id, at, kind, status) "
            "SELECT id, 'e1', 'a', '2026-01-01', ?, 'done' FROM sessions",
            ["promoted"],
        ),
        (
            "INSERT INTO action_events (session_id, id, action_id, at, kind, status) "
            "SELECT id, 'e2', ?, '2026-01-01', 'status', 'done' FROM sessions",
            ["no-such-action"],
        ),
        ("INSERT INTO sections (session_id, name, data) VALUES (?, 'goals', '{}')", ["nobody"]),
    ],
)
def test_the_database_refuses_values_outside_the_schema(repo, sql, values):
    session = library.create_session(repo, "Rules")
    repo.save_participants(session.id, [])
    from workshop_app.domain import Participant

    repo.save_participants(session.id, [Participant(id="p", name="Ana", department="sales")])
    repo.save_action(session.id, Action(id="a", title="Act"))
    with pytest.raises((sqlite3.IntegrityError, psycopg.errors.IntegrityError)):
        repo.db.execute(sql, values)


def test_removing_an_action_takes_its_history_with_it_by_reference(repo):
    session = library.create_session(repo, "Cascade")
    repo.save_action(session.id, Action(id="a", title="Act"))
    repo.update_action(session.id, "a", "done", comment="finished early")
    repo.db.execute("DELETE FROM actions WHERE id = 'a'")
    assert repo.db.execute("SELECT count(*) FROM action_events").fetchone()[0] == 0


def _version_3(db_path):
    """A library written by the previous version (schema 3), with a session in it."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for number, script in MIGRATIONS:
        if number <= 3:
            conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO sessions (id, title, language, created_at, updated_at) "
        "VALUES ('s1', 'Kept', 'pl', '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO participants (session_id, id, position, department) "
        "VALUES ('s1', 'p1', 0, 'marketing')"
    )
    conn.execute(
        "INSERT INTO actions (session_id, id, position, title, status) "
        "VALUES ('s1', 'a1', 0, 'Zażółć', 'in_progress')"
    )
    conn.execute(
        "INSERT INTO action_events (session_id, id, action_id, at, kind, status) "
        "VALUES ('s1', 'e1', 'a1', '2026-01-02', 'status', 'in_progress')"
    )
    return conn


def test_migrating_a_previous_library_keeps_everything_and_takes_a_backup(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _version_3(db_path).close()
    repo = Repository.open(db_path)
    try:
        session = repo.get("s1")
        assert session.info.title == "Kept" and session.info.language == "pl"
        assert [a.title for a in session.actions] == ["Zażółć"]
        assert [e.id for e in session.history] == ["e1"]
        assert repo.db.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1][0]
        assert repo.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert any(b.reason.startswith("before-schema") for b in backups.list_backups(db_path))
        with pytest.raises(sqlite3.IntegrityError):
            repo.db.execute("UPDATE actions SET status = 'lost'")
    finally:
        repo.close()


def test_a_library_with_values_the_rules_refuse_is_left_as_it_was(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = _version_3(db_path)
    conn.execute("UPDATE actions SET status = 'someday'")
    conn.close()
    with pytest.raises(DatabaseError, match="status") as refused:
        Repository.open(db_path)
    assert not isinstance(refused.value, DatabaseDamaged)
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 3
    assert check.execute("SELECT status FROM actions").fetchall() == [("someday",)]
    check.close()
    assert not list(db_path.parent.glob("*.damaged-*"))


@pytest.mark.sqlite_only
def test_the_runner_takes_statement_lists_and_python_steps(repo, monkeypatch):
    seen = []
    steps = [
        "CREATE TABLE scratch (n INTEGER NOT NULL CHECK (n > 0))",
        lambda conn: seen.append(conn.execute("SELECT count(*) FROM scratch").fetchone()[0]),
        "INSERT INTO scratch VALUES (1)",
    ]
    monkeypatch.setattr(
        "workshop_app.store.connection.MIGRATIONS", [*MIGRATIONS, (99, steps)], raising=True
    )
    monkeypatch.setattr("workshop_app.store.connection.LATEST", 99)
    migrate(repo.db, repo.path)
    assert seen == [0]
    assert repo.db.execute("SELECT n FROM scratch").fetchall() == [(1,)]
    assert repo.db.execute("PRAGMA user_version").fetchone()[0] == 99
