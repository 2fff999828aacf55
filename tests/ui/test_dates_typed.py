"""Dates are typed as well as picked, and read one way everywhere: British for English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.action_update import ActionUpdateDialog
from ui.i18n import date_pattern, install_translators, remove_translators, show_date


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    remove_translators(qapp)


def test_english_dates_are_british(english):
    assert date_pattern() == "dd/MM/yyyy"
    assert show_date("2026-03-12") == "12/03/2026"
    assert show_date("2026-03-12", long=True) == "Thursday, 12 March 2026"


def test_a_new_due_date_can_be_typed(english, qtbot):
    dialog = ActionUpdateDialog("Shared lead definition", "in_progress", "2026-05-01")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.change_due, Qt.Key.Key_Space)
    assert dialog.due.isEnabled()
    dialog.due.setFocus()
    qtbot.waitUntil(dialog.due.hasFocus)
    qtbot.keyClick(dialog.due, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "15/04/2027")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.values()["due"] == "2027-04-15"
    assert dialog.due.date() == QDate(2027, 4, 15)
