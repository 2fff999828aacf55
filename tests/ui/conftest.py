"""Fixtures for driving the real window: dialogs are answered through ui.prompts, never shown."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from ui import prompts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
from workshop_app.paths import resources_dir


def lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lrelease") or ""


@pytest.fixture(scope="session")
def lrelease_tool() -> str:
    tool = lrelease()
    if not tool:
        pytest.skip("pyside6-lrelease is not installed")
    return tool


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files are built from the .ts sources (`make qm`); rebuild any missing or stale.

    Each test worker (pytest -n) may find the same file stale: each builds its own copy and moves
    it into place, so no worker ever reads a half-written catalogue."""
    tool = lrelease()
    for ts in (resources_dir() / "i18n").glob("truce_*.ts"):
        qm = ts.with_suffix(".qm")
        if tool and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            own = qm.with_suffix(f".{os.getpid()}.qm")
            subprocess.run([tool, "-silent", str(ts), "-qm", str(own)], check=True, timeout=120)
            os.replace(own, qm)


@pytest.fixture(autouse=True)
def windows_deleted_after_the_test() -> Iterator[None]:
    """What a test closed is deleted once it ends, not kept for the rest of the run.

    pytest-qt closes each widget a test added and calls deleteLater(), but outside a running
    event loop Qt keeps deferred deletions waiting: every window a test built, with its pages and
    projector (some two thousand widgets), stayed alive, and each later test in the process
    redrew, restyled and retranslated all of them."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Answers:
    """What the patched dialogs answer, and a record of what they were asked."""

    def __init__(self) -> None:
        self.confirm = True
        self.text: str | None = None
        self.choice: int | None = None
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.new_session: dict[str, Any] | None = None
        self.update_action: dict[str, Any] | None = None
        self.new_driver: tuple[str, int] | None = None
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.asked: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_prompts(monkeypatch)


def answer_prompts(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Every dialog in ui.prompts answered from (and recorded in) one Answers, for as long as
    ``monkeypatch`` lasts: a test's, or a module's for a window shared by its tests."""
    a = Answers()

    def record(kind: str, value: Any) -> Any:
        a.asked.append(kind)
        return value

    monkeypatch.setattr(
        prompts, "error", lambda parent, title, message: a.errors.append((title, message))
    )
    monkeypatch.setattr(
        prompts, "info", lambda parent, title, message: a.infos.append((title, message))
    )
    monkeypatch.setattr(prompts, "confirm", lambda *args: record("confirm", a.confirm))
    monkeypatch.setattr(prompts, "choose", lambda *args: record("choose", a.choice))
    monkeypatch.setattr(prompts, "text", lambda *args: record("text", a.text))
    monkeypatch.setattr(prompts, "open_file", lambda *args: record("open_file", a.open_path))
    monkeypatch.setattr(prompts, "save_file", lambda *args: record("save_file", a.save_path))
    monkeypatch.setattr(prompts, "new_session", lambda *args: record("new_session", a.new_session))
    monkeypatch.setattr(prompts, "new_driver", lambda *args: record("new_driver", a.new_driver))
    monkeypatch.setattr(prompts, "about", lambda *args: record("about", None))
    monkeypatch.setattr(
        prompts, "update_action", lambda *args: record("update_action", a.update_action)
    )
    monkeypatch.setattr(prompts, "follow_up_review", lambda *args: record("follow_up_review", None))
    return a


@pytest.fixture
def context(db_path: Path, truce_home: Path) -> AppContext:
    truce_home.mkdir(parents=True, exist_ok=True)
    return AppContext(db_path=db_path, settings=Settings(truce_home / "settings.ini"))


@pytest.fixture
def window(qtbot, context: AppContext, answers: Answers) -> MainWindow:
    win = MainWindow(context)
    assert win.open_store()
    qtbot.addWidget(win)
    win.show()
    return win
