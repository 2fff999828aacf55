"""Interface strings go through Qt's translation system; English plurals come from truce_en.qm."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ui.i18n import install_translators, remove_translators


@pytest.fixture(autouse=True)
def untranslated_afterwards(qapp):
    """A language installed here must not leak into later tests' dates and texts."""
    yield
    remove_translators(qapp)


def test_english_plurals_read_naturally(qapp):
    install_translators(qapp, "en_GB")
    one = QCoreApplication.translate("ActionsPage", "%n action(s)", "", 1)
    many = QCoreApplication.translate("ActionsPage", "%n action(s)", "", 13)
    assert (one, many) == ("1 action", "13 actions")


def test_a_language_without_a_translation_falls_back_to_english_plurals(qapp):
    install_translators(qapp, "fr_FR")
    assert QCoreApplication.translate("SetupPage", "%n participant(s)", "", 2) == "2 participants"
