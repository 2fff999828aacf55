"""Shared fixtures: every test gets its own data folder, database and settings; Qt runs offscreen."""

from __future__ import annotations

import copy
import gc
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis would look for plugins of other packages on its import: it finds trio's (selenium
# brings trio), which none of these tests use, at 0.4 s in each process that imports it.
os.environ.setdefault("HYPOTHESIS_NO_PLUGINS", "1")

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from tests import longest_first
from workshop_app.demo import demo_session
from workshop_app.domain import Session, new_id
from workshop_app.store import Repository


def _memory_folder() -> str | None:
    """/dev/shm where it is a memory file system one can write to and run programs from, with room
    for the suite (a fresh environment with Qt takes some 600 MB); otherwise None."""
    folder = "/dev/shm"
    try:
        stats = os.statvfs(folder)
    except OSError:
        return None
    if stats.f_flag & os.ST_NOEXEC or stats.f_flag & os.ST_RDONLY:
        return None
    if not os.access(folder, os.W_OK) or shutil.disk_usage(folder).free < 4 * 1024**3:
        return None
    return folder


# Every test's data folder is in memory where the machine allows: each new database and every
# write waits for the disk (synchronous = FULL), 35 ms for a new library on this disk and 3 ms in
# memory, and nothing a test proves depends on the disk keeping a page after a power cut (the kill
# tests kill processes, whose writes the system keeps). PYTEST_DEBUG_TEMPROOT, or --basetemp,
# chooses another place; pyproject's tmp_path_retention_policy keeps only failed tests' folders.
if "PYTEST_DEBUG_TEMPROOT" not in os.environ and (memory := _memory_folder()):
    os.environ["PYTEST_DEBUG_TEMPROOT"] = memory

# ------------------------------------------------------------- the order modules run in (xdist)

_timings = longest_first.Timings()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:  # pytest-xdist's, in the controller
    longest_first.hand_to_worker(node.config, node.workerinput)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    longest_first.reorder(config, items)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _timings.add(report)


def pytest_sessionfinish(session: pytest.Session) -> None:
    _timings.save(session.config)


# A fixed "today" so dates in the demo session are the same in every run.
TODAY = date(2026, 4, 2)


@pytest.fixture(autouse=True)
def truce_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does reaches the real data folder, and the shell's choices of database and
    lock wait do not reach the tests."""
    home = tmp_path / "truce-home"
    monkeypatch.setenv("TRUCE_HOME", str(home))
    monkeypatch.delenv("TRUCE_DB", raising=False)
    monkeypatch.delenv("TRUCE_LOCK_WAIT", raising=False)
    return home


SHORT_LOCK_WAIT = 0.2  # seconds


@pytest.fixture
def short_lock_wait(truce_home: Path, monkeypatch: pytest.MonkeyPatch) -> float:
    """For a test that holds the database locked on purpose: what Truce opens from now on waits
    a fifth of a second for the lock (TRUCE_LOCK_WAIT), not the two seconds people get. Only those
    tests wait less: elsewhere two writers meeting wait as they would for people. Ask for it with
    @pytest.mark.usefixtures, which sets it up before the window or repository a test asks for."""
    monkeypatch.setenv("TRUCE_LOCK_WAIT", f"{SHORT_LOCK_WAIT:g}")
    return SHORT_LOCK_WAIT


@pytest.fixture
def db_path(truce_home: Path) -> Path:
    return truce_home / "truce.db"


@pytest.fixture
def repo(db_path: Path):
    repository = Repository.open(db_path)
    yield repository
    repository.close()


@cache
def demo_as_built() -> Session:
    """`truce demo`'s session, built from its document once per test process (20 ms each time)."""
    return demo_session("en", today=TODAY)


@pytest.fixture
def demo(repo: Repository) -> Session:
    """The demo session, stored, as the user would get it from `truce demo`: a copy of the one
    built for this process, under an id of its own as each `truce demo` gives it."""
    session = copy.deepcopy(demo_as_built())
    session.info = replace(session.info, id=new_id())
    return repo.add(session)


# ----------------------------------------------------------------- the team library (PostgreSQL)


@pytest.fixture(scope="session")
def team_server():
    """This process's own PostgreSQL server (tests/team_server.py), stopped at the end. If it
    cannot start, every test that needs it fails with the reason: never a silent skip."""
    from tests.team_server import ServerMissing, start

    try:
        server = start()
    except ServerMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def team_address(team_server) -> str:
    """A database of this process's server, migrated by its first test and emptied after each."""
    return team_server.uri(team_server.new_database())


@pytest.fixture
def team_repo(team_address: str):
    from workshop_app.store.team.repository import TeamRepository

    repository = TeamRepository.connect(team_address)
    yield repository
    repository.close()
    import psycopg

    with psycopg.connect(team_address, autocommit=True) as conn:
        conn.execute("TRUNCATE sessions CASCADE")


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting made (every module, Qt's and reportlab's included, and each test) is kept
    out of the cyclic garbage collector's sight, as the window does at start (ui.app): each full
    collection no longer walks it again. About 3 % of the suite's CPU (tests/ui 68.4 -> 66.1 s,
    tests/documents and tests/store 68.7 -> 66.2 s, user time with two workers)."""
    gc.freeze()


@pytest.fixture(scope="module", autouse=True)
def long_lived_frozen_after_each_module() -> Iterator[None]:
    """What outlives a module (the documents printed once per run, shared sessions, the classes
    of windows) is frozen too once the module's own fixtures are gone, after one last collection
    of its garbage: every later full collection walked it again, 15 % of the CPU of
    tests/documents, tests/store and tests/core (12.1 of 78 s in the collector, 5.7 s after).
    Cyclic garbage made from then on is collected as before."""
    yield
    gc.collect()
    gc.freeze()
