"""The participant server on loopback, over real HTTP: what a phone may do, and what it may not."""

from __future__ import annotations

import asyncio
import http.client

import pytest

from tests.core.room_support import Room, device, full_set
from workshop_app import library
from workshop_app.room.round import DEVICE_RATE, DEVICES_PER_ADDRESS, MAX_BODY, new_room_code


@pytest.fixture
def session(repo):
    session = library.create_session(repo, "Phones")
    return session


@pytest.fixture
def room(db_path, session):
    with Room(db_path, session.id) as room:
        yield room


def stored(db_path, session_id):
    from workshop_app.store import Repository

    repo = Repository.open(db_path)
    try:
        return repo.get(session_id)
    finally:
        repo.close()


def test_a_phone_joins_answers_and_its_set_lands_as_an_anonymous_respondent(room, db_path, session):
    status, page = room.request("GET", f"/{room.code}/")
    assert status == 200 and "Your answers for the workshop" in page
    token = device()
    assert room.request("POST", f"/{room.code}/join", {"device": token, "department": "sales"}) == (
        200,
        {"status": "joined"},
    )
    assert room.server.round.joined() == {"sales": 1, "marketing": 0, "leadership": 0}
    answer = full_set(room.statements, "sales", token)
    assert room.request("POST", f"/{room.code}/answers", answer) == (200, {"status": "stored"})
    assert room.server.round.answered() == 1

    after = stored(db_path, session.id)
    (person,) = after.participants
    assert person.name == "Sales phone 1" and person.anonymous
    assert person.department == "sales" and token not in repr(after)
    answers = [a for a in after.assessment.answers if a.respondent == person.id]
    assert len(answers) == len(room.statements)
    assert {a.value for a in answers} == {None, 4}


def test_one_answer_set_per_device_a_resend_is_acknowledged_not_stored_twice(
    room, db_path, session
):
    answer = full_set(room.statements, "marketing")
    assert room.request("POST", f"/{room.code}/answers", answer)[1] == {"status": "stored"}
    assert room.request("POST", f"/{room.code}/answers", answer)[1] == {"status": "already"}
    other = full_set(room.statements, "marketing")
    assert room.request("POST", f"/{room.code}/answers", other)[1] == {"status": "stored"}
    names = [p.name for p in stored(db_path, session.id).participants]
    assert names == ["Marketing phone 1", "Marketing phone 2"]


def test_a_wrong_or_old_room_code_is_not_found(room, db_path, session):
    old = room.code
    wrong = next(c for c in iter(new_room_code, None) if c != old)
    for path in (f"/{wrong}/", f"/{wrong}", f"/{wrong}/join"):
        assert room.request("GET", path)[0] == 404
    answer = full_set(room.statements)
    assert room.request("POST", f"/{wrong}/answers", answer)[0] == 404
    room.room.code = next(c for c in iter(new_room_code, None) if c != old)  # a new round
    assert room.request("GET", f"/{old}/")[0] == 404
    assert room.request("POST", f"/{old}/answers", answer)[0] == 404
    assert stored(db_path, session.id).participants == []


def test_nothing_else_is_reachable(room):
    for path in (
        "/",
        "/session",
        "/api",
        f"/{room.code}/../",
        f"/{room.code}/session",
        f"/{room.code}/answers",  # GET of a POST-only address
        f"/{room.code}/%2e%2e/%2e%2e/etc/passwd",
        "/../../etc/passwd",
        f"/{room.code}/participant.html",
    ):
        status, body = room.request("GET", path)
        assert status == 404, path
        assert "Phones" not in str(body)


def test_a_typed_lower_case_code_is_sent_to_the_page(room):
    connection = http.client.HTTPConnection("127.0.0.1", room.server.port, timeout=5)
    connection.request("GET", f"/{room.code.lower()}")
    response = connection.getresponse()
    assert response.status == 302 and response.getheader("Location") == f"/{room.code}/"
    connection.close()


def test_a_closed_round_refuses_and_then_no_longer_listens(db_path, session):
    with Room(db_path, session.id) as room:
        port = room.server.port
        room.room.close_round()  # closing: a request in flight is refused
        assert room.request("POST", f"/{room.code}/answers", full_set(room.statements))[0] == 410
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    with pytest.raises(OSError):
        connection.request("GET", f"/{room.code}/")
        connection.getresponse()
    assert stored(db_path, session.id).participants == []


