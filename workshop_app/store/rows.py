"""A session's rows in SQLite: reading and writing its parts on one connection.

Plain functions of a ``Database``, run inside a transaction the caller holds (the repository's
``_read``/``_write``): the repository, the action tracking and undo's replay build on them, and
none of them knows the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

from workshop_app import domain
from workshop_app.domain import limits
from workshop_app.domain.basics import Participant, SessionInfo
from workshop_app.domain.codec import from_data, to_data
from workshop_app.errors import NotFound, ValidationError
from workshop_app.messages import Message

if TYPE_CHECKING:
    from workshop_app.domain import Action, ActionEvent, Session
    from workshop_app.store.database import Database

INFO_FIELDS = tuple(f.name for f in fields(SessionInfo))
PARTICIPANT_FIELDS = tuple(f.name for f in fields(Participant))
EVENT_FIELDS = ("id", "action_id", "at", "kind", "status", "due", "comment")


@cache
def action_fields() -> tuple[str, ...]:
    # On first use: the window lists sessions without loading the action types.
    return tuple(f.name for f in fields(domain.Action))


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def search_text(info: SessionInfo) -> str:
    return " ".join((info.title, info.organisation, info.facilitator, info.location)).casefold()


def touch(db: Database, session_id: str) -> str:
    """Mark a session changed now; NotFound if there is no such session."""
    stamp = now()
    cursor = db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", [stamp, session_id])
    if cursor.rowcount == 0:
        raise NotFound("session.no_such_id", id=session_id)
    return stamp


# A section is stored as JSON. json is imported on the first section read or written, not with
# the store: the library lists sessions without it (about 2 ms of every start).


def parse(text: str) -> Any:
    import json

    return json.loads(text)


def serialise(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)


# ----------------------------------------------------------------- reading


def load_session(db: Database, session_id: str) -> Session:
    session = domain.Session(info=info(db, session_id))
    session.participants = participants(db, session_id)
    for row in db.query("SELECT name, data FROM sections WHERE session_id = ?", [session_id]):
        if row["name"] in domain.SECTIONS:
            setattr(
                session,
                row["name"],
                from_data(domain.SECTIONS[row["name"]], parse(row["data"])),
            )
    session.actions = actions(db, session_id)
    session.history = load_events(db, session_id)
    return session


def part(db: Database, session_id: str, kind: str) -> Any:
    """ "info", "participants", "actions" or a section (its default when never saved)."""
    if kind == "info":
        return info(db, session_id)
    if kind == "participants":
        return participants(db, session_id)
    if kind == "actions":
        return actions(db, session_id)
    rows = list(
        db.query("SELECT data FROM sections WHERE session_id = ? AND name = ?", [session_id, kind])
    )
    return (
        from_data(domain.SECTIONS[kind], parse(rows[0]["data"]))
        if rows
        else domain.SECTIONS[kind]()
    )


def info(db: Database, session_id: str) -> SessionInfo:
    rows = list(db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    if not rows:
        raise NotFound("session.no_such_id", id=session_id)
    return SessionInfo(**{k: rows[0][k] for k in INFO_FIELDS})


def participants(db: Database, session_id: str) -> list[Participant]:
    return [
        from_data(
            Participant,
            {k: row[k] for k in PARTICIPANT_FIELDS} | {"anonymous": bool(row["anonymous"])},
        )
        for row in db.query(
            "SELECT * FROM participants WHERE session_id = ? ORDER BY position", [session_id]
        )
    ]


def actions(db: Database, session_id: str) -> list[Action]:
    return [
        from_data(domain.Action, {k: row[k] for k in action_fields()})
        for row in db.query(
            "SELECT * FROM actions WHERE session_id = ? ORDER BY position", [session_id]
        )
    ]


def stored_action(db: Database, session_id: str, action_id: str) -> Action:
    rows = list(
        db.query("SELECT * FROM actions WHERE session_id = ? AND id = ?", [session_id, action_id])
    )
    if not rows:
        raise NotFound("action.gone")
    return from_data(domain.Action, {k: rows[0][k] for k in action_fields()})


def load_events(db: Database, session_id: str, action_id: str | None = None) -> list[ActionEvent]:
    where, params = "session_id = ?", [session_id]
    if action_id is not None:
        where += " AND action_id = ?"
        params.append(action_id)
    rows = db.query(
        f"SELECT {', '.join(EVENT_FIELDS)} FROM action_events WHERE {where} ORDER BY at, rowid",
        params,
    )
    return [from_data(domain.ActionEvent, row) for row in rows]


# ----------------------------------------------------------------- writing


def insert_participants(db: Database, session_id: str, participants: Sequence[Participant]) -> None:
    seen: set[str] = set()
    for position, p in enumerate(participants):
        if p.id in seen:
            raise ValidationError("participant.id_twice", id=p.id)
        seen.add(p.id)
        limits.check(Message("field.participant_name"), p.name, limits.LINE)
        limits.check(Message("field.participant_role"), p.role, limits.LINE)
        db.execute(
            "INSERT INTO participants (session_id, id, position, name, department, role, anonymous) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [session_id, p.id, position, p.name, str(p.department), p.role, int(p.anonymous)],
        )


def insert_actions(
    db: Database, session_id: str, actions: Sequence[Action], start: int = 0
) -> None:
    columns = ("session_id", "position", *action_fields())
    sql = f"INSERT INTO actions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for offset, action in enumerate(actions):
        data = to_data(action)
        limits.check_all(Message("field.action", title=action.title[:60]), data)
        db.execute(sql, [session_id, start + offset] + [data[k] for k in action_fields()])


def append_action(db: Database, session_id: str, action: Action) -> None:
    """A new action at the end of the session's plan."""
    position = db.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM actions WHERE session_id = ?", [session_id]
    ).fetchone()[0]
    insert_actions(db, session_id, [action], start=position)


def put_section(db: Database, session_id: str, name: str, value: Any) -> None:
    data = to_data(value)
    limits.check_all(Message("field.section", name=name), data)
    db.execute(
        "INSERT INTO sections (session_id, name, data) VALUES (?, ?, ?) "
        "ON CONFLICT (session_id, name) DO UPDATE SET data = excluded.data",
        [session_id, name, serialise(data)],
    )


def insert_events(db: Database, session_id: str, events: Iterable[ActionEvent]) -> None:
    sql = (
        f"INSERT INTO action_events (session_id, {', '.join(EVENT_FIELDS)}) "
        f"VALUES ({', '.join('?' * (len(EVENT_FIELDS) + 1))})"
    )
    for event in events:
        limits.check(Message("field.comment"), event.comment, limits.TEXT)
        data = to_data(event)
        db.execute(sql, [session_id] + [data[k] for k in EVENT_FIELDS])
