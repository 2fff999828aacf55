"""Every accepted hostile document with an unknown id or a dangling reference: usable in every
export and in a second round trip (the other accepted ones: test_hostile_documents_exported.py)."""

from __future__ import annotations

import pytest

from tests.documents import hostile_library
from tests.documents.hostile_catalogue import ACCEPTED_REFERENCES

shared_library = hostile_library.shared_library
repo = hostile_library.repo
passed_by_the_schema = hostile_library.passed_by_the_schema


def test_the_references_are_a_good_share_of_the_accepted_documents():
    assert len(ACCEPTED_REFERENCES) > 20
    assert all(name.startswith("unknown") for name in ACCEPTED_REFERENCES[:20])


@pytest.mark.parametrize("name", ACCEPTED_REFERENCES)
def test_an_accepted_document_with_an_unknown_reference_is_usable_everywhere(
    repo, tmp_path, passed_by_the_schema, name
):
    hostile_library.usable_everywhere(repo, tmp_path, passed_by_the_schema, name)
