"""Publishing a session to the team library, and taking one out to work offline.

The local library remembers, per team library and session, where the two last met: the team's
version of the session then, and a digest of the local copy then (a file beside the local
database, ``<name>.team.json``; it names no password). From that:

- publishing writes over the team's copy only if it is still at the version last met, checked
  and written in one transaction (compare-and-set, the row locked meanwhile);
- taking out writes over the local copy only if it has not changed since they last met;
- otherwise nothing is written and ``Conflict`` carries the two copies, which ``side_by_side``
  compares; the person chooses ``copy`` (a new session beside the other) or ``update`` (this one
  replaces the other, knowingly).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app.errors import ValidationError
from workshop_app.messages import Message
from workshop_app.store.replay import digest
from workshop_app.store.team import faults
from workshop_app.store.team.faults import Conflict

if TYPE_CHECKING:
    from workshop_app.domain import Session
    from workshop_app.store.protocol import SessionRepository
    from workshop_app.store.team.repository import TeamRepository

MODES = ("error", "copy", "update")


@dataclass(frozen=True)
class Outcome:
    session: Session
    version: int  # the team library's version of the session now
    what: str  # "added", "updated", "copied" or "unchanged"


class Links:
    """Where this local library and team libraries last met, per session."""

    def __init__(self, local_path: Path | None):
        if local_path is None:
            raise ValidationError("team.no_local_library")
        self.path = local_path.with_name(local_path.name + ".team.json")

    def _load(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def get(self, team: str, session_id: str) -> dict[str, Any] | None:
        found = self._load().get(_key(team), {}).get(session_id)
        return found if isinstance(found, dict) else None

    def remember(self, team: str, session: Session, version: int) -> None:
        data = self._load()
        data.setdefault(_key(team), {})[session.id] = {
            "version": version,
            "local_digest": digest(session),
        }
        temporary = self.path.with_name(self.path.name + ".new")
        text = json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(text)
        os.replace(temporary, self.path)


def _key(address: str) -> str:
    """The team library's address without a password, should one have been given."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", address.strip())


# What the two copies are compared on: each field of the session's details with what names it and
# how its value is shown ("text", or "date" and "moment" as the caller writes them).
COMPARED = (
    ("title", "field.info.title", "text"),
    ("organisation", "field.info.organisation", "text"),
    ("date", "field.info.date", "date"),
    ("facilitator", "field.info.facilitator", "text"),
    ("location", "field.info.location", "text"),
    ("follow_up_date", "field.info.follow_up_date", "date"),
    ("notes", "field.info.notes", "text"),
    ("updated_at", "team.row.last_changed", "moment"),
)
STATUS = {
    "planned": "action.status.planned",
    "in_progress": "action.status.in_progress",
    "done": "action.status.done",
    "dropped": "action.status.dropped",
    "carried_over": "action.status.carried_over",
}


def side_by_side(
    here: Session,
    there: Session,
    say: Callable[[Message], str],
    date: Callable[[str], str],
    moment: Callable[[str], str],
) -> list[tuple[str, str, str]]:
    """What differs between two copies of a session, as (what, here, there), in the words of the
    window or the command line that shows it: ``say`` words a message, ``date`` writes an ISO date
    and ``moment`` a stored timestamp."""
    shown = {"text": _short, "date": date, "moment": moment}
    statuses = {status: say(Message(message_id)) for status, message_id in STATUS.items()}
    rows: list[tuple[str, str, str]] = []
    for field, label, kind in COMPARED:
        mine, theirs = getattr(here.info, field), getattr(there.info, field)
        if mine != theirs:
            show = shown[kind]
            rows.append(
                (say(Message(label)), show(mine) if mine else "", show(theirs) if theirs else "")
            )
    if len(here.participants) != len(there.participants):
        counts = (str(len(here.participants)), str(len(there.participants)))
        rows.append((say(Message("team.row.people")), *counts))
    mine_actions = {a.id: a for a in here.actions}
    their_actions = {a.id: a for a in there.actions}
    for action_id in [*mine_actions, *(i for i in their_actions if i not in mine_actions)]:
        mine_a = _action(mine_actions.get(action_id), statuses, date)
        theirs_a = _action(their_actions.get(action_id), statuses, date)
        if mine_a != theirs_a:
            rows.append((say(Message("team.row.action")), mine_a, theirs_a))
    if len(here.history) != len(there.history):
        counts = (str(len(here.history)), str(len(there.history)))
        rows.append((say(Message("team.row.history")), *counts))
    return rows


def _action(action: Any, statuses: dict[str, str], date: Callable[[str], str]) -> str:
    if action is None:
        return "—"
    parts = (
        statuses[str(action.status)],
        action.owner,
        date(action.due) if action.due else "",
        _short(action.title, 30),
    )
    return " · ".join(part for part in parts if part)


def _short(text: str, most: int = 60) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= most else line[: most - 1] + "…"


def publish(
    local: SessionRepository,
    team: TeamRepository,
    session_id: str,
    links: Links,
    mode: str = "error",
) -> Outcome:
    from workshop_app import library

    session = local.get(session_id)
    link = links.get(team.address, session_id)
    with team.intent():
        stamp = team.stamp(session_id, lock=True)
        if stamp is None and mode == "copy":
            # Nothing this role sees has the id, but a session it may not see can (IdTaken): the
            # copy takes an id of its own, and keeps its title, as no copy is there beside it.
            stored, what = team.add(library.copy_of(session, session.info.title)), "copied"
        elif stamp is None:
            stored, what = team.add(session), "added"
        elif mode == "copy":
            stored, what = library.import_session(team, session, "copy"), "copied"
        elif mode == "update" or (link is not None and stamp["version"] == link["version"]):
            if mode != "update" and link is not None and digest(session) == link["local_digest"]:
                return Outcome(session, stamp["version"], "unchanged")
            stored, what = team.replace_session(session), "updated"
        else:
            there = team.get(session_id)
            known = link["version"] if link else None
            raise Conflict(
                faults.stale(session.info.title, stamp["version"], known, team.place),
                session,
                there,
            )
        version = (team.stamp(stored.id) or {"version": 1})["version"]
    if what != "copied":
        links.remember(team.address, session, version)
    return Outcome(stored, version, what)


def take_out(
    local: SessionRepository,
    team: TeamRepository,
    session_id: str,
    links: Links,
    mode: str = "error",
) -> Outcome:
    from workshop_app import library

    with team.intent():  # the session and its version read as one
        there = team.get(session_id)
        stamp = team.stamp(session_id)
    version = stamp["version"] if stamp else 1
    link = links.get(team.address, session_id)
    if not local.exists(session_id):
        stored, what = local.add(there), "added"
    elif mode == "copy":
        return Outcome(library.import_session(local, there, "copy"), version, "copied")
    else:
        here = local.get(session_id)
        unchanged_here = link is not None and digest(here) == link["local_digest"]
        if mode != "update" and not unchanged_here:
            raise Conflict(faults.changed_here(here.info.title, version), here, there)
        stored, what = local.replace_session(there), "updated"
    links.remember(team.address, local.get(session_id), version)
    return Outcome(stored, version, what)
