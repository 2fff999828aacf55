"""A round served on loopback for the tests and `make bench`: the server on its thread, and a
writer thread that stores what phones send into the repository, as the window does."""

from __future__ import annotations

import http.client
import json
import secrets
import threading
from pathlib import Path

from workshop_app.content import load_content
from workshop_app.room.intake import Desk
from workshop_app.room.server import RoomServer, round_server
from workshop_app.store import Repository


class Writer(threading.Thread):
    def __init__(self, db_path: Path, session_id: str, desk: Desk):
        super().__init__(daemon=True)
        self.db_path, self.session_id, self.desk = db_path, session_id, desk
        self.stopping = threading.Event()
        self.errors: list[BaseException] = []

    def run(self) -> None:
        repo = Repository.open(self.db_path)
        session = repo.get(self.session_id)
        participants, assessment = session.participants, session.assessment

        def write(people, answers):
            nonlocal participants, assessment
            with repo.intent():
                repo.save_participants(self.session_id, people)
                repo.save_section(self.session_id, "assessment", answers)
            participants, assessment = people, answers

        try:
            while not self.stopping.is_set():
                self.desk.store(participants, assessment, write, timeout=0.02)
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            repo.close()


class Room:
    """A round of one session on 127.0.0.1, answered into the database at ``db_path``."""

    def __init__(self, db_path: Path, session_id: str):
        repo = Repository.open(db_path)
        session = repo.get(session_id)
        repo.close()
        self.desk = Desk(load_content(session.info.language))
        self.server: RoomServer = round_server(session, self.desk.deliver)
        self.writer = Writer(db_path, session_id, self.desk)

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
        return self.server.round.code

    @property
    def statements(self) -> tuple[str, ...]:
        return self.server.round.statements

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
    answers = {s: (None if i == 0 else value) for i, s in enumerate(statements)}
    return {"device": token or device(), "department": department, "answers": answers, **extra}
