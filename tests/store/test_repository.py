"""Storage: the database file, migrations, and every write committed as it is made."""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import replace

import pytest

from workshop_app import library
from workshop_app.domain import Action, ActionStatus, Department, Participant, new_id
from workshop_app.errors import Ambiguous, NotFound, ValidationError
from workshop_app.store import Repository, connection, migrations


def raw(db_path, sql, *params):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_a_new_database_is_private_migrated_and_in_wal_mode(repo, db_path):
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert raw(db_path, "PRAGMA user_version") == [(migrations.LATEST,)]
    assert raw(db_path, "PRAGMA journal_mode") == [("wal",)]
    assert repo.db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    tables = {row["name"] for row in repo.db.query("SELECT name FROM sqlite_master")}
    assert {"sessions", "participants", "sections", "actions"} <= tables


@pytest.mark.sqlite_only
def test_the_library_listing_at_start_up_reads_the_listing_index_alone(repo, monkeypatch):
    """Start-up lists every session's id; with 10,000 sessions, reading each row as well as the
    index doubled the time. SQLite says which it does in its query plan."""
    plans = []
    execute = repo.db.execute

    def spy(sql, params=()):
        if sql.lstrip().startswith("SELECT s.id FROM sessions"):
            plans.extend(row[-1] for row in execute("EXPLAIN QUERY PLAN " + sql, params))
        return execute(sql, params)

    monkeypatch.setattr(repo.db, "execute", spy)
    repo.session_ids()
    assert plans == ["SEARCH s USING COVERING INDEX sessions_listing (deleted_at=?)"]


def test_reopening_does_not_migrate_or_back_up_again(repo, db_path):
    library.create_session(repo, "Kept")
    repo.close()
    again = Repository.open(db_path)
    assert [s.title for s in again.list_sessions()] == ["Kept"]
    assert not (db_path.parent / "backups").exists()
    again.close()


def test_a_migration_backs_up_the_database_first(repo, db_path, monkeypatch):
    library.create_session(repo, "Before the upgrade")
    repo.close()
    extra = (migrations.LATEST + 1, "CREATE TABLE notes (id TEXT PRIMARY KEY)")
    monkeypatch.setattr(connection, "MIGRATIONS", [*migrations.MIGRATIONS, extra])
    monkeypatch.setattr(connection, "LATEST", extra[0])
    upgraded = Repository.open(db_path)
    backups = list((db_path.parent / "backups").glob("*.db"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    assert raw(backups[0], "SELECT title FROM sessions") == [("Before the upgrade",)]
    assert raw(db_path, "PRAGMA user_version") == [(extra[0],)]
    upgraded.close()


def test_a_database_from_a_newer_truce_is_refused(db_path):
    Repository.open(db_path).close()
    raw(db_path, "PRAGMA user_version = 99")
    with pytest.raises(connection.DatabaseError, match="newer version of Truce"):
        Repository.open(db_path)


def test_a_file_that_is_not_a_database_gets_a_clear_message(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(connection.DatabaseError, match="cannot be read|damaged"):
        Repository.open(db_path)


def test_edits_are_committed_before_the_call_returns(repo, db_path):
    session = library.create_session(repo, "Live")
    repo.update_info(session.id, organisation="Zakład Łódź 😀")
    # Another connection sees the edit at once: it is committed, not waiting in a transaction.
    assert raw(db_path, "SELECT organisation FROM sessions") == [("Zakład Łódź 😀",)]


def test_participants_keep_their_order_and_anonymity(repo):
    session = library.create_session(repo, "People")
    people = [
        Participant(id="a", name="Ewa", department=Department.MARKETING, role="Head of Marketing"),
        Participant(id="b", name="Sales 1", department=Department.SALES, anonymous=True),
    ]
    repo.save_participants(session.id, people)
    assert repo.get(session.id).participants == people
    with pytest.raises(ValidationError, match="twice"):
        repo.save_participants(session.id, people + [people[0]])
    assert repo.get(session.id).participants == people  # the refused write changed nothing


def test_sections_and_actions_are_stored_and_reordered(repo):
    session = library.create_session(repo, "Plan")
    frictions = session.frictions
    frictions.notes = "Budget fight every January"
    repo.save_section(session.id, "frictions", frictions)
    first = Action(id=new_id(), title="Agree what a lead is", owner="Ewa", due="2026-05-01")
    second = Action(id=new_id(), title="Monthly joint meeting", status=ActionStatus.IN_PROGRESS)
    repo.save_action(session.id, first)
    repo.save_action(session.id, second)
    repo.save_action(session.id, replace(first, status=ActionStatus.DONE))
    repo.reorder_actions(session.id, [second.id, first.id])
    loaded = repo.get(session.id)
    assert loaded.frictions.notes == "Budget fight every January"
    assert [a.title for a in loaded.actions] == ["Monthly joint meeting", "Agree what a lead is"]
    assert loaded.actions[1].status is ActionStatus.DONE
    repo.remove_action(session.id, second.id)
    assert [a.id for a in repo.get(session.id).actions] == [first.id]


def test_text_limits_are_enforced_with_a_clear_message(repo):
    session = library.create_session(repo, "Limits")
    repo.update_info(session.id, notes="n" * 20_000)
    with pytest.raises(ValidationError, match="20,001 characters"):
        repo.update_info(session.id, notes="n" * 20_001)
    with pytest.raises(ValidationError, match="needs a title"):
        repo.update_info(session.id, title="   ")
    with pytest.raises(ValidationError, match="cannot be changed"):
        repo.update_info(session.id, language="pl")
    assert repo.get(session.id).info.notes == "n" * 20_000


def test_search_ignores_case_in_every_language(repo):
    library.create_session(repo, "Warsztat", organisation="ŻABKA Polska")
    library.create_session(repo, "销售与市场 workshop", facilitator="Li Wei")
    assert [s.title for s in repo.list_sessions("żabka")] == ["Warsztat"]
    assert [s.title for s in repo.list_sessions("销售")] == ["销售与市场 workshop"]
    assert [s.title for s in repo.list_sessions("%")] == []  # no wildcards leak into the search


def test_delete_moves_to_trash_and_purge_removes_everything(repo):
    session = library.create_session(repo, "Temporary")
    repo.save_action(session.id, Action(id="x", title="Something"))
    repo.delete(session.id)
    assert repo.list_sessions() == []
    assert [s.id for s in repo.list_sessions(trash=True)] == [session.id]
    repo.restore(session.id)
    assert [s.id for s in repo.list_sessions()] == [session.id]
    repo.purge(session.id)
    assert repo.db.execute("SELECT count(*) FROM actions").fetchone() == (0,)
    with pytest.raises(NotFound):
        repo.get(session.id)


def test_find_accepts_an_id_a_prefix_or_a_unique_title(repo):
    one = library.create_session(repo, "Alpha")
    library.create_session(repo, "Twin")
    library.create_session(repo, "Twin")
    assert repo.find(one.id) == one.id
    assert repo.find(one.id[:8]) == one.id
    assert repo.find("Alpha") == one.id
    with pytest.raises(Ambiguous):
        repo.find("Twin")
    with pytest.raises(NotFound, match="truce list"):
        repo.find("Gamma")


def test_new_sessions_start_with_the_catalogues_of_their_language(repo):
    session = repo.get(library.create_session(repo, "Defaults", language="pl").id)
    assert session.info.language == "pl"
    assert session.info.series_id == session.id
    with pytest.raises(ValidationError, match="Unknown language"):
        library.create_session(repo, "Klingon", language="tlh")
