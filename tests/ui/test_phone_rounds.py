"""Rounds of every kind from the window: a page's entry button opens the round for its stage;
role-swap answers arrive sealed (nothing on the page or the projector) until the reveal; friction
ratings, dot votes and notes land in the session like typed ones, with undo; progress per round
shows counts by department only."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.core.room_support import answer_set, device
from ui.dialogs import phone_round
from ui.dialogs.phone_round import PhoneRoundDialog
from workshop_app.domain import Friction, FrictionMap, Note, Notes

JSON = {"Content-Type": "application/json"}
HOSTILE = "<b>bold</b> & <script>alert(1)</script> 合作 🙂"


@pytest.fixture
def session(window, repo):
    from workshop_app import library

    session = library.create_session(repo, "Rounds in the room")
    repo.save_section(
        session.id, "frictions", FrictionMap([Friction("communication"), Friction("targets")])
    )
    repo.save_section(session.id, "notes", Notes([Note("n1", "goals", "One number")]))
    window.open_session(session.id, "diagnosis")
    return session


def entry(window, qtbot, stage: str, name: str) -> PhoneRoundDialog:
    """Press a page's button for answers from phones; the window opens with its round chosen."""
    window.session_view.go(stage)
    button = window.session_view.findChild(QPushButton, name)
    button.click()
    dialog = window.findChild(PhoneRoundDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.addresses.setCurrentIndex(dialog.addresses.findData("127.0.0.1"))
    return dialog


def send(qtbot, dialog, body) -> tuple[int, dict]:
    """A phone on its own thread (the window's thread stores the answers); refusals too."""
    replies: list = []

    def post():
        request = urllib.request.Request(
            f"{dialog.server.url}/answers", json.dumps(body).encode(), JSON
        )
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                replies.append((response.status, json.loads(response.read())))
        except urllib.error.HTTPError as refused:
            replies.append((refused.code, json.loads(refused.read())))

    threading.Thread(target=post, daemon=True).start()
    qtbot.waitUntil(lambda: bool(replies), timeout=10000)
    return replies[0]


def undo(window, qtbot) -> None:
    qtbot.wait(0)  # the undo step closes when the event loop turns
    window.findChild(type(window.find_action), "actionUndo").trigger()


@pytest.mark.parametrize(
    ("stage", "button", "kind"),
    [
        ("diagnosis", "phones_assessment", "assessment"),
        ("frictions", "phones_frictions", "frictions"),
        ("frictions", "phones_votes", "votes"),
        ("role_swap", "phones_role_swap", "role_swap"),
        ("goals", "goals_notesFromPhones", "notes"),
    ],
)
def test_each_pages_entry_button_chooses_its_round(window, session, qtbot, stage, button, kind):
    dialog = entry(window, qtbot, stage, button)
    assert dialog.kind.currentData() == kind
    if kind in ("votes", "notes"):
        assert dialog.stage.currentData() == stage and dialog.stage.isVisibleTo(dialog)
    assert dialog.budget.isVisibleTo(dialog) == (kind == "votes")
    assert dialog.named.isVisibleTo(dialog) == (kind in ("assessment", "role_swap", "notes"))
    dialog.close()


def test_role_swap_answers_stay_sealed_until_the_reveal(window, session, qtbot):
    window.live.actions["projector"].setChecked(True)
    projector = window.live.projector
    dialog = entry(window, qtbot, "role_swap", "phones_role_swap")
    dialog.open_button.click()
    assert dialog.server is not None, dialog.problem.text()
    assert window.store.load(session.id).role_swap.sealed
    round_ = dialog.server.round
    body = answer_set(round_, "sales", answers={"goals": {"other": HOSTILE, "self": "Quota"}})
    assert send(qtbot, dialog, body) == (200, {"status": "stored"})

    page = window.session_view.page("role_swap")
    qtbot.waitUntil(lambda: "2 so far" in page.seal.text.text())
    assert page.seal.isVisibleTo(page)
    editor = page.editors[("sales", "marketing")]["goals"]
    assert editor.toPlainText() == "" and not editor.isEnabled()
    assert "sealed" in page.reveal.quotes[("goals", "sales", "marketing")].text()
    # Nothing of the answers on the projector either.
    qtbot.waitUntil(lambda: projector.stage == "role_swap")
    assert not [w for w in projector.findChildren(QLabel) if HOSTILE in w.text()]

    dialog.open_button.click()  # Close Round: the phones are told, the room stays open
    assert not round_.open and dialog.phones.server.running
    dialog.reveal_button.click()
    qtbot.waitUntil(lambda: not page.seal.isVisibleTo(page))
    assert round_.revealed  # the phones hear it on their live socket
    assert editor.toPlainText() == HOSTILE and editor.isEnabled()
    quote = page.reveal.quotes[("goals", "sales", "marketing")]
    assert quote.text() == HOSTILE and quote.textFormat().name == "PlainText"
    qtbot.waitUntil(lambda: any(HOSTILE[:20] in w.text() for w in projector.findChildren(QLabel)))
    undo(window, qtbot)  # the reveal is a step of its own
    assert window.store.load(session.id).role_swap.sealed
    qtbot.waitUntil(lambda: not round_.revealed)
    dialog.close()


def test_a_reveal_before_the_pages_redraw_keeps_every_answer(window, session, qtbot, monkeypatch):
    # Answers are drawn on the pages a moment after they are stored (REDRAW_MS); the facilitator
    # may close the round and reveal within that moment, as the last phone answers.
    monkeypatch.setattr(phone_round, "REDRAW_MS", 60_000)
    dialog = entry(window, qtbot, "role_swap", "phones_role_swap")
    dialog.open_button.click()
    body = answer_set(dialog.server.round, "sales", answers={"goals": {"other": HOSTILE}})
    assert send(qtbot, dialog, body) == (200, {"status": "stored"})
    assert window.session_view.session.role_swap.answers == []  # not drawn yet
    dialog.open_button.click()  # Close Round
    dialog.reveal_button.click()
    swap = window.store.load(session.id).role_swap
    assert not swap.sealed and [a.text for a in swap.answers] == [HOSTILE]
    dialog.close()


def test_the_role_swap_page_keeps_answers_it_has_not_drawn_yet(window, session, qtbot, monkeypatch):
    monkeypatch.setattr(phone_round, "REDRAW_MS", 60_000)
    dialog = entry(window, qtbot, "role_swap", "phones_role_swap")
    dialog.open_button.click()
    page = window.session_view.page("role_swap")
    body = answer_set(dialog.server.round, "sales", answers={"goals": {"other": HOSTILE}})
    assert send(qtbot, dialog, body) == (200, {"status": "stored"})
    page.timer.length.setValue(12)  # the page writes the section before it draws the answers
    assert [a.text for a in window.store.load(session.id).role_swap.answers] == [HOSTILE]
    page.seal.button.click()  # the page's own Reveal
    swap = window.store.load(session.id).role_swap
    assert not swap.sealed and [a.text for a in swap.answers] == [HOSTILE]
    assert swap.round_minutes == 12
    dialog.close()


def test_the_frictions_page_keeps_votes_it_has_not_drawn_yet(window, session, qtbot, monkeypatch):
    monkeypatch.setattr(phone_round, "REDRAW_MS", 60_000)
    dialog = entry(window, qtbot, "frictions", "phones_votes")
    dialog.budget.setValue(2)
    dialog.open_button.click()
    body = answer_set(dialog.server.round, "sales", votes={"targets": 2})
    assert send(qtbot, dialog, body)[0] == 200
    page = window.session_view.page("frictions")
    # The first driver's notes, typed before the page has drawn the vote: saved after a pause.
    page.notes.setPlainText("Typed while the votes come in")
    qtbot.waitUntil(lambda: window.store.load(session.id).frictions.items[0].notes != "")
    items = window.store.load(session.id).frictions.items
    assert [f.votes for f in items] == [0, 2]
    assert items[0].notes == "Typed while the votes come in"
    dialog.close()


def test_the_diagnosis_page_keeps_answers_it_has_not_drawn_yet(window, session, qtbot, monkeypatch):
    monkeypatch.setattr(phone_round, "REDRAW_MS", 60_000)
    dialog = entry(window, qtbot, "diagnosis", "phones_assessment")
    dialog.open_button.click()
    statements = dialog.server.round.statements
    body = answer_set(dialog.server.round, "sales", answers=dict.fromkeys(statements, 4))
    assert send(qtbot, dialog, body)[0] == 200
    page = window.session_view.page("diagnosis")
    page.notes.setPlainText("Typed while the answers come in")  # saved after a pause
    qtbot.waitUntil(lambda: window.store.load(session.id).assessment.notes != "")
    assessment = window.store.load(session.id).assessment
    assert [(a.statement, a.value) for a in assessment.answers] == [(s, 4) for s in statements]
    assert assessment.notes == "Typed while the answers come in"
    dialog.close()


def test_friction_ratings_and_dot_votes_land_with_undo_and_reach_the_projector(
    window, session, qtbot
):
    window.live.actions["projector"].setChecked(True)
    projector = window.live.projector
    dialog = entry(window, qtbot, "frictions", "phones_frictions")
    dialog.open_button.click()
    for rating in (4, 5):
        body = answer_set(dialog.server.round, "sales", ratings={"communication": rating})
        assert send(qtbot, dialog, body)[0] == 200
    assert (
        send(qtbot, dialog, answer_set(dialog.server.round, "marketing", ratings={"targets": 2}))[0]
        == 200
    )
    qtbot.waitUntil(lambda: "Sales 2" in dialog.answered.text())
    items = {f.id: f for f in window.store.load(session.id).frictions.items}
    assert items["communication"].sales_rating == 5  # 4.5 rounds half up
    assert items["targets"].marketing_rating == 2
    qtbot.waitUntil(
        lambda: any(f.sales_rating == 5 for f in projector.session.frictions.items), timeout=5000
    )

    dialog.close_round()
    dialog.kind.setCurrentIndex(dialog.kind.findData("votes"))
    dialog.budget.setValue(2)
    dialog.open_button.click()
    votes = dialog.server.round
    assert votes.number == 2 and votes.ask.budget == 2
    assert send(qtbot, dialog, answer_set(votes, "sales", votes={"targets": 3}))[0] == 400
    assert send(qtbot, dialog, answer_set(votes, "sales", votes={"targets": 2}))[0] == 200
    qtbot.waitUntil(lambda: dialog.rounds.count() == 2)
    assert "answer sets: 1" in dialog.rounds.item(1).text()
    assert [f.votes for f in window.store.load(session.id).frictions.items] == [0, 2]
    undo(window, qtbot)
    assert [f.votes for f in window.store.load(session.id).frictions.items] == [0, 0]
    dialog.close()


def test_notes_from_phones_reach_the_board_literally(window, session, qtbot):
    dialog = entry(window, qtbot, "goals", "goals_notesFromPhones")
    dialog.open_button.click()
    body = answer_set(dialog.server.round, "marketing", text=HOSTILE, set=device())
    assert send(qtbot, dialog, body) == (200, {"status": "stored"})
    notes = [n for n in window.store.load(session.id).notes.items if n.stage == "goals"]
    assert [(n.text, n.side) for n in notes] == [("One number", "both"), (HOSTILE, "marketing")]
    dialog.close()


def test_a_round_with_nothing_to_vote_on_says_so_and_opens_nothing(window, session, qtbot):
    dialog = entry(window, qtbot, "role_split", "role_split_notesFromPhones")
    dialog.kind.setCurrentIndex(dialog.kind.findData("votes"))
    dialog.open_button.click()
    assert dialog.server is None and "no notes" in dialog.problem.text()
    dialog.close()
