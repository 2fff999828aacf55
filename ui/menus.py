"""The window's menu bar: File, Edit, Series, Go, Session and Help, and the icons of the commands
found by sight. Built once, when the window attaches its store; the commands themselves live
with the window (File, Go) and in the command modules (ui/commands/, ui/exporting.py, …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.commands import menu_action
from ui.commands.importing import import_session
from ui.icons import action_icon
from ui.labels import stage_title
from ui.pages import go_shortcut
from ui.preferences import open_preferences
from ui.team.commands import TeamCommands
from workshop_app.domain.basics import STAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls;
# the context stays MainWindow's, so the catalogues keep their translations.
translate = QCoreApplication.translate


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file = bar.addMenu(translate("MainWindow", "&File"))
    window.new_action = menu_action(
        window,
        translate("MainWindow", "&New Session…"),
        window.library.new_session,
        QKeySequence.StandardKey.New,
        "actionNew",
    )
    window.library_action = menu_action(
        window, translate("MainWindow", "&Library"), window.show_library, "Ctrl+L", "actionLibrary"
    )
    window.import_action = menu_action(
        window,
        translate("MainWindow", "&Import Session…"),
        lambda: import_session(window, window.settings),
        "Ctrl+I",
        "actionImport",
    )
    window.duplicate_action = menu_action(
        window,
        translate("MainWindow", "&Duplicate for Follow-up…"),
        window.duplicate_session,
        "Ctrl+D",
        "actionDuplicate",
    )
    window.backup_action = menu_action(
        window,
        translate("MainWindow", "&Back Up Now"),
        window.backups.backup_now,
        None,
        "actionBackup",
    )
    window.restore_action = menu_action(
        window,
        translate("MainWindow", "&Restore from Backup…"),
        window.backups.restore_backup,
        None,
        "actionRestore",
    )
    window.quit_action = menu_action(
        window,
        translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
        "actionQuit",
    )
    for item in (
        window.new_action,
        window.library_action,
        None,
        window.import_action,
        None,
        window.duplicate_action,
        None,
        window.backup_action,
        window.restore_action,
        None,
        window.quit_action,
    ):
        file.addSeparator() if item is None else file.addAction(item)

    window.team = TeamCommands(window, window.settings)
    window.team.build(file, window.backup_action)

    export_menu = QMenu(translate("MainWindow", "E&xport"), window)
    file.insertMenu(window.duplicate_action, export_menu)
    file.insertSeparator(window.duplicate_action)
    window.export_actions = window.exports.build(export_menu, file, export_menu.menuAction())
    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    undo, redo = window.history.build_actions(window, window.flush_open_session)
    _set_icons(window, export_menu, undo, redo)
    edit.addAction(undo)
    edit.addAction(redo)
    window.capture.build(edit)
    edit.addSeparator()
    window.find_action = menu_action(
        window,
        translate("MainWindow", "&Find Session"),
        window.find_session,
        QKeySequence.StandardKey.Find,
        "actionFind",
    )
    edit.addAction(window.find_action)
    edit.addSeparator()
    window.preferences_action = menu_action(
        window,
        translate("MainWindow", "&Preferences…"),
        lambda: open_preferences(window),
        None,
        "actionPreferences",
    )
    # The platform's own shortcut where it has one (Cmd+, on macOS), and Ctrl+, everywhere.
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    comma = QKeySequence("Ctrl+,")
    window.preferences_action.setShortcuts([*keys, comma] if comma not in keys else keys)
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    edit.addAction(window.preferences_action)

    window.series.build(bar.addMenu(translate("MainWindow", "Ser&ies")))  # Alt+S: Session

    go = bar.addMenu(translate("MainWindow", "&Go"))
    window.previous_action = menu_action(
        window,
        translate("MainWindow", "&Previous Stage"),
        lambda: window.step_stage(-1),
        "Ctrl+PgUp",
        "actionPrevious",
    )
    window.next_action = menu_action(
        window,
        translate("MainWindow", "&Next Stage"),
        lambda: window.step_stage(1),
        "Ctrl+PgDown",
        "actionNext",
    )
    go.addAction(window.previous_action)
    go.addAction(window.next_action)
    go.addSeparator()
    window.stage_actions: list[QAction] = []
    for number, stage in enumerate(STAGES, start=1):
        action = menu_action(
            window,
            stage_title(stage),
            lambda s=stage: window.go_to_stage(s),
            go_shortcut(number),
            f"actionStage_{stage}",
        )
        go.addAction(action)
        window.stage_actions.append(action)

    window.follow_up.build(file, edit, go, window.library_action)
    # Filled with the live commands when they are built (on opening a session or this menu).
    window.session_menu = bar.addMenu(translate("MainWindow", "&Session"))
    window.session_menu.aboutToShow.connect(lambda: window.live)
    window.phone_round_action = menu_action(
        window,
        translate("MainWindow", "Answers from P&hones…"),
        window.open_phone_round,
        None,
        "actionPhoneRound",
    )
    window.session_menu.addAction(window.phone_round_action)
    window.session_menu.aboutToShow.connect(
        lambda: window.phone_round_action.setEnabled(window.in_session())
    )

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        menu_action(
            window,
            translate("MainWindow", "About the &Method"),
            window.show_about,
            "F1",
            "actionAboutMethod",
        )
    )
    help_menu.addAction(
        menu_action(
            window, translate("MainWindow", "&About Truce"), window.show_about, None, "actionAbout"
        )
    )
    window.update_actions()


def _set_icons(window: MainWindow, export_menu: QMenu, undo: QAction, redo: QAction) -> None:
    """Icons on the commands that are found by sight; every one keeps its words."""
    window.import_action.setIcon(action_icon("open"))
    export_menu.setIcon(action_icon("export"))
    for action in window.export_actions:
        if action.objectName() == "printActionPlan":
            action.setIcon(action_icon("print"))
    undo.setIcon(action_icon("undo"))
    redo.setIcon(action_icon("redo"))
    window.capture.capture_action.setIcon(action_icon("capture"))
