"""The repository's part for following actions up: dated history, the cross-session tracker and
the follow-up review. Mixed into Repository, so it shares its connection and transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from workshop_app import domain
from workshop_app.domain import limits
from workshop_app.domain.codec import from_data, to_data
from workshop_app.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

    from workshop_app import follow_up
    from workshop_app.domain import Action, ActionEvent, ActionStatus, Decision, Session
    from workshop_app.tracker import TrackedAction, TrackerFilter

# The domain types, follow_up and tracker are looked up when a method first needs them: the
# window starts without them.

EVENT_FIELDS = ("id", "action_id", "at", "kind", "status", "due", "comment")
TRACKER_LIMIT = 5000


def _stamp() -> str:
    # Microseconds keep two updates in the same second in the order they were made.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _fold(value: Any) -> str:
    return str(value or "").casefold()


class ActionTracking:
    db: Any
    _write: Callable[[], AbstractContextManager[None]]
    _touch: Callable[[str], str]
    get: Callable[[str], Session]
    save_action: Callable[..., None]
    _put_section: Callable[[str, str, Any], None]
    _insert_actions: Callable[..., None]

    # ----------------------------------------------------------------- history

    def _insert_events(self, session_id: str, events: Iterable[ActionEvent]) -> None:
        sql = (
            f"INSERT INTO action_events (session_id, {', '.join(EVENT_FIELDS)}) "
            f"VALUES ({', '.join('?' * (len(EVENT_FIELDS) + 1))})"
        )
        for event in events:
            limits.check("A comment", event.comment, limits.TEXT)
            data = to_data(event)
            self.db.execute(sql, [session_id] + [data[k] for k in EVENT_FIELDS])

    def _load_events(self, session_id: str, action_id: str | None = None) -> list[ActionEvent]:
        where, params = "session_id = ?", [session_id]
        if action_id is not None:
            where += " AND action_id = ?"
            params.append(action_id)
        rows = self.db.query(
            f"SELECT {', '.join(EVENT_FIELDS)} FROM action_events WHERE {where} ORDER BY at, rowid",
            params,
        )
        return [from_data(domain.ActionEvent, row) for row in rows]

    def action_history(self, session_id: str, action_id: str) -> list[ActionEvent]:
        """One action's dated events, oldest first."""
        return self._load_events(session_id, action_id)

    def _stored_action(self, session_id: str, action_id: str) -> Action:
        from workshop_app.store.repository import action_fields

        rows = list(
            self.db.query(
                "SELECT * FROM actions WHERE session_id = ? AND id = ?", [session_id, action_id]
            )
        )
        if not rows:
            raise NotFound("This action is no longer in its session.")
        return from_data(domain.Action, {k: rows[0][k] for k in action_fields()})

    def _record_change(self, session_id: str, after: Action, comment: str = "") -> None:
        """Inside a write: an event when the stored action's status or due date is about to change."""
        from workshop_app import follow_up

        try:
            before = self._stored_action(session_id, after.id)
        except NotFound:
            return
        event = follow_up.change_event(before, after, _stamp(), comment)
        if event is not None:
            self._insert_events(session_id, [event])

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
            before = self._stored_action(session_id, action_id)
            after = replace(before, status=status, due=before.due if due is None else due)
            if after == before and not comment.strip():
                raise ValidationError(
                    "Nothing changed: choose a new status or date, or add a comment."
                )
            self.save_action(session_id, after, comment=comment)
        return after

    # ----------------------------------------------------------------- the tracker

    def tracked_actions(
        self, rule: TrackerFilter, limit: int = TRACKER_LIMIT
    ) -> list[TrackedAction]:
        """Actions of every session not in the trash that pass ``rule``, by due date."""
        from workshop_app.tracker import TrackedAction

        where = ["s.deleted_at IS NULL"]
        params: list[Any] = []
        if rule.statuses:
            where.append(f"a.status IN ({', '.join('?' * len(rule.statuses))})")
            params += sorted(str(s) for s in rule.statuses)
        if rule.due_from:
            where.append("a.due >= ?")
            params.append(rule.due_from)
        if rule.due_to:
            where.append("a.due != '' AND a.due <= ?")
            params.append(rule.due_to)
        if rule.department:
            where.append("a.department = ?")
            params.append(rule.department)
        if rule.session_id:
            where.append("a.session_id = ?")
            params.append(rule.session_id)
        if rule.owner.strip() or rule.text.strip():
            # SQLite's lower() knows only ASCII; owners are called Łukasz and 陳.
            self.db.conn.create_function("truce_fold", 1, _fold, deterministic=True)
        if rule.owner.strip():
            where.append("instr(truce_fold(a.owner), ?) > 0")
            params.append(rule.owner.strip().casefold())
        if rule.text.strip():
            where.append(
                "instr(truce_fold(a.title || ' ' || a.description || ' ' || s.title), ?) > 0"
            )
            params.append(rule.text.strip().casefold())
        rows = self.db.query(
            f"""
            SELECT a.session_id, s.title AS session_title, s.date AS session_date,
                   a.id AS action_id, a.title, a.owner, a.department, a.due, a.status, a.priority,
                   coalesce((SELECT max(e.at) FROM action_events e
                             WHERE e.session_id = a.session_id AND e.action_id = a.id), '')
                       AS last_update
            FROM actions a JOIN sessions s ON s.id = a.session_id
            WHERE {" AND ".join(where)}
            ORDER BY a.due = '', a.due, s.date DESC, a.position
            LIMIT ?
            """,
            [*params, limit],
        )
        return [from_data(TrackedAction, row) for row in rows]

    def tracker_sessions(self) -> list[tuple[str, str]]:
        """(id, title) of the sessions not in the trash that have actions, newest first."""
        rows = self.db.query(
            "SELECT s.id, s.title, s.date FROM sessions s WHERE s.deleted_at IS NULL "
            "AND EXISTS (SELECT 1 FROM actions a WHERE a.session_id = s.id) "
            "ORDER BY s.date DESC, s.title"
        )
        return [
            (row["id"], f"{row['title']} ({row['date']})" if row["date"] else row["title"])
            for row in rows
        ]

    # ----------------------------------------------------------------- the follow-up review

    def previous_session(self, session_id: str) -> Session | None:
        """The workshop this one follows up, if it is still stored (trashed counts)."""
        rows = list(self.db.query("SELECT previous_id FROM sessions WHERE id = ?", [session_id]))
        if not rows:
            raise NotFound(f"No session with id {session_id}.")
        previous_id = rows[0]["previous_id"]
        if not previous_id:
            return None
        try:
            return self.get(previous_id)
        except NotFound:
            return None

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
        from workshop_app import follow_up

        # One transaction from the first read to the last write: a decision made meanwhile in
        # another window cannot slip between the check and the write.
        with self._write():
            current = self.get(session_id)
            previous = self.previous_session(session_id)
            if previous is None:
                raise NotFound("The workshop this session follows up is no longer in the library.")
            if action_id not in {a.id for a in follow_up.undecided(previous, current)}:
                raise ValidationError("This action has already been decided at this follow-up.")
            original = next(a for a in previous.actions if a.id == action_id)
            outcome = follow_up.decide(
                original, decision, at=_stamp(), new_due=new_due, reason=reason
            )
            review = domain.SincePrevious(
                previous_title=previous.info.title,
                previous_date=previous.info.date,
                items=[*current.since_previous.items, outcome.item],
            )
            self._touch(previous.id)
            self.db.execute(
                "UPDATE actions SET status = ? WHERE session_id = ? AND id = ?",
                [str(outcome.original.status), previous.id, action_id],
            )
            self._insert_events(previous.id, [outcome.event])
            self._touch(session_id)
            if outcome.copy is not None:
                self._append_action(session_id, outcome.copy)
            self._put_section(session_id, "since_previous", review)
        return outcome

    def _append_action(self, session_id: str, action: Action) -> None:
        position = self.db.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM actions WHERE session_id = ?", [session_id]
        ).fetchone()[0]
        self._insert_actions(session_id, [action], start=position)
