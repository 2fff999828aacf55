"""Edit ▸ Preferences: the interface language for the next start, and the printing defaults."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from ui import prompts
from ui.dialogs.preferences import PreferencesDialog
from ui.i18n import install_translators, remove_translators
from ui.labels import stage_title
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def untranslated_afterwards(qapp):
    yield
    remove_translators(qapp)


def test_the_dialog_shows_the_current_settings_and_returns_the_new_ones(qtbot, context):
    context.settings.set("export/paper", "letter")
    dialog = PreferencesDialog(context.settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # system default
    assert dialog.paper.currentData() == "letter"
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Polski", "Nederlands", "简体中文", "繁體中文"]
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("department"))
    assert dialog.values() == {
        "ui/language": "pl",
        "export/paper": "letter",
        "export/group_by": "department",
    }


def choose_in_preferences(monkeypatch, values: dict) -> None:
    monkeypatch.setattr(prompts, "preferences", lambda parent, settings: dict(values))


def test_preferences_are_stored_and_the_export_menu_follows(
    window, answers, monkeypatch, truce_home
):
    choose_in_preferences(
        monkeypatch, {"ui/language": "", "export/paper": "letter", "export/group_by": "department"}
    )
    window.preferences_action.trigger()
    stored = Settings(truce_home / "settings.ini")
    assert stored.get("export/paper") == "letter"
    assert stored.get("export/group_by") == "department"
    assert window.findChild(QAction, "paper_letter").isChecked()
    assert not window.findChild(QAction, "paper_a4").isChecked()
    assert window.findChild(QAction, "group_department").isChecked()
    assert "choose" not in answers.asked  # same language: no talk of restarting


def test_a_new_language_is_kept_for_the_next_start_and_can_wait(
    window, answers, monkeypatch, truce_home, demo
):
    choose_in_preferences(
        monkeypatch, {"ui/language": "nl", "export/paper": "a4", "export/group_by": "owner"}
    )
    answers.choice = 1  # Later
    window.preferences_action.trigger()
    assert answers.asked == ["choose"]
    assert Settings(truce_home / "settings.ini").get("ui/language") == "nl"
    assert window.isVisible() and not window.restart_requested
    # The interface language is not the workshop's language.
    assert window.store.load(demo.id).info.language == "en"


def test_restart_now_closes_the_window_for_a_relaunch(window, answers, monkeypatch):
    choose_in_preferences(
        monkeypatch, {"ui/language": "pl", "export/paper": "a4", "export/group_by": "owner"}
    )
    answers.choice = 0  # Restart Now
    window.preferences_action.trigger()
    assert window.restart_requested
    assert not window.isVisible()


def test_cancelling_changes_nothing(window, answers, monkeypatch, context):
    monkeypatch.setattr(prompts, "preferences", lambda parent, settings: None)
    window.preferences_action.trigger()
    assert context.settings.get("ui/language") == ""
    assert answers.asked == []


@pytest.mark.parametrize(
    ("language", "file_menu", "diagnosis"),
    [("pl", "&Plik", "Diagnoza"), ("nl", "&Bestand", "Diagnose"), ("en", "&File", "Diagnosis")],
)
def test_the_next_start_speaks_the_chosen_language(
    qtbot, qapp, context, answers, untranslated_afterwards, language, file_menu, diagnosis
):
    context.settings.set("ui/language", language)
    # What ui.app does at start, before the window is built
    install_translators(qapp, context.settings.get("ui/language"))
    win = MainWindow(context)
    assert win.open_store()
    qtbot.addWidget(win)
    titles = [action.text() for action in win.menuBar().actions()]
    assert titles[0] == file_menu
    assert stage_title("diagnosis") == diagnosis
    assert diagnosis in [action.text() for action in win.stage_actions]


@pytest.mark.parametrize(
    ("language", "pattern", "shown"),
    [
        ("pl", "d.MM.yyyy", "2.04.2026"),
        ("en_US", "dd/MM/yyyy", "02/04/2026"),  # Truce's English is British, its dates too
        ("nl", "dd-MM-yyyy", "02-04-2026"),
        ("zh_TW", "yyyy/M/d", "2026/4/2"),
        ("C", "yyyy-MM-dd", "2026-04-02"),  # no language set: ISO, not "2 04 2026"
    ],
)
def test_dates_are_written_and_picked_in_the_interface_languages_pattern(
    qtbot, qapp, context, untranslated_afterwards, language, pattern, shown
):
    from ui.dialogs.new_session import NewSessionDialog
    from ui.i18n import date_pattern, show_date, show_timestamp

    install_translators(qapp, language)
    assert date_pattern() == pattern
    assert show_date("2026-04-02") == shown
    assert show_timestamp("2026-04-02T10:30:00").startswith(shown + " ")  # naive: local time
    dialog = NewSessionDialog()
    qtbot.addWidget(dialog)
    assert dialog.date.displayFormat() == pattern
