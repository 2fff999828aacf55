"""The hostile-document catalogue: each file is refused with one accurate line and the library left
as it was. The accepted ones are exported in test_hostile_documents_exported.py and
test_hostile_references_exported.py (each about as long as this module)."""

from __future__ import annotations

import pytest

from tests.documents import hostile_library
from tests.documents.hostile_catalogue import CASES
from tests.documents.hostile_library import library_state
from workshop_app import library
from workshop_app.errors import DocumentError

shared_library = hostile_library.shared_library
repo = hostile_library.repo
passed_by_the_schema = hostile_library.passed_by_the_schema


def test_the_catalogue_is_well_over_a_hundred_cases_of_both_kinds():
    refused = [name for name, (_, expect) in CASES.items() if expect is not None]
    accepted = [name for name, (_, expect) in CASES.items() if expect is None]
    assert len(CASES) > 250 and len(refused) > 200 and len(accepted) > 30


@pytest.mark.parametrize("name", [n for n, (_, e) in CASES.items() if e is not None])
def test_a_hostile_document_is_refused_with_one_accurate_line(
    repo, tmp_path, passed_by_the_schema, name
):
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
