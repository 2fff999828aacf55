"""The window's menu commands that ask, not reach.

A command module gets the window as a ``CommandWindow`` (ui/commands/window.py): the few things
it may ask of it. What it has to tell the window it says with a Qt signal, which the window
connects. No command module touches a member of the window whose name starts with an underscore
(tests/ui/test_commands_ask.py checks it).

Still outside this folder, in files other work is changing: ui/exporting.py, ui/capture.py,
ui/follow_up_commands.py and ui/live/commands.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def menu_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    name: str = "",
) -> QAction:
    """A menu command: its words, what it does, its keys and its object name (tests find it)."""
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action
