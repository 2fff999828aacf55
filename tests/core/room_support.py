"""A round served on loopback for the tests and `make bench`: the server on its thread, and a
writer thread that stores what phones send into the repository, as the window does."""

from __future__ import annotations

import http.client
import json
import secrets
import threading
from pathlib import Path

from workshop_app.content import load_content
from workshop_app.room.asks import ask_for
from workshop_app.room.intake import Desk
from workshop_app.room.page import render
from workshop_app.room.round import Room as RoomState
from workshop_app.room.server import RoomServer
from workshop_app.store import Repository


class Writer(threading.Thread):
    def __init__(self, db_path: Path, session_id: str, desk: Desk):
        super().__init__(daemon=True)
        self.db_path, self.session_id, self.desk = db_path, session_id, desk
        self.stopping = threading.Event()
        self.errors: list[BaseException] = []

    def run(self) -> None:
        repo = Repository.open(self.db_path)

        def read(parts):
            return {part: repo.part(self.session_id, part) for part in parts}

        def write(parts):
            with repo.intent():
                for part, value in parts.items():
                    if part == "participants":
                        repo.save_participants(self.session_id, value)
                    else:
                        repo.save_section(self.session_id, part, value)

        try:
            while not self.stopping.is_set():
                self.desk.store(read, write, timeout=0.02)
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            repo.close()


class Room:
    """A room of one session on 127.0.0.1 with one round open, answered into the database at
    ``db_path``."""

    def __init__(
        self, db_path: Path, session_id: str, kind: str = "assessment", stage: str = "", **round_
    ):
        repo = Repository.open(db_path)
        session = repo.get(session_id)
        repo.close()
        content = load_content(session.info.language)
        self.session, self.content = session, content
        self.room = RoomState()
        self.desk = Desk(content)
        self.server: RoomServer = RoomServer(
            self.room, render(content, self.room.code, session.info.language), self.desk.deliver
        )
        self.next_round(kind, stage, **round_)
        self.writer = Writer(db_path, session_id, self.desk)

    def next_round(
        self, kind: str, stage: str = "", named: bool = False, budget: int = 3, session=None
    ):
        ask = ask_for(session or self.session, self.content, kind, stage, budget)
        self.desk.new_round(ask)
        round_ = self.room.open_round(ask, named)
        self.server.push()
        return round_

    def __enter__(self) -> Room:
        self.writer.start()
        self.server.start("127.0.0.1")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()
        self.writer.stopping.set()
        self.writer.join(timeout=10)
        assert not self.writer.errors, self.writer.errors

    @property
    def code(self) -> str:
        return self.room.code

    @property
    def round(self):
        return self.room.current

    @property
    def statements(self) -> tuple[str, ...]:
        return self.room.current.statements

    def request(
        self,
        method: str,
        path: str,
        body: object = None,
        *,
        raw: bytes | None = None,
        content_type: str = "application/json",
    ) -> tuple[int, dict | str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=10)
        try:
            data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
            headers = {"Content-Type": content_type} if data is not None else {}
            connection.request(method, path, body=data, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            if response.getheader("Content-Type", "").startswith("application/json"):
                return response.status, json.loads(text)
            return response.status, text
        finally:
            connection.close()


def device() -> str:
    return secrets.token_hex(16)


def full_set(statements, department: str = "sales", token: str | None = None, value=4, **extra):
    """A whole assessment answer set for round 1 (``round=`` for another)."""
    answers = {s: (None if i == 0 else value) for i, s in enumerate(statements)}
    body = {"device": token or device(), "department": department, "round": 1}
    return {**body, "kind": "assessment", "answers": answers, **extra}


def answer_set(round_, department: str = "sales", token: str | None = None, **fields):
    """An answer set of ``round_``'s kind: its number and kind, and ``fields``."""
    body = {"device": token or device(), "department": department, "round": round_.number}
    return {**body, "kind": round_.kind, **fields}
