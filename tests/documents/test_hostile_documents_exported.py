"""Every accepted hostile document but those with unknown ids or dangling references (they are in
test_hostile_references_exported.py): usable in every export and in a second round trip."""

from __future__ import annotations

import pytest

from tests.documents import hostile_library
from tests.documents.hostile_catalogue import ACCEPTED_OTHERS

shared_library = hostile_library.shared_library
repo = hostile_library.repo
passed_by_the_schema = hostile_library.passed_by_the_schema


@pytest.mark.parametrize("name", ACCEPTED_OTHERS)
def test_an_accepted_hostile_document_is_usable_everywhere(
    repo, tmp_path, passed_by_the_schema, name
):
    hostile_library.usable_everywhere(repo, tmp_path, passed_by_the_schema, name)
