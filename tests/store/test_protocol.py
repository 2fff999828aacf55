"""The SQLite repository is a SessionRepository, and the protocol holds nothing of a file."""

import inspect

from workshop_app.store import Repository, library_file
from workshop_app.store.protocol import SessionRepository


def _members(cls: type) -> dict[str, object]:
    return {
        name: value
        for name, value in vars(cls).items()
        if not name.startswith("_") and (callable(value) or isinstance(value, property))
    }


def test_the_sqlite_repository_has_every_member_of_the_protocol_with_its_parameters(repo):
    # mypy checks the types (workshop_app/store/__init__.py); this checks the names at run time.
    assert isinstance(repo, Repository)
    for name, member in _members(SessionRepository).items():
        assert hasattr(repo, name), f"Repository has no {name}"
        if isinstance(member, property):
            continue
        wanted = list(inspect.signature(member).parameters)
        found = ["self", *inspect.signature(getattr(repo, name)).parameters]
        assert found == wanted, name


def test_the_protocol_asks_nothing_of_a_file():
    members = set(_members(SessionRepository))
    assert {"get", "add", "intent", "decide_follow_up", "put_parts"} <= members
    for file_concern in ("backup", "backup_daily", "db", "open", "check", "lock"):
        assert file_concern not in members
    # and the repository does not offer them either: they are the SQLite library's file service
    assert not hasattr(Repository, "backup")
    assert callable(library_file.back_up) and callable(library_file.back_up_daily)
