"""The team library on a real PostgreSQL server: its schema, versions, concurrent writers and a
connection that fails. (The behaviour it shares with the local library is tested by the other
storage tests, which run against both.)"""

from __future__ import annotations

import threading
from dataclasses import replace

import psycopg
import pytest

from workshop_app import library
from workshop_app.domain import Action, ActionStatus
from workshop_app.errors import ValidationError
from workshop_app.store import rows
from workshop_app.store.faults import DatabaseError, StorageUnavailable
from workshop_app.store.team import is_team_address, where
from workshop_app.store.team.repository import TeamRepository
from workshop_app.store.team.schema import LATEST


@pytest.fixture
def fresh(team_server):
    """A database of its own, for tests of what happens on first connect."""
    name = team_server.new_database("fresh")
    yield team_server.uri(name)
    team_server.drop_database(name)


def test_addresses_are_told_from_files_and_named_without_secrets():
    assert is_team_address("postgresql://ana@db.example.org/truce?sslmode=verify-full")
    assert is_team_address("service=truce")
    assert not is_team_address("/home/ana/truce.db")
    assert not is_team_address("C:\\Users\\ana\\truce.db")
    assert where("postgresql://ana:secret@db.example.org:5432/truce?sslmode=require") == (
        "the team library “truce” on db.example.org"
    )
    assert where("service=acme") == "the team library “acme”"


def test_first_connect_migrates_and_the_next_does_not(fresh):
    first = TeamRepository.connect(fresh)
    first.close()
    with psycopg.connect(fresh) as conn:
        assert conn.execute("SELECT version FROM truce_schema").fetchall() == [(LATEST,)]
    again = TeamRepository.connect(fresh)
    assert again.list_sessions() == []
    again.close()
    with psycopg.connect(fresh) as conn:
        assert conn.execute("SELECT count(*) FROM truce_schema").fetchone() == (LATEST,)


def test_a_library_from_a_newer_truce_is_refused(fresh):
    TeamRepository.connect(fresh).close()
    with psycopg.connect(fresh, autocommit=True) as conn:
        conn.execute("INSERT INTO truce_schema VALUES (%s)", [LATEST + 1])
    with pytest.raises(DatabaseError, match=f"newer version of Truce \\(schema {LATEST + 1}\\)"):
        TeamRepository.connect(fresh)


def test_every_change_counts_a_version_and_names_who_made_it(team_repo):
    session = library.create_session(team_repo, "Counted")
    first = team_repo.stamp(session.id)
    assert first["version"] == 1 and first["changed_by"] == "truce_admin"
    team_repo.update_info(session.id, organisation="Zakład Łódź")
    team_repo.save_action(session.id, Action(id="a", title="Call back"))
    assert team_repo.stamp(session.id)["version"] == 3
    team_repo.replace_session(replace(team_repo.get(session.id), actions=[]))
    assert team_repo.stamp(session.id)["version"] == 4  # replaced whole, still counting
    assert team_repo.stamp("nobody") is None


def test_replacing_a_session_that_cannot_be_stored_keeps_the_old_one(team_repo, monkeypatch):
    session = library.create_session(team_repo, "Mine")
    team_repo.save_action(session.id, Action(id="mine", title="Mine"))
    theirs = replace(team_repo.get(session.id), actions=[Action(id="theirs", title="Theirs")])

    def fail(*args, **kwargs):
        raise ValidationError("refused half-way")

    monkeypatch.setattr(rows, "insert_actions", fail)  # after the delete, inside the insert
    with pytest.raises(ValidationError):
        library.import_session(team_repo, theirs, "replace")
    assert [a.id for a in team_repo.get(session.id).actions] == ["mine"]
    assert team_repo.stamp(session.id)["version"] == 2


def test_a_server_that_is_not_there_is_one_sentence(tmp_path):
    with pytest.raises(StorageUnavailable) as refused:
        TeamRepository.connect(f"postgresql://ana@/truce?host={tmp_path}&connect_timeout=2")
    message = str(refused.value)
    assert refused.value.reason == "unreachable"
    assert message.startswith("Truce cannot reach the team library “truce” on this computer (")
    assert "\n" not in message and "Traceback" not in message


def test_a_lost_connection_is_opened_again_or_said_in_a_sentence(team_repo, team_server):
    session = library.create_session(team_repo, "Kept")
    database = team_repo.db.conn.info.dbname
    with team_server.admin() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [team_repo.db.conn.info.backend_pid])
    # Lost between two calls (the server restarted): the next call connects again by itself.
    assert [s.id for s in team_repo.list_sessions()] == [session.id]
    with team_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        admin.execute("SELECT pg_terminate_backend(%s)", [team_repo.db.conn.info.backend_pid])
    try:
        # The server is not there any more: one sentence, and the write is said not saved.
        with pytest.raises(
            StorageUnavailable, match="^Truce cannot reach the team library"
        ) as lost:
            team_repo.update_info(session.id, location="Poznań")
        assert lost.value.reason == "unreachable" and "was not saved" in str(lost.value)
        with pytest.raises(StorageUnavailable) as reading:
            team_repo.list_sessions()
        assert "not saved" not in str(reading.value)
    finally:
        with team_server.admin() as admin:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    assert team_repo.get(session.id).info.location == ""


def test_two_writers_of_one_session_lose_nothing(team_repo, team_address):
    session = library.create_session(team_repo, "Busy")
    team_repo.save_actions(session.id, [Action(id=f"a{n}", title=f"Action {n}") for n in range(4)])
    others = [TeamRepository.connect(team_address) for _ in range(2)]
    start = threading.Barrier(2)
    failures: list[BaseException] = []
    statuses = [ActionStatus.IN_PROGRESS, ActionStatus.DONE]

    def work(writer: int) -> None:
        repo = others[writer]
        try:
            start.wait()
            for round_ in range(5):
                for n in range(4):
                    # both update every action, each with its own comment, at the same time
                    repo.update_action(
                        session.id,
                        f"a{n}",
                        statuses[(writer + round_) % 2],
                        comment=f"writer {writer} round {round_}",
                    )
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for repo in others:
        repo.close()
    assert failures == []
    for n in range(4):
        comments = [e.comment for e in team_repo.action_history(session.id, f"a{n}")]
        assert sorted(comments) == sorted(
            f"writer {w} round {r}" for w in range(2) for r in range(5)
        )
    # one version per write: created, the four actions added, then forty updates
    assert team_repo.stamp(session.id)["version"] == 1 + 1 + 2 * 5 * 4


def test_without_postgresql_the_tests_say_how_to_get_it(monkeypatch):
    from tests import team_server

    monkeypatch.setattr(team_server.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(team_server.shutil, "which", lambda name: None)
    with pytest.raises(team_server.ServerMissing, match="run `make testdeps`"):
        team_server.start()
