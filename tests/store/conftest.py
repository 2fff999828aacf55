"""The storage tests run against both libraries: the local SQLite file and the team library on
PostgreSQL. A test of these modules that takes ``repo`` (and not ``db_path``, which only the
file has) runs once per backend; a test about SQLite alone says so with ``sqlite_only``."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from workshop_app.store import Repository

BOTH_BACKENDS = {
    "test_action_history",
    "test_joint_actions",
    "test_listing_and_maintenance",
    "test_protocol",
    "test_repository",
    "test_transactions_and_schema",
    "test_team_library",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of the local SQLite file alone")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    own = inspect.signature(metafunc.function).parameters
    if (
        "repo" in metafunc.fixturenames
        and "db_path" not in own
        and metafunc.module.__name__.rsplit(".", 1)[-1] in BOTH_BACKENDS
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def repo(backend: str, request: pytest.FixtureRequest, db_path: Path):
    if backend == "postgresql":
        yield request.getfixturevalue("team_repo")
        return
    repository = Repository.open(db_path)
    yield repository
    repository.close()
