"""Answers from phones, in the window: the facilitator opens a round on loopback, phones (plain
HTTP here) answer, and the answers land in the session through
the store: on the Diagnosis page, on the undo stack, and on the projector while the round is open.
A real headless Chromium answers in test_phone_browser.py."""

from __future__ import annotations

import json
import threading
import urllib.request

import pytest

from tests.core.room_support import device, full_set
from ui.dialogs.phone_round import PhoneRoundDialog
from workshop_app.domain import Department, Participant


@pytest.fixture
def session(window, repo):
    from workshop_app import library

    session = library.create_session(repo, "Phones in the room")
    window.open_session(session.id, "diagnosis")
    return session


def open_round(window, qtbot) -> PhoneRoundDialog:
    window.session_menu.aboutToShow.emit()
    assert window.phone_round_action.isEnabled()
    window.phone_round_action.trigger()
    dialog = window.findChild(PhoneRoundDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.addresses.setCurrentIndex(dialog.addresses.findData("127.0.0.1"))
    dialog.open_button.click()
    assert dialog.server is not None, dialog.problem.text()
    return dialog


def post_in_background(url: str, body: dict) -> list:
    """A phone, on its own thread: the window's thread must stay free to store the answers."""
    replies: list = []

    def send():
        request = urllib.request.Request(
            url, json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=20) as response:
            replies.append((response.status, json.loads(response.read())))

    threading.Thread(target=send, daemon=True).start()
    return replies


def test_a_phone_answer_set_lands_on_the_diagnosis_page_and_undoes_in_one_step(
    window, session, qtbot
):
    dialog = open_round(window, qtbot)
    server = dialog.server
    assert dialog.address.text().startswith(f"http://127.0.0.1:{server.port}/{server.room.code}")
    assert not dialog.qr.pixmap().isNull()

    replies = post_in_background(f"{server.url}/answers", full_set(server.round.statements))
    qtbot.waitUntil(lambda: replies == [(200, {"status": "stored"})], timeout=10000)
    stored = window.store.load(session.id)
    assert [(p.name, p.anonymous) for p in stored.participants] == [("Sales phone 1", True)]
    page = window.session_view.page("diagnosis")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # redrawn once the burst is stored
    assert page.session.participants == stored.participants
    qtbot.waitUntil(lambda: "received: 1" in dialog.answered.text())
    # Counts by department, never who: no label of a phone, no name.
    assert "Sales 1" in dialog.answered.text() and "phone" not in dialog.answered.text()

    qtbot.wait(0)  # the undo step closes when the event loop turns
    window.findChild(type(window.find_action), "actionUndo").trigger()
    after = window.store.load(session.id)
    assert after.participants == [] and after.assessment.answers == []

    dialog.close()
    assert dialog.server is None and not server.running


def test_an_answer_set_in_flight_when_the_round_closes_is_stored_and_acknowledged(
    window, session, qtbot
):
    dialog = open_round(window, qtbot)
    arrived = threading.Event()
    deliver = dialog.phones.desk.deliver

    def spy(answers):
        done = deliver(answers)
        arrived.set()
        return done

    dialog.server.deliver = spy
    replies = post_in_background(
        f"{dialog.server.url}/answers", full_set(dialog.server.round.statements)
    )
    assert arrived.wait(10)  # waiting on the desk; the window has not stored it yet
    dialog.open_button.click()  # Close Round, at that very moment
    assert dialog.server is None
    qtbot.waitUntil(lambda: bool(replies), timeout=10000)
    assert replies == [(200, {"status": "stored"})]
    assert [p.name for p in window.store.load(session.id).participants] == ["Sales phone 1"]


def test_the_projector_shows_the_code_and_address_only_while_the_round_is_open(
    window, session, qtbot
):
    window.live.actions["projector"].setChecked(True)
    projector = window.live.projector
    qtbot.waitUntil(projector.isVisible)
    dialog = open_round(window, qtbot)
    code = projector.findChild(type(dialog.address), "projectorRoomCode")
    address = projector.findChild(type(dialog.address), "projectorAddress")
    assert code.isVisible() and dialog.server.room.code in code.text()
    assert address.text() == dialog.server.url
    # The room's live results follow the answers as they arrive.
    replies = post_in_background(
        f"{dialog.server.url}/answers", full_set(dialog.server.round.statements)
    )
    qtbot.waitUntil(lambda: bool(replies), timeout=10000)
    qtbot.waitUntil(lambda: len(projector.session.participants) == 1)
    assert projector.stage == "diagnosis"
    dialog.open_button.click()  # Close Round
    assert not code.isVisible()


def test_a_round_is_refused_for_answers_entered_per_department(window, repo, qtbot):
    from dataclasses import replace

    from workshop_app import library

    session = library.create_session(repo, "Quick")
    repo.save_section(session.id, "assessment", replace(session.assessment, mode="departments"))
    window.open_session(session.id, "diagnosis")
    window.phone_round_action.trigger()
    dialog = window.findChild(PhoneRoundDialog)
    dialog.open_button.click()
    assert dialog.server is None and "per participant" in dialog.problem.text()


def test_phones_keep_the_typed_participants_and_number_their_own(window, repo, qtbot):
    from workshop_app import library

    session = library.create_session(repo, "Mixed")
    typed = Participant("p1", "Ana", Department.MARKETING)
    repo.save_participants(session.id, [typed])
    window.open_session(session.id, "diagnosis")
    dialog = open_round(window, qtbot)
    statements = dialog.server.round.statements
    for _ in range(2):
        replies = post_in_background(
            f"{dialog.server.url}/answers", full_set(statements, "marketing", device())
        )
        qtbot.waitUntil(lambda replies=replies: bool(replies), timeout=10000)
    names = [p.name for p in window.store.load(session.id).participants]
    assert names == ["Ana", "Marketing phone 1", "Marketing phone 2"]
    dialog.close()
