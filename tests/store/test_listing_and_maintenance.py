"""The library read a page at a time, and the checks moved off start-up: same answers as before."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from workshop_app import library
from workshop_app.domain import Action, Participant
from workshop_app.store import Repository, backups, library_file
from workshop_app.store.connection import DatabaseDamaged
from workshop_app.store.maintenance import check_and_back_up


@pytest.fixture
def stocked(repo):
    made = []
    for title, organisation, date in (
        ("Łódź kick-off", "zakład", "2026-03-01"),
        ("alpha", "Émile & Co", "2026-01-15"),
        ("Beta", "émile & co", "2026-03-01"),
        ("中文 workshop", "Acme", "2025-12-31"),
    ):
        made.append(library.create_session(repo, title, organisation=organisation))
        repo.update_info(made[-1].id, date=date)
    repo.save_participants(made[0].id, [Participant(id="p1", name="Ola")])
    repo.save_action(made[1].id, Action(id="a1", title="One"))
    repo.save_action(made[1].id, Action(id="a2", title="Two"))
    repo.delete(made[3].id)
    # Distinct change times: sessions made within one second would tie completely, and a full
    # tie has no defined order in either query.
    for n, session in enumerate(made):
        repo.db.execute(
            "UPDATE sessions SET updated_at = ? WHERE id = ?",
            [f"2026-04-0{n + 1}T10:00:00", session.id],
        )
    return made


def test_ids_and_summaries_give_exactly_what_list_sessions_gives(repo, stocked):
    for search, trash in (("", False), ("émile", False), ("", True), ("nothing", False)):
        ids = repo.session_ids(search, trash=trash)
        assert repo.summaries(ids) == repo.list_sessions(search, trash=trash)


@pytest.mark.parametrize("column", ["title", "organisation", "facilitator", "language", "date"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_in_sql_matches_python_casefold_with_ties_newest_first(
    repo, stocked, column, descending
):
    listed = repo.list_sessions()

    def key(summary):
        value = getattr(summary, column)
        return value.casefold() if isinstance(value, str) else value

    expected = [s.id for s in sorted(listed, key=key, reverse=descending)]
    assert repo.session_ids(sort=column, descending=descending) == expected


def test_sorting_by_counts(repo, stocked):
    by_actions = repo.summaries(repo.session_ids(sort="actions", descending=True))
    assert by_actions[0].actions == 2
    by_people = repo.summaries(repo.session_ids(sort="participants", descending=True))
    assert by_people[0].participants == 1


def test_an_unknown_sort_is_refused(repo):
    with pytest.raises(Exception, match="cannot be sorted"):
        repo.session_ids(sort="title; DROP TABLE sessions")


def test_summaries_keep_the_order_asked_and_skip_unknown_ids(repo, stocked):
    ids = [s.id for s in stocked[:3]]
    assert [s.id for s in repo.summaries([ids[2], "missing", ids[0]])] == [ids[2], ids[0]]


def test_the_background_check_takes_the_daily_backup_once_privately(repo, db_path):
    library.create_session(repo, "Kept")
    taken = check_and_back_up(db_path)
    assert taken is not None and stat.S_IMODE(taken.stat().st_mode) == 0o600
    assert check_and_back_up(db_path) is None
    tomorrow = datetime.now() + timedelta(days=1)
    assert check_and_back_up(db_path, today=tomorrow) is not None
    assert not list(taken.parent.glob("*.partial"))


def test_the_background_check_finds_damage_and_never_backs_it_up(repo, db_path):
    for n in range(30):
        library.create_session(repo, f"Workshop {n}", organisation="x" * 300)
    repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096, len(data), 97):
        data[offset] = (data[offset] + 91) % 256
    db_path.write_bytes(bytes(data))
    # The window opens without the full check (a garbage header still fails at once) ...
    Repository.open(db_path, check=False).close()
    with pytest.raises(DatabaseDamaged, match="set it aside"):
        check_and_back_up(db_path)
    assert backups.list_backups(db_path) == []


def test_a_backup_cut_short_is_never_listed(repo, db_path):
    library.create_session(repo, "Kept")
    source = sqlite3.connect(db_path)
    with pytest.raises(backups.BackupError):
        backups.take_backup(_Failing(source), db_path, "manual")
    source.close()
    assert backups.list_backups(db_path) == []
    assert not list(backups.backup_dir(db_path).glob("*"))


class _Failing:
    """A connection whose backup dies part-way, as a killed background thread would."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def backup(self, target: sqlite3.Connection, **kwargs) -> None:
        self.conn.backup(target, pages=1)  # some pages written ...
        raise sqlite3.OperationalError("disk I/O error")  # ... then it stops


def test_database_wal_and_backups_are_private_whatever_the_umask(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        path = tmp_path / "home" / "truce.db"
        repo = Repository.open(path)
        library.create_session(repo, "Private")
        for part in (path, path.with_name("truce.db-wal"), path.with_name("truce.db-shm")):
            assert stat.S_IMODE(part.stat().st_mode) == 0o600, part
        assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
        backup = library_file.back_up(repo)
        repo.close()
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        restored = tmp_path / "restored.db"
        backups.restore_backup(backup, restored)
        assert stat.S_IMODE(restored.stat().st_mode) == 0o600
    finally:
        os.umask(old)
