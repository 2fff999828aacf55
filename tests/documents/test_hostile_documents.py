"""The hostile-document catalogue: each file is refused with one accurate line and the library left
as it was, or accepted and then usable in every export and in a second round trip."""

from __future__ import annotations

import json

import pytest

from tests.documents.hostile_catalogue import CASES
from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.documents.export import export
from workshop_app.errors import DocumentError

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
    return [(s.id, s.title, s.updated_at) for s in repo.list_sessions()]


def test_the_catalogue_is_well_over_a_hundred_cases_of_both_kinds():
    refused = [name for name, (_, expect) in CASES.items() if expect is not None]
    accepted = [name for name, (_, expect) in CASES.items() if expect is None]
    assert len(CASES) > 250 and len(refused) > 200 and len(accepted) > 30


@pytest.mark.parametrize("name", [n for n, (_, e) in CASES.items() if e is not None])
def test_a_hostile_document_is_refused_with_one_accurate_line(repo, demo, tmp_path, name):
    build, expect = CASES[name]
    path = tmp_path / "hostile.json"
    path.write_bytes(build())
    before = library_state(repo)
    with pytest.raises(DocumentError) as caught:
        library.import_file(repo, path)
    message = str(caught.value)
    assert expect in message
    assert "\n" not in message and len(message) < 300, message
    assert "is not of type" not in message and "was expected" not in message
    assert library_state(repo) == before


@pytest.mark.parametrize("name", [n for n, (_, e) in CASES.items() if e is None])
def test_an_accepted_hostile_document_is_usable_everywhere(repo, tmp_path, name):
    build, _ = CASES[name]
    path = tmp_path / "hostile.json"
    path.write_bytes(build())
    session = library.import_file(repo, path)
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
