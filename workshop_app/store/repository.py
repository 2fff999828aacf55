"""The repository: every read and write of sessions in a SQLite library. It satisfies
``store.protocol.SessionRepository``; the file's own concerns (backups, the lock) are in
``store.library_file``.

Each write runs in one immediate transaction and is committed before the method returns, so a
caller that reports "saved" after a call has told the truth even if the power goes next. One
intent is one transaction: a write made inside another (replacing a session, an undo step that
rewrites several parts) joins it, and all of it is kept or none. A session is read in one read
transaction, so it is never half one version and half the next. A failure of the disk or the
file reaches the caller as a store.faults error, in words. The SQL itself is in ``rows``,
``listing`` and ``tracking``, functions of the connection run inside these transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app import domain
from workshop_app.domain import limits
from workshop_app.domain.basics import Participant, SessionInfo, SessionSummary
from workshop_app.domain.codec import to_data
from workshop_app.errors import ValidationError
from workshop_app.messages import Message
from workshop_app.store import listing, rows, tracking
from workshop_app.store.connection import open_database
from workshop_app.store.database import Database
from workshop_app.store.replay import PartReplay
from workshop_app.store.transactions import Transactions, file_identity

if TYPE_CHECKING:
    from workshop_app import follow_up
    from workshop_app.domain import Action, ActionEvent, ActionStatus, Decision, Session
    from workshop_app.tracker import TrackedAction, TrackerFilter

INFO_FIELDS = rows.INFO_FIELDS
EDITABLE_INFO = frozenset(INFO_FIELDS) - {"id", "created_at", "updated_at", "language"}
# What each detail is called in a message (resources/content/<lang>/messages.json).
INFO_LABELS = {
    "title": "field.info.title",
    "organisation": "field.info.organisation",
    "date": "field.info.date",
    "location": "field.info.location",
    "facilitator": "field.info.facilitator",
    "notes": "field.info.notes",
    "series_id": "field.info.series_id",
    "previous_id": "field.info.previous_id",
    "follow_up_date": "field.info.follow_up_date",
}


class Repository(Transactions, PartReplay):
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

    # ----------------------------------------------------------------- the library

    def list_sessions(self, search: str = "", *, trash: bool = False) -> list[SessionSummary]:
        return listing.list_sessions(self.db, search, trash=trash)

    def session_ids(
        self, search: str = "", *, trash: bool = False, sort: str = "date", descending: bool = True
    ) -> list[str]:
        return listing.session_ids(self.db, search, trash=trash, sort=sort, descending=descending)

    def summaries(self, session_ids: Sequence[str]) -> list[SessionSummary]:
        return listing.summaries(self.db, session_ids)

    def find(self, ref: str) -> str:
        return listing.find(self.db, ref)

    def series(self, series_id: str) -> list[Session]:
        """The workshops of one series (the trash left out), in the order they took place."""
        with self._read():
            found = list(
                self.db.query(
                    "SELECT id FROM sessions WHERE series_id = ? AND deleted_at IS NULL "
                    "ORDER BY date, created_at, id",
                    [series_id],
                )
            )
            return [rows.load_session(self.db, row["id"]) for row in found]

    def exists(self, session_id: str) -> bool:
        return bool(list(self.db.query("SELECT 1 FROM sessions WHERE id = ?", [session_id])))

    # ----------------------------------------------------------------- whole sessions

    def get(self, session_id: str) -> Session:
        with self._read():
            return rows.load_session(self.db, session_id)

    def part(self, session_id: str, kind: str) -> Any:
        """One part of a stored session, without reading the rest: "info", "participants",
        "actions" or a section's name (its default when it was never saved)."""
        with self._read():
            return rows.part(self.db, session_id, kind)

    def add(self, session: Session) -> Session:
        """Store a complete session (new, imported, duplicated or demo) in one transaction."""
        stamp = rows.now()
        info = replace(
            session.info,
            created_at=session.info.created_at or stamp,
            updated_at=session.info.updated_at or stamp,
            series_id=session.info.series_id or session.info.id,
        )
        if not info.title.strip():
            raise ValidationError("session.title_needed")
        limits.check_all(Message("field.session_details"), to_data(info))
        with self._write():
            self.db.execute(
                f"INSERT INTO sessions ({', '.join(INFO_FIELDS)}, search_text) "
                f"VALUES ({', '.join('?' * len(INFO_FIELDS))}, ?)",
                [getattr(info, k) for k in INFO_FIELDS] + [rows.search_text(info)],
            )
            rows.insert_participants(self.db, info.id, session.participants)
            for name in domain.SECTIONS:
                rows.put_section(self.db, info.id, name, getattr(session, name))
            rows.insert_actions(self.db, info.id, session.actions)
            rows.insert_events(self.db, info.id, session.history)
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
            rows.touch(self.db, session_id)
            self.db.execute(
                "UPDATE sessions SET deleted_at = ? WHERE id = ?", [rows.now(), session_id]
            )

    def restore(self, session_id: str) -> None:
        with self._write():
            rows.touch(self.db, session_id)
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
            raise ValidationError("session.not_editable", names=", ".join(sorted(unknown)))
        if "title" in changes and not str(changes["title"]).strip():
            raise ValidationError("session.title_needed")
        for key, value in changes.items():
            limits.check(
                Message(INFO_LABELS[key]),
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
            rows.touch(self.db, session_id)
            info = rows.info(self.db, session_id)
            self.db.execute(
                "UPDATE sessions SET search_text = ? WHERE id = ?",
                [rows.search_text(info), session_id],
            )
        return info

    def save_participants(self, session_id: str, participants: Sequence[Participant]) -> None:
        with self._write():
            rows.touch(self.db, session_id)
            self.db.execute("DELETE FROM participants WHERE session_id = ?", [session_id])
            rows.insert_participants(self.db, session_id, participants)

    def save_section(self, session_id: str, name: str, value: Any) -> None:
        if name not in domain.SECTIONS or not isinstance(value, domain.SECTIONS[name]):
            raise ValidationError("session.no_such_section", name=name)
        if isinstance(value, domain.Goals):
            # Here, not at the top: the cascade's rules (decimal, fractions) are not needed to
            # open the library, only to save the shared goals.
            from workshop_app import cascade

            cascade.check(value.cascade)
            cascade.check_meeting(value.meeting)
        with self._write():
            rows.touch(self.db, session_id)
            rows.put_section(self.db, session_id, name, value)

    def save_action(self, session_id: str, action: Action, comment: str = "") -> None:
        """Insert or update one action; a new one goes to the end of the plan. A change of status
        or due date is recorded in the action's history, with ``comment`` if given."""
        if not action.title.strip():
            raise ValidationError("action.title_needed")
        data = to_data(action)
        limits.check_all(Message("field.action", title=action.title[:60]), data)
        fields = rows.action_fields()
        with self._write():
            rows.touch(self.db, session_id)
            tracking.record_change(self.db, session_id, action, comment)
            cursor = self.db.execute(
                f"UPDATE actions SET {', '.join(f'{k} = ?' for k in fields)} "
                "WHERE session_id = ? AND id = ?",
                [data[k] for k in fields] + [session_id, action.id],
            )
            if cursor.rowcount == 0:
                rows.append_action(self.db, session_id, action)

    def remove_action(self, session_id: str, action_id: str) -> None:
        with self._write():
            rows.touch(self.db, session_id)
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
            rows.touch(self.db, session_id)
            for position, action_id in enumerate(action_ids):
                self.db.execute(
                    "UPDATE actions SET position = ? WHERE session_id = ? AND id = ?",
                    [position, session_id, action_id],
                )

    # ----------------------------------------------------------------- following actions up

    def action_history(self, session_id: str, action_id: str) -> list[ActionEvent]:
        """One action's dated events, oldest first."""
        return rows.load_events(self.db, session_id, action_id)

    def update_action(
        self,
        session_id: str,
        action_id: str,
        status: ActionStatus,
        due: str | None = None,
        comment: str = "",
    ) -> Action:
        """A follow-up update: a new status, perhaps a new due date, and a dated comment."""
        with self._write():
            after = tracking.updated_action(self.db, session_id, action_id, status, due, comment)
            self.save_action(session_id, after, comment=comment)
        return after

    def tracked_actions(
        self, rule: TrackerFilter, limit: int = tracking.TRACKER_LIMIT
    ) -> list[TrackedAction]:
        """Actions of every session not in the trash that pass ``rule``, by due date."""
        return tracking.tracked_actions(self.db, rule, limit)

    def tracker_sessions(self) -> list[tuple[str, str]]:
        """(id, title) of the sessions not in the trash that have actions, newest first."""
        return tracking.tracker_sessions(self.db)

    def previous_session(self, session_id: str) -> Session | None:
        """The workshop this one follows up, if it is still stored (trashed counts)."""
        with self._read():
            return tracking.previous_session(self.db, session_id)

    def decide_follow_up(
        self,
        session_id: str,
        action_id: str,
        decision: Decision,
        *,
        new_due: str = "",
        reason: str = "",
    ) -> follow_up.Outcome:
        """Decide one open action of the previous workshop, in one transaction over both sessions."""
        with self._write():
            return tracking.decide_follow_up(
                self.db, session_id, action_id, decision, new_due=new_due, reason=reason
            )
