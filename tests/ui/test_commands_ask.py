"""Menu commands ask the window through CommandWindow and tell it with signals: none of them
touches a private member of the window."""

import inspect
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoCommand

import ui.commands
from ui.commands.window import CommandWindow
from ui.main_window import MainWindow

COMMANDS = Path(ui.commands.__file__).parent
PRIVATE = re.compile(r"window\._\w")


def private_reaches(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if PRIVATE.search(line)]


def test_no_command_module_touches_a_private_member_of_the_window():
    # The commands' folder, and every other module of the interface that holds a window:
    # exporting, capture, follow-up and projector commands ask it the same way.
    modules = sorted(COMMANDS.parent.rglob("*.py"))
    assert {m.name for m in COMMANDS.glob("*.py")} >= {"backup.py", "series.py", "window.py"}
    assert {"exporting.py", "capture.py", "follow_up_commands.py"} <= {m.name for m in modules}
    reaches = {
        m.relative_to(COMMANDS.parent).as_posix(): private_reaches(m.read_text(encoding="utf-8"))
        for m in modules
    }
    assert {name: lines for name, lines in reaches.items() if lines} == {}


@pytest.mark.parametrize(
    ("line", "reaches"),
    [
        ("self.window._action(text, slot)", True),
        ("window._in_session()", True),
        ("main_window._view", True),
        ("self.window.flush_session()", False),
        ("self._window_title", False),
    ],
)
def test_the_check_notices_a_reach_into_the_window(line, reaches):
    assert bool(private_reaches(line)) is reaches


def test_the_main_window_answers_everything_a_command_may_ask():
    asked = {
        name
        for name, member in vars(CommandWindow).items()
        if not name.startswith("_") and callable(member)
    } | set(CommandWindow.__annotations__)
    assert {"store", "current_session_id", "flush_session", "open_session", "show_library"} <= (
        asked
    )
    for name in asked - {"store"}:
        wanted = list(inspect.signature(getattr(CommandWindow, name)).parameters)
        found = list(inspect.signature(getattr(MainWindow, name)).parameters)
        assert found == wanted, name


def test_a_restore_that_cannot_reopen_the_library_asks_the_window_to_close(window, answers, qtbot):
    # Told with a signal, not by calling window.close() from the command.
    with qtbot.waitSignal(window.backups.closeRequested, timeout=1000):
        window.backups.closeRequested.emit()
    assert not window.isVisible()


def test_reopening_the_library_forgets_the_undo_steps(window, answers):
    window.store.create("Before the restore")
    window.undo.push(QUndoCommand("step"))
    assert window.undo.count() > 0
    repo = window.store.repo
    window.store.reopen(repo)
    assert window.undo.count() == 0
