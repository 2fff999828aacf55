"""Applying Edit ▸ Preferences, and restarting Truce in a new interface language.

Every label is set once when a widget is built, so a new language takes effect at the next
start: Truce offers to restart at once. The restart happens after the window has closed and the
single-instance server has stopped (ui.app), so the new process never finds the old one.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ui import prompts

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls.
translate = QCoreApplication.translate


def open_preferences(window: MainWindow) -> None:
    settings = window.settings
    chosen = prompts.preferences(window, settings)
    if chosen is None:
        return
    language_before = settings.get("ui/language")
    for key, value in chosen.items():
        settings.set(key, value)
    settings.sync()
    # The Export menu offers the same two choices as ticks: keep them in step.
    for prefix, key in (("paper_", "export/paper"), ("group_", "export/group_by")):
        action = window.findChild(QAction, prefix + settings.get(key))
        if action is not None:
            action.setChecked(True)
    if chosen["ui/language"] == language_before:
        return
    answer = prompts.choose(
        window,
        translate("Preferences", "Interface language"),
        translate(
            "Preferences",
            "Restart Truce to use the new language. Everything you have entered is saved.",
        ),
        [translate("Preferences", "Restart Now"), translate("Preferences", "Later")],
    )
    if answer == 0:
        window.restart_requested = True
        window.close()


def relaunch() -> bool:
    """Start Truce again with the arguments it was started with (python -m ui.app, or truce)."""
    from PySide6.QtCore import QProcess  # here: PySide builds its class and enums on import

    argv = list(getattr(sys, "orig_argv", [sys.executable, *sys.argv]))
    started, _pid = QProcess.startDetached(sys.executable, argv[1:])
    return bool(started)
