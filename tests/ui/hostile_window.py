"""One window for a module of hostile-document cases (test_hostile_documents_in_window.py,
test_hostile_references_in_window.py): building one costs more than a case. Each case starts from
an empty library on screen with the projector closed, as a new window, and leaves it that way.
A module takes the fixtures by name: ``window = hostile_window.window``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from tests.documents.hostile_catalogue import CASES
from tests.ui.conftest import Answers, answer_prompts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture(scope="module")
def shared(qapp, tmp_path_factory) -> Iterator[tuple[MainWindow, Answers]]:
    """The module's window on a library of its own, its dialogs answered for the module."""
    home = tmp_path_factory.mktemp("hostile-window")
    with pytest.MonkeyPatch.context() as patch:
        answers = answer_prompts(patch)
        win = MainWindow(AppContext(db_path=home / "truce.db", settings=Settings(home / "s.ini")))
        assert win.open_store()
        win.show()
        yield win, answers
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _empty_the_library(win: MainWindow) -> None:
    win.live.actions["projector"].setChecked(False)
    win.show_library()
    for row in [*win.store.sessions(), *win.store.sessions(trash=True)]:
        win.store.purge(row.id)
    QApplication.processEvents()


@pytest.fixture
def answers(shared) -> Answers:
    _, answers = shared
    vars(answers).update(vars(Answers()))  # what the dialogs answer and were asked, as new
    return answers


@pytest.fixture
def window(shared, answers) -> Iterator[MainWindow]:
    """The module's window, as a new one starts: the empty library on screen, no projector."""
    win, _ = shared
    assert win.store.sessions() == [] and win.store.sessions(trash=True) == []
    assert win.pages.currentWidget() is win.library and not win.in_session()
    assert not win.live.projector.isVisible()
    yield win
    _empty_the_library(win)


def opens_on_every_page(
    window: MainWindow, answers: Answers, qtbot: Any, tmp_path: Path, name: str
) -> None:
    """An accepted document, imported through the menu, opens on each of the nine pages with the
    projector following, then the tracker and the library show, and no error is said."""
    build, expect = CASES[name]
    assert expect is None, name
    path = tmp_path / "hostile.json"
    path.write_bytes(build())
    answers.open_path = str(path)
    window.import_action.trigger()
    assert answers.errors == []
    (row,) = window.store.sessions()
    # The import opened what it imported (on its first page); the walk starts there.
    assert window.current_session_id() == row.id and window.in_session()
    view = window.session_view
    window.live.actions["projector"].setChecked(True)
    projector = window.live.projector
    qtbot.waitUntil(projector.isVisible)
    shown = []
    for number in range(view.navigator.count()):
        view.navigator.setCurrentRow(number)
        QApplication.processEvents()
        shown.append(view.current_stage())
        assert projector.session is not None and projector.session.info.id == row.id
        assert projector.stage == shown[-1]
    assert len(set(shown)) == 9
    window.live.actions["projector"].setChecked(False)
    window.follow_up.tracker_action.trigger()
    QApplication.processEvents()
    assert window.follow_up.tracker_on_screen() is not None
    window.show_library()
    QApplication.processEvents()
    assert window.library.model.row_of(row.id) >= 0
    assert answers.errors == []
