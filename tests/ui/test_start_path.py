"""The library window starts without what only an open session, a document or a second copy of
Truce needs: those load on first use, and the start stays quick (figures in `make bench`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.settings import Settings
from workshop_app.domain import Session, SessionInfo
from workshop_app.paths import database_path, settings_path
from workshop_app.stages import STAGE_IDS
from workshop_app.store import Repository

ROOT = Path(__file__).resolve().parents[2]
LATER = (
    "ui.session_view",  # the stage pages
    "ui.live.commands",  # the live toolbar, countdown and projector
    "workshop_app.domain.session",  # every stage's types
    "workshop_app.follow_up",
    "PySide6.QtNetwork",  # the single-instance server starts after the first paint
    "reportlab",
    "pyqtgraph",
    "numpy",
    "aiohttp",  # answers from phones: only once the facilitator opens a round
    "segno",
    "psycopg",  # the team library: only when one is opened
    "workshop_app.cli",  # the command line: only when Truce is given arguments
    "workshop_app.desktop",  # truce install-desktop (the window takes only the id it names)
    "workshop_app.documents",  # what an export makes
    "workshop_app.store.maintenance",  # the day's backup, on its thread once the window settled
    "workshop_app.store.backups",  # and the backups themselves, or one before an upgrade
    "hashlib",  # undo's fingerprints of what it wrote
    "json",  # a session's parts as stored: only once one is read or written
    "workshop_app.cascade",  # the revenue cascade's rules: only when the shared goals are saved
    "decimal",  # and the exact figures they check with
    "ui.widgets.input_guard",  # installed once the window has painted
    *(f"ui.pages.{stage}" for stage in STAGE_IDS),  # each stage's page
)
PROBE = f"""
import gc, sys
from PySide6.QtWidgets import QApplication
def run(self=None):
    print("COLLECTOR", "on" if gc.isenabled() else "off", gc.get_freeze_count() > 0)
    QApplication.instance().processEvents()
    import PySide6.QtCore  # a Qt class is in its module's dictionary once PySide has built it
    print("EVENT CLASSES", "built" if "QEvent" in vars(PySide6.QtCore) else "none")
    return 0
QApplication.exec = run
from ui.app import main
code = main([])
print("LOADED", sorted(m for m in {LATER!r} if m in sys.modules))
sys.exit(code)
"""


def start(home: Path, report: str = "LOADED") -> str:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUCE_HOME": str(home)},
    )
    assert result.returncode == 0, result.stderr
    return next(line for line in result.stdout.splitlines() if line.startswith(report))


def test_the_library_window_starts_without_what_a_session_needs(tmp_path):
    assert start(tmp_path) == "LOADED []"


def test_the_event_loop_runs_with_the_collector_on_and_what_starting_made_frozen(tmp_path):
    # The cyclic garbage collector is off while the window is built (ui.app.run_window).
    assert start(tmp_path, "COLLECTOR") == "COLLECTOR on True"


def test_no_event_reaches_python_before_the_first_paint(tmp_path, monkeypatch):
    # Each event handed to Python (an override such as showEvent, an event filter) has PySide
    # build QEvent, its 180-value enum and a class per kind of event: about 4 ms of start-up.
    assert start(tmp_path, "EVENT CLASSES") == "EVENT CLASSES none"
    # With sessions listed, the table has the focus, which the Ctrl+Z filter leaves unwatched.
    monkeypatch.setenv("TRUCE_HOME", str(tmp_path))
    repo = Repository.open(database_path())
    repo.add(Session(info=SessionInfo(id="s1", title="Kick-off")))
    repo.close()
    assert start(tmp_path, "EVENT CLASSES") == "EVENT CLASSES none"


def test_the_probe_sees_a_session_that_opens_at_start(tmp_path, monkeypatch):
    # Truce reopens the session that was open when it closed: then the stage pages load at start.
    monkeypatch.setenv("TRUCE_HOME", str(tmp_path))
    repo = Repository.open(database_path())
    repo.add(Session(info=SessionInfo(id="s1", title="Kick-off")))
    repo.close()
    settings = Settings(settings_path())
    settings.set("session/last_opened", "s1")
    settings.sync()
    loaded = start(tmp_path)
    assert "ui.session_view" in loaded
    assert "'ui.pages.setup'" in loaded  # the names in LATER are the modules' real names


def test_the_window_takes_its_database_and_leaves_the_rest_to_qt():
    from ui.app import split_window_args

    assert split_window_args(["--db", "a b.db", "-style", "Windows"]) == (
        "a b.db",
        ["-style", "Windows"],
    )
    assert split_window_args(["--db=Łódź.db"]) == ("Łódź.db", [])
    assert split_window_args([]) == (None, [])
    with pytest.raises(SystemExit, match="--db needs a database file or a team library"):
        split_window_args(["--db"])


def test_the_session_menu_shows_its_commands_before_any_session_is_opened(window):
    assert window._view is None, "the library starts without the session view"
    window.session_menu.aboutToShow.emit()
    names = [a.objectName() for a in window.session_menu.actions() if a.objectName()]
    assert "actionLive_projector" in names and "actionLive_timer" in names
    assert not any(a.isEnabled() for a in window.session_menu.actions() if a.objectName())
    window.session_menu.aboutToShow.emit()
    assert len(window.session_menu.actions()) == len(names) + 3  # built once (and 3 separators)
