"""Every accepted hostile document with an unknown id or a dangling reference opens in the window:
each page, with the projector following, the action tracker and the library, without an error."""

from __future__ import annotations

import pytest

from tests.documents.hostile_catalogue import ACCEPTED_REFERENCES
from tests.ui import hostile_window

shared = hostile_window.shared
answers = hostile_window.answers
window = hostile_window.window


@pytest.mark.parametrize("name", ACCEPTED_REFERENCES)
def test_an_accepted_document_with_an_unknown_reference_opens_on_every_page(
    window, answers, qtbot, tmp_path, name
):
    hostile_window.opens_on_every_page(window, answers, qtbot, tmp_path, name)
