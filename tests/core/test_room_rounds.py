"""Rounds of every kind on loopback, over real HTTP: role-swap answers, friction ratings, dot
votes within a budget, notes to the board; named and anonymous rounds; the live socket that
tells phones when a round opens, closes or is revealed; and what each endpoint refuses."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest

from tests.core.room_support import Room, answer_set, device, full_set
from workshop_app import library
from workshop_app.domain import Friction, FrictionMap, Note, Notes
from workshop_app.room.kinds import NOTES_PER_PHONE, PHONE_TEXT

HOSTILE = "<script>alert(1)</script><b>&amp; 🙂 合作 Zażółć"


@pytest.fixture
def session(repo):
    session = library.create_session(repo, "Rounds")
    repo.save_section(
        session.id,
        "frictions",
        FrictionMap([Friction("communication"), Friction("targets", sales_rating=1)]),
    )
    notes = [Note("n1", "goals", "One number"), Note("n2", "goals", "Shared CRM", votes=2)]
    repo.save_section(session.id, "notes", Notes(notes))
    return repo.get(session.id)


def stored(db_path, session_id):
    from workshop_app.store import Repository

    repo = Repository.open(db_path)
    try:
        return repo.get(session_id)
    finally:
        repo.close()


def post(room, body):
    return room.request("POST", f"/{room.code}/answers", body)


def test_role_swap_answers_land_as_paragraphs_of_their_department(db_path, session):
    with Room(db_path, session.id, "role_swap") as room:
        first = answer_set(
            room.round, "sales", answers={"goals": {"other": "Leads", "self": "Deals"}}
        )
        second = answer_set(room.round, "sales", answers={"goals": {"other": HOSTILE}})
        marketing = answer_set(room.round, "marketing", answers={"measured": {"self": "MQLs"}})
        for body in (first, second, marketing):
            assert post(room, body) == (200, {"status": "stored"})
        assert room.round.answered_by() == {"sales": 2, "marketing": 1, "leadership": 0}
    answers = {
        (a.prompt, a.author, a.about): a.text for a in stored(db_path, session.id).role_swap.answers
    }
    assert answers == {
        ("goals", "sales", "marketing"): f"Leads\n\n{HOSTILE}",
        ("goals", "sales", "sales"): "Deals",
        ("measured", "marketing", "marketing"): "MQLs",
    }


def test_a_role_swap_round_is_for_sales_and_marketing_and_checks_every_text(db_path, session):
    with Room(db_path, session.id, "role_swap") as room:
        join = {"device": device(), "department": "leadership"}
        assert room.request("POST", f"/{room.code}/join", join)[0] == 400
        for answers in (
            {"goals": {"other": ""}},  # nothing written
            {"goals": {"other": " \u200b "}},  # nothing visible
            {"nope": {"other": "x"}},  # not a prompt of the round
            {"goals": {"side": "x"}},
            {"goals": {"other": 5}},
            {"goals": {"other": "x" * (PHONE_TEXT + 1)}},
            {"goals": {"other": "bell\x07"}},
            {"goals": "text"},
        ):
            assert post(room, answer_set(room.round, "sales", answers=answers))[0] == 400, answers
        body = answer_set(room.round, "leadership", answers={"goals": {"self": "x"}})
        assert post(room, body)[0] == 400
    assert stored(db_path, session.id).role_swap.answers == []


def test_friction_ratings_are_each_departments_mean_rounded_half_up(db_path, session):
    with Room(db_path, session.id, "frictions") as room:
        for rating in (2, 3):
            body = answer_set(
                room.round, "sales", ratings={"communication": rating, "targets": None}
            )
            assert post(room, body)[1] == {"status": "stored"}
        assert post(room, answer_set(room.round, "marketing", ratings={"targets": 5}))[0] == 200
        for ratings in (
            {"communication": 6},
            {"communication": -1},
            {"nope": 3},
            {},
            {"targets": None},
            {"targets": "3"},
        ):
            assert post(room, answer_set(room.round, "sales", ratings=ratings))[0] == 400, ratings
    items = {f.id: f for f in stored(db_path, session.id).frictions.items}
    assert (items["communication"].sales_rating, items["communication"].marketing_rating) == (
        3,
        None,
    )
    assert (items["targets"].sales_rating, items["targets"].marketing_rating) == (1, 5)


def test_dot_votes_keep_to_the_budget_and_add_to_the_notes(db_path, session):
    with Room(db_path, session.id, "votes", "goals", budget=3) as room:
        assert room.round.state()["budget"] == 3
        assert [item["text"] for item in room.round.state()["items"]] == [
            "One number",
            "Shared CRM",
        ]
        assert post(room, answer_set(room.round, "sales", votes={"n1": 2, "n2": 1}))[0] == 200
        assert post(room, answer_set(room.round, "leadership", votes={"n2": 3}))[0] == 200
        for votes in (
            {"n1": 4},
            {"n1": 2, "n2": 2},
            {"n1": 0},
            {"n1": -1},
            {"n1": 1.5},
            {"x": 1},
            {},
        ):
            reply = post(room, answer_set(room.round, "marketing", votes=votes))
            assert reply[0] == 400, votes
    notes = {n.id: n.votes for n in stored(db_path, session.id).notes.items}
    assert notes == {"n1": 2, "n2": 6}


def test_dot_votes_on_the_frictions_stage_go_to_the_frictions(db_path, session):
    with Room(db_path, session.id, "votes", "frictions", budget=2) as room:
        assert post(room, answer_set(room.round, "sales", votes={"targets": 2}))[0] == 200
    assert [f.votes for f in stored(db_path, session.id).frictions.items] == [0, 2]


def test_notes_reach_the_board_literally_a_few_per_phone(db_path, session):
    token = device()
    with Room(db_path, session.id, "notes", "goals") as room:
        for number in range(NOTES_PER_PHONE):
            body = answer_set(
                room.round, "marketing", token, text=f"{HOSTILE} {number}", set=device()
            )
            assert post(room, body) == (200, {"status": "stored"})
        again = answer_set(room.round, "marketing", token, text="one more", set=device())
        assert post(room, again)[0] == 429
        for text in ("", "   ", "x" * (PHONE_TEXT + 1), "nul\x00", 42):
            body = answer_set(room.round, "sales", text=text, set=device())
            assert post(room, body)[0] == 400
        assert post(room, answer_set(room.round, "sales", text="no set token"))[0] == 400
    notes = [n for n in stored(db_path, session.id).notes.items if n.stage == "goals"][2:]
    assert [n.text for n in notes] == [f"{HOSTILE} {i}" for i in range(NOTES_PER_PHONE)]
    assert {n.side for n in notes} == {"marketing"}


def test_a_resent_note_is_stored_once(db_path, session):
    with Room(db_path, session.id, "notes", "goals") as room:
        body = answer_set(room.round, "sales", text="Once", set=device())
        assert post(room, body)[1] == {"status": "stored"}
        assert post(room, body)[1] == {"status": "already"}
    assert [n.text for n in stored(db_path, session.id).notes.items].count("Once") == 1


def test_a_name_only_in_a_named_round(db_path, session):
    with Room(db_path, session.id, "assessment", named=True) as room:
        assert room.round.named and room.round.state()["named"]
        assert post(room, full_set(room.statements, "sales"))[0] == 400  # the name is missing
        assert post(room, full_set(room.statements, "sales", name=HOSTILE))[0] == 200
        votes = room.next_round("votes", "goals", named=True)
        assert not votes.named  # dot votes are counts: never named
        assert post(room, answer_set(votes, "sales", votes={"n1": 1}, name="Ana"))[0] == 400
    (person,) = stored(db_path, session.id).participants
    assert person.name == HOSTILE and not person.anonymous
    with Room(db_path, session.id, "notes", "goals") as room:  # anonymous
        body = answer_set(room.round, "sales", text="Hi", set=device(), name="Ana")
        assert post(room, body)[0] == 400


def test_wrong_round_or_kind_and_closed_rounds_are_refused(db_path, session):
    with Room(db_path, session.id, "assessment") as room:
        answer = full_set(room.statements)
        assert post(room, {**answer, "kind": "votes"})[0] == 409
        assert post(room, {**answer, "round": 2})[0] == 409
        assert post(room, {**answer, "round": "1"})[0] == 409
        notes = room.next_round("notes", "goals")
        assert post(room, answer)[0] == 409  # the assessment round has been closed by the next
        join = {"device": device(), "department": "sales", "round": 1}
        assert room.request("POST", f"/{room.code}/join", join)[0] == 409
        room.room.close_round()
        assert post(room, answer_set(notes, text="late", set=device()))[0] == 410
        assert room.request("POST", f"/{room.code}/join", {**join, "round": 2})[0] == 410
        assert room.request("GET", f"/{room.code}/")[0] == 200  # the page says: wait
    after = stored(db_path, session.id)
    assert after.participants == [] and len(after.notes.items) == 2


def test_nothing_of_the_session_but_the_rounds_items_reaches_the_page(db_path, session, repo):
    repo.update_info(session.id, organisation="Secret Org")
    repo.save_section(session.id, "frictions", replace(session.frictions, notes="private notes"))
    with Room(db_path, session.id, "frictions") as room:
        status, html = room.request("GET", f"/{room.code}/")
        assert status == 200
        for private in ("Secret Org", "private notes", "Rounds", session.id):
            assert private not in html
        for path in (f"/{room.code}/round", f"/{room.code}/live/x", f"/{room.code}/notes"):
            assert room.request("GET", path)[0] == 404


def test_the_live_socket_follows_the_facilitator(db_path, session):
    from aiohttp import ClientSession, WSServerHandshakeError

    with Room(db_path, session.id, "assessment") as room:
        base = f"http://127.0.0.1:{room.server.port}/{room.code}"

        async def follow():
            async with ClientSession() as client:
                with pytest.raises(WSServerHandshakeError):
                    await client.ws_connect(f"http://127.0.0.1:{room.server.port}/QQQQ/live")
                async with client.ws_connect(f"{base}/live") as socket:
                    first = json.loads((await socket.receive(5)).data)["round"]
                    await asyncio.to_thread(room.next_round, "notes", "goals")
                    second = json.loads((await socket.receive(5)).data)["round"]
                    await asyncio.to_thread(room.room.close_round)
                    await asyncio.to_thread(room.server.push)
                    third = json.loads((await socket.receive(5)).data)["round"]
                    await socket.send_str("x" * 10_000)  # over the limit: the socket is closed
                    closing = await socket.receive(5)
                    return first, second, third, closing

        first, second, third, closing = asyncio.run(follow())
    assert (first["kind"], first["number"], first["open"]) == ("assessment", 1, True)
    assert (second["kind"], second["number"], second["open"]) == ("notes", 2, True)
    assert (third["number"], third["open"]) == (2, False)
    assert closing.type.name in ("CLOSE", "CLOSED", "CLOSING", "ERROR")


def test_a_flood_of_notes_from_one_device_is_limited_and_others_still_get_in(db_path, session):
    from workshop_app.room.round import DEVICE_RATE

    token = device()
    with Room(db_path, session.id, "notes", "goals") as room:
        statuses = [
            post(room, answer_set(room.round, "sales", token, text="spam", set=device()))[0]
            for _ in range(DEVICE_RATE[0] + 5)
        ]
        assert statuses.count(429) >= 5 and statuses[:NOTES_PER_PHONE] == [200] * NOTES_PER_PHONE
        assert post(room, answer_set(room.round, "marketing", text="mine", set=device()))[0] == 200
    texts = [n.text for n in stored(db_path, session.id).notes.items]
    assert texts.count("spam") == NOTES_PER_PHONE and "mine" in texts


def test_live_sockets_from_one_address_are_limited(db_path, session, monkeypatch):
    from aiohttp import ClientSession, WSServerHandshakeError

    from workshop_app.room import server

    monkeypatch.setattr(server, "DEVICES_PER_ADDRESS", 3)
    with Room(db_path, session.id, "notes", "goals") as room:
        url = f"http://127.0.0.1:{room.server.port}/{room.code}/live"

        async def crowd():
            async with ClientSession() as client:
                sockets = [await client.ws_connect(url) for _ in range(3)]
                with pytest.raises(WSServerHandshakeError) as refused:
                    await client.ws_connect(url)
                for socket in sockets:
                    await socket.close()
                return refused.value.status

        assert asyncio.run(crowd()) == 429


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "notes", "text": ["a list"]},
        {"kind": "notes", "text": {"an": "object"}},
        {"kind": "notes", "text": "ok", "set": "../../etc"},
        {"kind": "notes", "text": "ok", "extra": 1},
        {"kind": "notes", "text": "ok", "department": "<script>"},
        {"kind": "notes", "text": "ok", "device": "<script>alert(1)</script>"},
    ],
)
def test_malformed_notes_are_refused(db_path, session, body):
    with Room(db_path, session.id, "notes", "goals") as room:
        answer = {**answer_set(room.round, "sales", set=device()), **body}
        assert post(room, answer)[0] == 400
    assert len(stored(db_path, session.id).notes.items) == 2


def test_phones_hear_the_round_close_when_the_room_closes(db_path, session):
    from aiohttp import ClientSession

    room = Room(db_path, session.id, "notes", "goals")
    room.__enter__()
    url = f"http://127.0.0.1:{room.server.port}/{room.code}/live"

    async def listen():
        async with ClientSession() as client, client.ws_connect(url) as socket:
            assert json.loads((await socket.receive(5)).data)["round"]["open"]
            await asyncio.to_thread(room.__exit__)
            heard = []
            while (message := await socket.receive(5)).type.name == "TEXT":
                heard.append(json.loads(message.data)["round"]["open"])
            return heard, message.type.name

    heard, then = asyncio.run(listen())
    assert heard and not any(heard) and then in ("CLOSE", "CLOSED", "CLOSING")
