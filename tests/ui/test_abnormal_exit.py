"""After a window is killed (a crash, a kill, a power cut), the next start says so in one calm
sentence, comes back to the session and stage the facilitator was on, and has kept every edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from workshop_app.demo import create_demo
from workshop_app.paths import database_path
from workshop_app.store import Repository

ROOT = Path(__file__).resolve().parents[2]

# Opens the session, goes to the friction map, renames the session through the store (saved at
# once), then says READY and waits to be killed.
FIRST_RUN = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
import ui.main_window as mw

shown = mw.MainWindow.show

def show(self):
    shown(self)

    def work():
        self.open_session({session_id!r})
        self.session_view.go("frictions")
        self.store.update_info({session_id!r}, title="Renamed just before the crash")
        QCoreApplication.processEvents()
        print("READY", flush=True)

    QTimer.singleShot(0, work)

mw.MainWindow.show = show
from ui.app import main
main([])
"""

# Starts normally, reports what the window shows and what it said, then quits.
SECOND_RUN = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import prompts
import ui.main_window as mw

said = []
prompts.info = prompts.error = lambda parent, title, message: said.append(message)
shown = mw.MainWindow.show

def show(self):
    shown(self)

    def report():
        view = self.session_view if self.in_session() else None
        print("SESSION", view.session.id if view else "-")
        print("STAGE", view.current_stage() if view else "-")
        print("SAID", " | ".join(said))
        QApplication.instance().quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, report))

mw.MainWindow.show = show
from ui.app import main
main([])
"""


def environment(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUCE_HOME": str(home)}


def second_start(home: Path) -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", SECOND_RUN],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=environment(home),
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)


def test_after_a_kill_the_next_start_says_so_and_comes_back_to_the_session(tmp_path, monkeypatch):
    monkeypatch.setenv("TRUCE_HOME", str(tmp_path))
    repo = Repository.open(database_path())
    session = create_demo(repo)
    repo.close()

    window = subprocess.Popen(
        [sys.executable, "-c", FIRST_RUN.format(session_id=session.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=environment(tmp_path),
    )
    try:
        assert window.stdout is not None
        line = window.stdout.readline()
        assert line.strip() == "READY", window.stderr.read() if window.stderr else line
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait(timeout=30)

    seen = second_start(tmp_path)
    assert seen["SESSION"] == session.id
    assert seen["STAGE"] == "frictions"
    assert "did not close normally" in seen["SAID"]
    assert "open where you left it" in seen["SAID"]

    repo = Repository.open(database_path())
    assert repo.get(session.id).info.title == "Renamed just before the crash"
    repo.close()

    # A window that closes normally leaves nothing to report at the next start.
    assert second_start(tmp_path)["SAID"] == ""
