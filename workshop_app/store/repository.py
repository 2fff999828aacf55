"""The repository: every read and write of sessions. The only module that speaks SQL.

Each write runs in one immediate transaction and is committed before the method returns, so a
caller that reports "saved" after a call has told the truth even if the power goes next. One
intent is one transaction: a write made inside another (replacing a session, an undo step that
rewrites several parts) joins it, and all of it is kept or none. A session is read in one read
transaction, so it is never half one version and half the next. A failure of the disk or the
file reaches the caller as a store.faults error, in words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app import domain
from workshop_app.domain import limits
from workshop_app.domain.basics import Participant, SessionInfo, SessionSummary
from workshop_app.domain.codec import from_data, to_data
from workshop_app.errors import Ambiguous, NotFound, ValidationError
from workshop_app.store import backups
from workshop_app.store.connection import open_database
from workshop_app.store.database import Database
from workshop_app.store.replay import PartReplay
from workshop_app.store.tracking import ActionTracking
from workshop_app.store.transactions import Transactions, file_identity

if TYPE_CHECKING:
    from workshop_app.domain import Action, Session

INFO_FIELDS = tuple(f.name for f in fields(SessionInfo))
EDITABLE_INFO = frozenset(INFO_FIELDS) - {"id", "created_at", "updated_at", "language"}
PARTICIPANT_FIELDS = tuple(f.name for f in fields(Participant))


@cache
def action_fields() -> tuple[str, ...]:
    # On first use: the window lists sessions without loading the action types.
    return tuple(f.name for f in fields(domain.Action))


# A session's series: its size and this session's place in it (the trash left out).
SERIES_SIZE = (
    "(SELECT count(*) FROM sessions o WHERE o.series_id = s.series_id AND o.deleted_at IS NULL)"
)
# The unary + keeps SQLite on the series index: left to itself it walks the listing index by
# date, which made the library 100 times slower at 10,000 sessions.
SERIES_POSITION = (
    "(SELECT count(*) FROM sessions o WHERE o.series_id = s.series_id AND +o.deleted_at IS NULL"
    " AND (o.date, o.created_at, o.id) <= (s.date, s.created_at, s.id))"
)
SERIES_COLUMNS = f"s.series_id, {SERIES_SIZE} AS series_size, {SERIES_POSITION} AS series_position"
# How each library column sorts in SQL (``casefold`` is registered on every connection).
LISTING_SORTS = {
    "title": "casefold(s.title)",
    "organisation": "casefold(s.organisation)",
    "date": "s.date",
    "facilitator": "casefold(s.facilitator)",
    "language": "casefold(s.language)",
    "participants": "(SELECT count(*) FROM participants p WHERE p.session_id = s.id)",
    "actions": "(SELECT count(*) FROM actions a WHERE a.session_id = s.id)",
    "updated_at": "s.updated_at",
    # A series' workshops together and in order; sessions on their own after every series.
    "series": f"printf('%d|%s|%09d', {SERIES_SIZE} < 2, s.series_id, {SERIES_POSITION})",
}


def _listing_filter(search: str, trash: bool) -> tuple[str, list[Any]]:
    """The WHERE clause and parameters of a library listing: the trash or not, and a search."""
    where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
    needle = search.strip().casefold()
    if needle:
        return where + " AND instr(search_text, ?) > 0", [needle]
    return where, []


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _search_text(info: SessionInfo) -> str:
    return " ".join((info.title, info.organisation, info.facilitator, info.location)).casefold()


class Repository(Transactions, ActionTracking, PartReplay):
    def __init__(self, db: Database, path: Path | None = None):
        self.db = db
        self.path = path
        self._depth = 0  # transactions this repository has opened and not yet ended
        self._file = file_identity(path)

    @classmethod
    def open(cls, path: Path, *, check: bool = True) -> Repository:
        return cls(open_database(path, check=check), path)

    def close(self) -> None:
        self.db.conn.close()

    def backup(self, reason: str = "manual", protect: Path | None = None) -> Path:
        if self.path is None:
            raise ValidationError("This database has no file to back up.")
        return backups.take_backup(self.db.conn, self.path, reason, protect=protect)

    def backup_daily(self) -> Path | None:
        """The first start of a day keeps a copy of the database as it was."""
        if self.path is None or not backups.needs_daily_backup(self.path):
            return None
        return self.backup("daily")

    def _touch(self, session_id: str) -> str:
        stamp = now()
        cursor = self.db.execute(
            "UPDATE sessions SET updated_at = ? WHERE id = ?", [stamp, session_id]
        )
        if cursor.rowcount == 0:
            raise NotFound(f"No session with id {session_id}.")
        return stamp

    # ----------------------------------------------------------------- the library

    def list_sessions(self, search: str = "", *, trash: bool = False) -> list[SessionSummary]:
        where, params = _listing_filter(search, trash)
        rows = self.db.query(
            f"""
            SELECT s.id, s.title, s.organisation, s.date, s.facilitator, s.language, s.updated_at,
                   (SELECT count(*) FROM participants p WHERE p.session_id = s.id) AS participants,
                   (SELECT count(*) FROM actions a WHERE a.session_id = s.id) AS actions,
                   {SERIES_COLUMNS}
            FROM sessions s WHERE {where}
            ORDER BY s.date DESC, s.updated_at DESC
            """,
            params,
        )
        return [SessionSummary(**row) for row in rows]

    def session_ids(
        self, search: str = "", *, trash: bool = False, sort: str = "date", descending: bool = True
    ) -> list[str]:
        """The ids of ``list_sessions`` in the library's order, without building 10,000 rows:
        the window asks ``summaries`` for the few rows on screen. Text sorts case-insensitively
        (``casefold``); ties keep the listing order, newest workshop first."""
        if sort not in LISTING_SORTS:
            raise ValidationError(f"The library cannot be sorted by {sort}.")
        where, params = _listing_filter(search, trash)
        order = [f"{LISTING_SORTS[sort]} {'DESC' if descending else 'ASC'}"]
        order += [term for term in ("s.date DESC", "s.updated_at DESC") if term not in order]
        cursor = self.db.execute(
            f"SELECT s.id FROM sessions s WHERE {where} ORDER BY {', '.join(order)}", params
        )
        return [row[0] for row in cursor]

    def summaries(self, session_ids: Sequence[str]) -> list[SessionSummary]:
        """Library rows for these sessions, in the order given; unknown ids are left out."""
        found: dict[str, SessionSummary] = {}
        for start in range(0, len(session_ids), 500):  # SQLite's limit on bound parameters
            chunk = list(session_ids[start : start + 500])
            for row in self.db.query(
                f"""
                SELECT s.id, s.title, s.organisation, s.date, s.facilitator, s.language,
                       s.updated_at, {LISTING_SORTS["participants"]} AS participants,
                       {LISTING_SORTS["actions"]} AS actions, {SERIES_COLUMNS}
                FROM sessions s WHERE s.id IN ({", ".join("?" * len(chunk))})
                """,
                chunk,
            ):
                found[row["id"]] = SessionSummary(**row)
        return [found[i] for i in session_ids if i in found]

    def find(self, ref: str) -> str:
        """A session id from an id, an id prefix of 6+ characters, or a unique title."""
        ref = ref.strip()
        rows = list(self.db.query("SELECT id FROM sessions WHERE id = ?", [ref]))
        if not rows and len(ref) >= 6:
            rows = list(self.db.query("SELECT id FROM sessions WHERE id LIKE ? || '%'", [ref]))
        if not rows:
            rows = list(
                self.db.query(
                    "SELECT id FROM sessions WHERE title = ? AND deleted_at IS NULL", [ref]
                )
            )
        if not rows:
            raise NotFound(f"No session matches “{ref}”. `truce list` shows the sessions.")
        if len(rows) > 1:
            raise Ambiguous(f"More than one session matches “{ref}”; use its id instead.")
        return rows[0]["id"]

    def series(self, series_id: str) -> list[Session]:
        """The workshops of one series (the trash left out), in the order they took place."""
        with self._read():
            rows = list(
                self.db.query(
                    "SELECT id FROM sessions WHERE series_id = ? AND deleted_at IS NULL "
                    "ORDER BY date, created_at, id",
                    [series_id],
                )
            )
            return [self.get(row["id"]) for row in rows]

    def exists(self, session_id: str) -> bool:
        return bool(list(self.db.query("SELECT 1 FROM sessions WHERE id = ?", [session_id])))

    # ----------------------------------------------------------------- whole sessions

    def get(self, session_id: str) -> Session:
        with self._read():
            session = domain.Session(info=self._info(session_id))
            session.participants = self._participants(session_id)
            for row in self.db.query(
                "SELECT name, data FROM sections WHERE session_id = ?", [session_id]
            ):
                if row["name"] in domain.SECTIONS:
                    setattr(
                        session,
                        row["name"],
                        from_data(domain.SECTIONS[row["name"]], json.loads(row["data"])),
                    )
            session.actions = self._actions(session_id)
            session.history = self._load_events(session_id)
        return session

    def part(self, session_id: str, kind: str) -> Any:
        """One part of a stored session, without reading the rest: "info", "participants",
        "actions" or a section's name (its default when it was never saved)."""
        with self._read():
            return self._part(session_id, kind)

    def _part(self, session_id: str, kind: str) -> Any:
        if kind == "info":
            return self._info(session_id)
        if kind == "participants":
            return self._participants(session_id)
        if kind == "actions":
            return self._actions(session_id)
        rows = list(
            self.db.query(
                "SELECT data FROM sections WHERE session_id = ? AND name = ?", [session_id, kind]
            )
        )
        return (
            from_data(domain.SECTIONS[kind], json.loads(rows[0]["data"]))
            if rows
            else domain.SECTIONS[kind]()
        )

    def _info(self, session_id: str) -> SessionInfo:
        rows = list(self.db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
        if not rows:
            raise NotFound(f"No session with id {session_id}.")
        return SessionInfo(**{k: rows[0][k] for k in INFO_FIELDS})

    def _participants(self, session_id: str) -> list[Participant]:
        return [
            from_data(
                Participant,
                {k: row[k] for k in PARTICIPANT_FIELDS} | {"anonymous": bool(row["anonymous"])},
            )
            for row in self.db.query(
                "SELECT * FROM participants WHERE session_id = ? ORDER BY position", [session_id]
            )
        ]

    def _actions(self, session_id: str) -> list[Action]:
        return [
            from_data(domain.Action, {k: row[k] for k in action_fields()})
            for row in self.db.query(
                "SELECT * FROM actions WHERE session_id = ? ORDER BY position", [session_id]
            )
        ]

    def add(self, session: Session) -> Session:
        """Store a complete session (new, imported, duplicated or demo) in one transaction."""
        stamp = now()
        info = replace(
            session.info,
            created_at=session.info.created_at or stamp,
            updated_at=session.info.updated_at or stamp,
            series_id=session.info.series_id or session.info.id,
        )
        if not info.title.strip():
            raise ValidationError("A session needs a title.")
        limits.check_all("The session's details", to_data(info))
        with self._write():
            self.db.execute(
                f"INSERT INTO sessions ({', '.join(INFO_FIELDS)}, search_text) "
                f"VALUES ({', '.join('?' * len(INFO_FIELDS))}, ?)",
                [getattr(info, k) for k in INFO_FIELDS] + [_search_text(info)],
            )
            self._insert_participants(info.id, session.participants)
            for name in domain.SECTIONS:
                self._put_section(info.id, name, getattr(session, name))
            self._insert_actions(info.id, session.actions)
            self._insert_events(info.id, session.history)
        return replace(session, info=info)

    def replace_session(self, session: Session) -> Session:
        """Overwrite a stored session with another version of it (an import chosen as update),
        in one transaction: if the new version cannot be stored, the old one stays."""
        with self._write():
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session.id])
            return self.add(session)

    def duplicate(self, session_id: str, title: str, today: date | None = None) -> Session:
        """A copy for a follow-up workshop (workshop_app.follow_up.next_workshop says what it
        starts with): new ids, same series, remembers where it came from."""
        from workshop_app.follow_up import next_workshop

        return self.add(next_workshop(self.get(session_id), title, today or date.today()))

    def delete(self, session_id: str) -> None:
        """Move to the trash; `restore` brings it back, `purge` destroys it."""
        with self._write():
            self._touch(session_id)
            self.db.execute("UPDATE sessions SET deleted_at = ? WHERE id = ?", [now(), session_id])

    def restore(self, session_id: str) -> None:
        with self._write():
            self._touch(session_id)
            self.db.execute("UPDATE sessions SET deleted_at = NULL WHERE id = ?", [session_id])

    def purge(self, session_id: str) -> None:
        with self._write():
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])

    def empty_trash(self) -> int:
        with self._write():
            return self.db.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL").rowcount

    # ----------------------------------------------------------------- edits

    def update_info(self, session_id: str, **changes: Any) -> SessionInfo:
        unknown = set(changes) - EDITABLE_INFO
        if unknown:
            raise ValidationError(
                f"These session details cannot be changed: {', '.join(sorted(unknown))}."
            )
        if "title" in changes and not str(changes["title"]).strip():
            raise ValidationError("A session needs a title.")
        for key, value in changes.items():
            limits.check(
                key.replace("_", " ").capitalize(),
                str(value),
                limits.TEXT if key == "notes" else limits.LINE,
            )
        with self._write():
            if changes:
                assignments = ", ".join(f"{k} = ?" for k in changes)
                self.db.execute(
                    f"UPDATE sessions SET {assignments} WHERE id = ?",
                    [*changes.values(), session_id],
                )
            self._touch(session_id)
            row = next(iter(self.db.query("SELECT * FROM sessions WHERE id = ?", [session_id])))
            info = SessionInfo(**{k: row[k] for k in INFO_FIELDS})
            self.db.execute(
                "UPDATE sessions SET search_text = ? WHERE id = ?", [_search_text(info), session_id]
            )
        return info

    def save_participants(self, session_id: str, participants: Sequence[Participant]) -> None:
        with self._write():
            self._touch(session_id)
            self.db.execute("DELETE FROM participants WHERE session_id = ?", [session_id])
            self._insert_participants(session_id, participants)

    def save_section(self, session_id: str, name: str, value: Any) -> None:
        if name not in domain.SECTIONS or not isinstance(value, domain.SECTIONS[name]):
            raise ValidationError(f"{name} is not a section of a session.")
        with self._write():
            self._touch(session_id)
            self._put_section(session_id, name, value)

    def save_action(self, session_id: str, action: Action, comment: str = "") -> None:
        """Insert or update one action; a new one goes to the end of the plan. A change of status
        or due date is recorded in the action's history, with ``comment`` if given."""
        if not action.title.strip():
            raise ValidationError("An action needs a title.")
        data = to_data(action)
        limits.check_all(f"Action “{action.title[:60]}”", data)
        with self._write():
            self._touch(session_id)
            self._record_change(session_id, action, comment)
            cursor = self.db.execute(
                f"UPDATE actions SET {', '.join(f'{k} = ?' for k in action_fields())} "
                "WHERE session_id = ? AND id = ?",
                [data[k] for k in action_fields()] + [session_id, action.id],
            )
            if cursor.rowcount == 0:
                position = self.db.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM actions WHERE session_id = ?",
                    [session_id],
                ).fetchone()[0]
                self._insert_actions(session_id, [action], start=position)

    def remove_action(self, session_id: str, action_id: str) -> None:
        with self._write():
            self._touch(session_id)
            self.db.execute(
                "DELETE FROM actions WHERE session_id = ? AND id = ?", [session_id, action_id]
            )
            self.db.execute(
                "DELETE FROM action_events WHERE session_id = ? AND action_id = ?",
                [session_id, action_id],
            )

    def save_actions(self, session_id: str, actions: Sequence[Action]) -> None:
        """Several actions changed by one gesture (a bulk edit, a vote): all saved or none."""
        with self._write():
            for action in actions:
                self.save_action(session_id, action)

    def remove_actions(self, session_id: str, action_ids: Sequence[str]) -> None:
        """The selected actions removed, in one transaction."""
        with self._write():
            for action_id in action_ids:
                self.remove_action(session_id, action_id)

    def reorder_actions(self, session_id: str, action_ids: Sequence[str]) -> None:
        with self._write():
            self._touch(session_id)
            for position, action_id in enumerate(action_ids):
                self.db.execute(
                    "UPDATE actions SET position = ? WHERE session_id = ? AND id = ?",
                    [position, session_id, action_id],
                )

    # ----------------------------------------------------------------- rows

    def _insert_participants(self, session_id: str, participants: Sequence[Participant]) -> None:
        seen: set[str] = set()
        for position, p in enumerate(participants):
            if p.id in seen:
                raise ValidationError(f"Participant id {p.id} appears twice.")
            seen.add(p.id)
            limits.check("A participant's name", p.name, limits.LINE)
            limits.check("A participant's role", p.role, limits.LINE)
            self.db.execute(
                "INSERT INTO participants (session_id, id, position, name, department, role, anonymous) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [session_id, p.id, position, p.name, str(p.department), p.role, int(p.anonymous)],
            )

    def _insert_actions(self, session_id: str, actions: Sequence[Action], start: int = 0) -> None:
        columns = ("session_id", "position", *action_fields())
        sql = f"INSERT INTO actions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for offset, action in enumerate(actions):
            data = to_data(action)
            limits.check_all(f"Action “{action.title[:60]}”", data)
            self.db.execute(sql, [session_id, start + offset] + [data[k] for k in action_fields()])

    def _put_section(self, session_id: str, name: str, value: Any) -> None:
        data = to_data(value)
        limits.check_all(f"Text in {name.replace('_', ' ')}", data)
        self.db.execute(
            "INSERT INTO sections (session_id, name, data) VALUES (?, ?, ?) "
            "ON CONFLICT (session_id, name) DO UPDATE SET data = excluded.data",
            [session_id, name, json.dumps(data, ensure_ascii=False)],
        )
