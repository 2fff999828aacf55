"""The team library's figures for `make bench`: list, search and open against a PostgreSQL team
library of 10,000 sessions and 100,000 actions, held to the local library's targets.

The server is the tests' throwaway one (tests/team_server.py), on a Unix socket of this machine:
the figures are the library's own cost, without a network's. The library is filled on the server
(one demo session of ten actions, copied 9,999 times by SQL) in seconds rather than minutes.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from benchmarks.run import Figure

SESSIONS = 10_000
ACTIONS_EACH = 10
ROWS_ON_SCREEN = 60  # the library's first screenful, as the window asks for it


def _copies(repo, template_id: str, count: int) -> None:
    """``count`` copies of the template session, each with its own ids, title and organisation."""
    info = (
        "title, organisation, date, location, facilitator, language, notes, series_id, "
        "previous_id, follow_up_date, created_at, updated_at"
    )
    with repo.intent():
        repo.db.execute(
            f"""
            INSERT INTO sessions (id, {info}, search_text)
            SELECT 'copy' || g, 'Workshop ' || g, 'Company ' || (g % 700), t.date, t.location,
                   t.facilitator, t.language, t.notes, 'copy' || g, '', '', t.created_at,
                   t.updated_at,
                   lower('Workshop ' || g || ' Company ' || (g % 700) || ' ' || t.facilitator
                         || ' ' || t.location)
            FROM generate_series(1, {count}) g, sessions t WHERE t.id = ?
            """,
            [template_id],
        )
        for table, columns in (
            ("participants", "id, position, name, department, role, anonymous"),
            ("sections", "name, data"),
            (
                "actions",
                "id, position, title, description, source_kind, source_ref, owner, department, "
                "due, priority, status, success_measure, impact, effort, votes, carried_from",
            ),
        ):
            repo.db.execute(
                f"INSERT INTO {table} (session_id, {columns}) "
                f"SELECT 'copy' || g, {columns} FROM generate_series(1, {count}) g, {table} "
                "WHERE session_id = ?",
                [template_id],
            )
        repo.db.execute("ANALYZE")


def _listing(repo) -> None:
    ids = repo.session_ids()
    repo.summaries(ids[:ROWS_ON_SCREEN])


def _local(big: Path, tmp: Path) -> tuple[float, float]:
    """The same list and read in the local library, for comparison (milliseconds)."""
    from benchmarks.run import big_session, timed
    from workshop_app.store import Repository

    repo = Repository.open(big / "truce.db")
    listed = statistics.median(timed(lambda: _listing(repo), 20))
    repo.close()
    repo = Repository.open(tmp / "team-local.db")
    session = big_session(repo)
    read = statistics.median(timed(lambda: repo.get(session.id), 20))
    repo.close()
    return listed, read


def bench_team(figure: type[Figure], big: Path, tmp: Path) -> list[Figure]:
    """``big``: the local library of 10,000 sessions the other figures use."""
    from benchmarks.run import big_session, timed
    from tests.team_server import start
    from workshop_app.demo import demo_session
    from workshop_app.store.team.repository import TeamRepository

    local_list_ms, local_open_ms = _local(big, tmp)
    server = start()
    try:
        repo = TeamRepository.connect(server.uri(server.new_database("bench")))
        template = demo_session("en")
        template.actions = template.actions[:ACTIONS_EACH]
        template.history = []
        template = replace(template, info=replace(template.info, title="Workshop 0"))
        repo.add(template)
        _copies(repo, template.id, SESSIONS - 1)
        sessions = repo.db.execute("SELECT count(*) FROM sessions").fetchone()[0]
        actions = repo.db.execute("SELECT count(*) FROM actions").fetchone()[0]
        assert (sessions, actions) == (SESSIONS, SESSIONS * ACTIONS_EACH), (sessions, actions)

        lists = timed(lambda: _listing(repo), 20)
        searches = timed(lambda: repo.list_sessions("company 42"), 20)
        big = big_session(repo)
        opens = timed(lambda: repo.get(big.id), 20)
        repo.close()
    finally:
        server.stop()
    size = f"{SESSIONS:,} sessions, {SESSIONS * ACTIONS_EACH:,} actions"
    return [
        figure(
            "team library: list 10,000 sessions",
            statistics.median(lists),
            50.0,
            "ms",
            f"{size}; local library {local_list_ms:.0f} ms",
        ),
        figure("team library: search 10,000 sessions", statistics.median(searches), 50.0, "ms"),
        figure(
            "team library: read a 500-action session",
            statistics.median(opens),
            150.0,
            "ms",
            f"local library {local_open_ms:.0f} ms",
        ),
    ]
