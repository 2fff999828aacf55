"""Following actions up in SQLite: dated history, the cross-session tracker and the follow-up
review. Functions of a connection, run inside the transaction the repository holds (its methods
of the same names open it), so the repository uses them and they never need the repository.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from workshop_app import domain
from workshop_app.domain.codec import from_data
from workshop_app.errors import NotFound, ValidationError
from workshop_app.store import rows

if TYPE_CHECKING:
    from workshop_app import follow_up
    from workshop_app.domain import Action, ActionStatus, Decision, Session
    from workshop_app.store.database import Database
    from workshop_app.tracker import TrackedAction, TrackerFilter

# follow_up and tracker are looked up when a function first needs them: the window starts
# without them.

TRACKER_LIMIT = 5000


def _stamp() -> str:
    # Microseconds keep two updates in the same second in the order they were made.
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _fold(value: Any) -> str:
    return str(value or "").casefold()


def record_change(db: Database, session_id: str, after: Action, comment: str = "") -> None:
    """An event when the stored action's status or due date is about to change."""
    from workshop_app import follow_up

    try:
        before = rows.stored_action(db, session_id, after.id)
    except NotFound:
        return
    event = follow_up.change_event(before, after, _stamp(), comment)
    if event is not None:
        rows.insert_events(db, session_id, [event])


def updated_action(
    db: Database,
    session_id: str,
    action_id: str,
    status: ActionStatus,
    due: str | None,
    comment: str,
) -> Action:
    """The stored action with a new status and perhaps due date; refused if nothing changes."""
    before = rows.stored_action(db, session_id, action_id)
    after = replace(before, status=status, due=before.due if due is None else due)
    if after == before and not comment.strip():
        raise ValidationError("tracker.nothing_changed")
    return after


def tracked_actions(
    db: Database, rule: TrackerFilter, limit: int = TRACKER_LIMIT
) -> list[TrackedAction]:
    """Actions of every session not in the trash that pass ``rule``, by due date."""
    # Here, as the domain's action types load on first use: the library opens without them.
    from workshop_app.domain.actions import JOINT, JOINT_PARTNERS
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
        # A department head's list holds the joint actions too (workshop_app.domain.actions).
        if rule.department in JOINT_PARTNERS:
            where.append("a.department IN (?, ?)")
            params += [rule.department, JOINT]
        else:
            where.append("a.department = ?")
            params.append(rule.department)
    if rule.session_id:
        where.append("a.session_id = ?")
        params.append(rule.session_id)
    if rule.owner.strip() or rule.text.strip():
        # SQLite's lower() knows only ASCII; owners are called Łukasz and 陳.
        db.define_function("truce_fold", _fold)
    if rule.owner.strip():
        where.append("instr(truce_fold(a.owner), ?) > 0")
        params.append(rule.owner.strip().casefold())
    if rule.text.strip():
        where.append("instr(truce_fold(a.title || ' ' || a.description || ' ' || s.title), ?) > 0")
        params.append(rule.text.strip().casefold())
    found = db.query(
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
    return [from_data(TrackedAction, row) for row in found]


def tracker_sessions(db: Database) -> list[tuple[str, str]]:
    """(id, title) of the sessions not in the trash that have actions, newest first."""
    found = db.query(
        "SELECT s.id, s.title, s.date FROM sessions s WHERE s.deleted_at IS NULL "
        "AND EXISTS (SELECT 1 FROM actions a WHERE a.session_id = s.id) "
        "ORDER BY s.date DESC, s.title"
    )
    return [
        (row["id"], f"{row['title']} ({row['date']})" if row["date"] else row["title"])
        for row in found
    ]


def previous_session(db: Database, session_id: str) -> Session | None:
    """The workshop this one follows up, if it is still stored (trashed counts)."""
    found = list(db.query("SELECT previous_id FROM sessions WHERE id = ?", [session_id]))
    if not found:
        raise NotFound("session.no_such_id", id=session_id)
    previous_id = found[0]["previous_id"]
    if not previous_id:
        return None
    try:
        return rows.load_session(db, previous_id)
    except NotFound:
        return None


def decide_follow_up(
    db: Database,
    session_id: str,
    action_id: str,
    decision: Decision,
    *,
    new_due: str = "",
    reason: str = "",
) -> follow_up.Outcome:
    """Decide one open action of the previous workshop. The caller holds one write transaction
    from the first read to the last write: a decision made meanwhile in another window cannot
    slip between the check and the write."""
    from workshop_app import follow_up

    current = rows.load_session(db, session_id)
    previous = previous_session(db, session_id)
    if previous is None:
        raise NotFound("follow_up.previous_gone")
    if action_id not in {a.id for a in follow_up.undecided(previous, current)}:
        raise ValidationError("follow_up.already_decided")
    original = next(a for a in previous.actions if a.id == action_id)
    outcome = follow_up.decide(original, decision, at=_stamp(), new_due=new_due, reason=reason)
    review = domain.SincePrevious(
        previous_title=previous.info.title,
        previous_date=previous.info.date,
        items=[*current.since_previous.items, outcome.item],
    )
    rows.touch(db, previous.id)
    db.execute(
        "UPDATE actions SET status = ? WHERE session_id = ? AND id = ?",
        [str(outcome.original.status), previous.id, action_id],
    )
    rows.insert_events(db, previous.id, [outcome.event])
    rows.touch(db, session_id)
    if outcome.copy is not None:
        rows.append_action(db, session_id, outcome.copy)
    rows.put_section(db, session_id, "since_previous", review)
    return outcome
