"""An exception nothing in the window caught: logged with its traceback, and shown as a calm
dialog through ui.prompts, not only as a traceback on stderr."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from ui import unexpected


@pytest.fixture
def hook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    unexpected.install()
    return unexpected.handle


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_and_is_logged(window, answers, qtbot, hook, truce_home):
    def broken() -> None:
        raise ZeroDivisionError("a bug in a page")

    assert sys.excepthook is hook
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(answers.errors))
    ((title, message),) = answers.errors
    assert title == "Something Went Wrong"
    assert "did not expect" in message and "a bug in a page" not in message
    assert str(truce_home / "truce.log") in message
    log = (truce_home / "truce.log").read_text("utf-8")
    assert "Traceback" in log and "ZeroDivisionError: a bug in a page" in log


@pytest.mark.qt_no_exception_capture
def test_a_storage_error_nothing_caught_is_put_in_words(window, answers, qtbot, hook):
    def locked() -> None:
        raise sqlite3.OperationalError("database is locked")

    QTimer.singleShot(0, locked)
    qtbot.waitUntil(lambda: bool(answers.errors))
    assert answers.errors[0][1].startswith("Another program kept the session database locked")


PROBE = """
import sys
from PySide6.QtWidgets import QApplication
QApplication.exec = lambda self=None: print("HOOK", sys.excepthook.__module__) or 0
from ui.app import main
sys.exit(main([]))
"""


def test_the_window_installs_the_hook_when_it_starts(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUCE_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "HOOK ui.unexpected" in result.stdout