@pytest.mark.parametrize(
    "body",
    [
        [],
        "text",
        {"device": "short", "department": "sales"},
        {"device": None, "department": "sales"},
        {"department": "finance"},
        {"answers": {}},
        {"answers": {"a01": 6}},
        {"answers": {"a01": "4"}},
        {"answers": {"a01": True}},
        {"answers": {"a01": 2.5}},
        {"prediction": 60},  # this session does not predict
        {"extra": "field"},
        {"department": "<script>alert(1)</script>"},
        {"device": "<img src=x onerror=alert(1)>"},
    ],
)
def test_malformed_answer_sets_are_refused_with_400(room, db_path, session, body):
    answer = full_set(room.statements)
    if isinstance(body, dict):
        if "answers" in body and body["answers"]:
            body = {**answer, "answers": {**answer["answers"], **body["answers"]}}
        else:
            body = {**answer, **body}
    status, reply = room.request("POST", f"/{room.code}/answers", body)
    assert status == 400, reply
    assert stored(db_path, session.id).participants == []


def test_malformed_bytes_wrong_type_and_oversized_bodies_are_refused(room, db_path, session):
    path = f"/{room.code}/answers"
    assert room.request("POST", path, raw=b"{not json")[0] == 400
    assert room.request("POST", path, raw=b"\xff\xfe\x00")[0] == 400
    assert room.request("POST", path, raw=b'{"a":1}', content_type="text/plain")[0] == 400
    assert room.request("POST", path, raw=b"x" * (MAX_BODY + 1))[0] == 413
    huge = full_set(room.statements, padding="x" * MAX_BODY)
    assert room.request("POST", path, huge)[0] == 413
    assert stored(db_path, session.id).participants == []


def test_a_flood_from_one_device_is_limited_and_other_phones_still_get_in(room):
    token = device()
    statuses = [
        room.request("POST", f"/{room.code}/join", {"device": token, "department": "sales"})[0]
        for _ in range(DEVICE_RATE[0] + 10)
    ]
    assert statuses.count(429) >= 5 and statuses[0] == 200
    assert room.request("POST", f"/{room.code}/answers", full_set(room.statements))[0] == 200


def test_one_machine_inventing_device_tokens_cannot_crowd_the_round(room):
    join = f"/{room.code}/join"
    first = device()
    assert room.request("POST", join, {"device": first, "department": "sales"})[0] == 200
    statuses = [
        room.request("POST", join, {"device": device(), "department": "sales"})[0]
        for _ in range(DEVICES_PER_ADDRESS + 5)
    ]
    assert statuses.count(429) == 6 and statuses[-1] == 429
    # A phone that had joined still gets its answers in.
    answer = full_set(room.statements, "sales", first)
    assert room.request("POST", f"/{room.code}/answers", answer)[0] == 200


def test_the_page_carries_session_text_as_data_never_as_markup(db_path, repo, monkeypatch):
    from workshop_app.content import Content
    from workshop_app.room import page

    hostile = "</script><script>alert(1)</script><b>&amp;"
    original = Content.items

    def items(self, key):
        found = original(self, key)
        if key == "assessment.statements":
            found = [{**found[0], "text": hostile}, *found[1:]]
        return found

    monkeypatch.setattr(Content, "items", items)
    session = library.create_session(repo, "Hostile")
    with Room(db_path, session.id) as room:
        status, html = room.request("GET", f"/{room.code}/")
    assert status == 200
    assert "<script>alert" not in html and "</script><script>alert" not in html
    assert html.count("<script") == 2  # the data block and the page's own script
    assert "\\u003c/script\\u003e" in html
    assert "innerHTML" not in page._template()


def test_sixty_phones_answering_at_once_lose_no_answer(room, db_path, session):
    from aiohttp import ClientSession

    async def phone(client, token, department):
        base = f"http://127.0.0.1:{room.server.port}/{room.code}"
        async with client.get(f"{base}/") as response:
            assert response.status == 200
        join = {"device": token, "department": department}
        async with client.post(f"{base}/join", json=join) as response:
            assert response.status == 200
        answer = full_set(room.statements, department, token)
        async with client.post(f"{base}/answers", json=answer) as response:
            return response.status, await response.json()

    async def crowd():
        async with ClientSession() as client:
            return await asyncio.gather(
                *(phone(client, device(), ("sales", "marketing")[i % 2]) for i in range(60))
            )

    replies = asyncio.run(crowd())
    assert all(reply == (200, {"status": "stored"}) for reply in replies)
    after = stored(db_path, session.id)
    assert len(after.participants) == 60
    assert len(after.assessment.answers) == 60 * len(room.statements)
    assert room.server.round.joined() == {"sales": 30, "marketing": 30, "leadership": 0}


def test_the_page_needs_nothing_from_the_internet_and_runs_only_its_own_script(room):
    import re

    connection = http.client.HTTPConnection("127.0.0.1", room.server.port, timeout=5)
    connection.request("GET", f"/{room.code}/")
    response = connection.getresponse()
    html = response.read().decode("utf-8")
    connection.close()
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert not re.search(r"""(src|href)\s*=|url\(|@import|https?://""", html)
    assert response.getheader("Cache-Control") == "no-store"
