"""Every hostile document the import accepts opens in the window: each page of the workshop, with
the projector following, the action tracker and the library, without an error.

One window serves the whole module (building one costs more than a case): each case starts from an
empty library with the library on screen and the projector closed, and leaves it that way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from tests.documents.hostile_catalogue import CASES
from tests.ui.conftest import Answers, answer_prompts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings

ACCEPTED = [name for name, (_, expect) in CASES.items() if expect is None]


@pytest.fixture(scope="module")
def shared(qapp, tmp_path_factory) -> Iterator[tuple[MainWindow, Answers]]:
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


@pytest.mark.parametrize("name", ACCEPTED)
def test_an_accepted_hostile_document_opens_on_every_page(window, answers, qtbot, tmp_path, name):
    build, _ = CASES[name]
    path = tmp_path / "hostile.json"
    path.write_bytes(build())
    answers.open_path = str(path)
    window.import_action.trigger()
    assert answers.errors == []
    (row,) = window.store.sessions()
    window.open_session(row.id)
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


def test_a_library_written_before_the_strict_rules_still_opens(
    window, answers, qtbot, tmp_path, monkeypatch
):
    """An older Truce imported whole numbers written 3.0 and NaN figures; the pages read them
    as 3 and as no figure instead of failing (the projector used to crash on them)."""
    import json

    from tests.documents.hostile_catalogue import BASE
    from workshop_app.documents import document_rules, session_document

    doc = json.loads(json.dumps(BASE))
    for action in doc["actions"]:
        action["impact"] = float(action["impact"]) if action["impact"] else None
    for step in doc["checklist"]["steps"]:
        step["current"] = float(step["current"]) if step["current"] else None
    for friction in doc["frictions"]["items"]:
        friction["sales_rating"] = float(friction["sales_rating"] or 0)
    for answer in doc["assessment"]["answers"]:
        answer["value"] = float(answer["value"]) if answer["value"] else None
    doc["goals"]["shared"][0]["baseline"] = float("nan")
    # The older Truce: plain json.loads, and no strict checks.
    monkeypatch.setattr(document_rules, "parse", json.loads)
    monkeypatch.setattr(session_document, "validate", lambda doc: None)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc))
    answers.open_path = str(path)
    window.import_action.trigger()
    (row,) = window.store.sessions()
    window.open_session(row.id)
    window.live.actions["projector"].setChecked(True)
    qtbot.waitUntil(window.live.projector.isVisible)
    view = window.session_view
    for number in range(view.navigator.count()):
        view.navigator.setCurrentRow(number)
        QApplication.processEvents()
    assert answers.errors == []
    stored = window.store.load(row.id)
    assert stored.actions[0].impact == 5 and type(stored.actions[0].impact) is int
    assert stored.goals.shared[0].baseline is None
