"""A start from the launcher's entry (as `truce install-desktop` wrote it, launched the way a desktop
launches it) reaches the Truce already open on the same database instead of opening a second."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import desktop

TRUCE = Path(sys.executable).with_name("truce")


def test_a_launch_from_the_desktop_entry_brings_the_open_window_forward(tmp_path, qtbot):
    gio = shutil.which("gio")
    if gio is None:
        message = "gio is missing: apt-get install libglib2.0-bin (make test does)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "TRUCE_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("TRUCE_DB", None)
    subprocess.run([str(TRUCE), "install-desktop"], env=env, check=True, capture_output=True)
    entry = tmp_path / "share" / "applications" / desktop.DESKTOP_FILE
    first = subprocess.Popen(
        [str(TRUCE)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        lock = tmp_path / "home" / "truce.db.lock"
        qtbot.waitUntil(lock.exists, timeout=30_000)
        launched = subprocess.run(
            [gio, "launch", str(entry)], env=env, capture_output=True, text=True, timeout=60
        )
        assert launched.returncode == 0, launched.stderr
        assert "already open with this database" in launched.stdout
        assert first.poll() is None, "the first window is still open"
    finally:
        first.terminate()
        first.wait(timeout=30)
