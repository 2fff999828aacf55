"""What the hostile-document tests share (test_hostile_documents.py and the two modules that
export the accepted documents): one library per module holding the demo session, the check that
the schema's compiled checks pass nothing jsonschema refuses, and what an accepted document must
be good for. A module takes the fixtures by name: ``repo = hostile_library.repo``."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import demo_as_built
from tests.documents.hostile_catalogue import CASES
from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.documents.export import export
from workshop_app.domain import new_id
from workshop_app.store import Repository

EXPORTS = [
    ("action-plan", "pdf"),
    ("report", "pdf"),
    ("worksheets", "pdf"),
    ("action-plan", "md"),
    ("report", "md"),
    ("action-plan", "csv"),
    ("action-plan", "json"),
]


def library_state(repo) -> list[tuple[str, str, str]]:
    listed = [*repo.list_sessions(), *repo.list_sessions(trash=True)]
    return [(s.id, s.title, s.updated_at) for s in listed]


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory) -> Iterator[tuple[Repository, list[tuple[str, str, str]]]]:
    """One library for the module, holding the demo session: every case finds it as it was."""
    repo = Repository.open(tmp_path_factory.mktemp("hostile-library") / "truce.db")
    session = copy.deepcopy(demo_as_built())
    session.info = replace(session.info, id=new_id())
    repo.add(session)
    yield repo, library_state(repo)
    repo.close()


@pytest.fixture
def repo(shared_library) -> Iterator[Repository]:
    """The module's library as each case must find it, and leaves it: the demo session only."""
    repo, state = shared_library
    assert library_state(repo) == state
    yield repo
    for session_id, *_ in library_state(repo):
        if session_id not in {kept for kept, *_ in state}:
            repo.purge(session_id)


@pytest.fixture
def passed_by_the_schema(monkeypatch) -> Iterator[list[object]]:
    """The documents the schema's compiled checks pass during a case: jsonschema, which words
    the schema's refusals, must pass each of them too (the catalogue's refusals by the schema
    prove the other way round: the compiled checks send them to jsonschema for its words)."""
    passed: list[object] = []
    compiled = session_document._compiled()

    class Recording:
        def problem(self, doc: object) -> str | None:
            found = compiled.problem(doc)
            if found is None:
                passed.append(doc)
            return found

    monkeypatch.setattr(session_document, "_compiled", Recording)
    yield passed
    assert [doc for doc in passed if not jsonschema_passes(doc)] == []


# jsonschema's verdict on each distinct document, for the whole run: a case's document is read
# back from its own export (the same document twice), and many cases differ from the demo
# session only in their bytes (an encoding, a key order), which parse to the same document.
_VERDICTS: dict[str, bool] = {}


def jsonschema_passes(doc: object) -> bool:
    # sort_keys: the same document whatever its key order; -0.0 and 0 stay distinct.
    key = json.dumps(doc, sort_keys=True, ensure_ascii=False)
    if key not in _VERDICTS:
        _VERDICTS[key] = session_document._validator().is_valid(doc)
    return _VERDICTS[key]


def usable_everywhere(repo: Repository, tmp_path: Path, passed: list[object], name: str) -> None:
    """An accepted document is imported, passes the schema, gives every export, and its JSON
    export is read back to the same session."""
    build, expect = CASES[name]
    assert expect is None, name
    path = tmp_path / "hostile.json"
    path.write_bytes(build())
    session = library.import_file(repo, path)
    assert passed  # the compiled checks passed it, and jsonschema must too
    for document, fmt in EXPORTS:
        written = export(repo, session.id, tmp_path / f"{document}.{fmt}", document, fmt)
        data = written.read_bytes()
        assert data.startswith(b"%PDF") if fmt == "pdf" else data
    first = (tmp_path / "action-plan.json").read_text("utf-8")
    again = session_document.loads(first.encode("utf-8"))
    assert session_document.to_document(again) == json.loads(first)
    repo.purge(session.id)
    library.import_file(repo, tmp_path / "action-plan.json")
    assert session_document.dumps(repo.get(session.id)) == first
