"""The action plan as a calendar (.ics): each action with a due date is an all-day event on
that day, so owners can carry their commitments into Outlook, Google Calendar or Thunderbird.

Written with ``icalendar`` (imported only when a calendar is asked for), which escapes and folds
the text, so a title with commas, semicolons, markup or Chinese arrives as typed. Each event's
UID is made of the session's and the action's ids, and its SEQUENCE counts the action's recorded
changes: importing the plan again after a follow-up updates the events instead of doubling them.
An action that was dropped or handed on to a follow-up workshop stays in the file as CANCELLED,
so a calendar that imported it earlier takes it off; a done action keeps its day, marked done.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from workshop_app.documents.wording import Wording
from workshop_app.domain import Action, Session
from workshop_app.domain.actions import ActionStatus

PRODID = "-//Truce//Sales and Marketing workshop//EN"
_CANCELLED = frozenset({ActionStatus.DROPPED, ActionStatus.CARRIED_OVER})


def due_day(action: Action) -> date | None:
    """The action's due date, or None when it has none (or an unreadable one)."""
    try:
        return date.fromisoformat(action.due[:10]) if action.due else None
    except ValueError:
        return None


def uid(session: Session, action: Action) -> str:
    return f"{session.id}-{action.id}@truce"


def _description(words: Wording, session: Session, action: Action) -> str:
    lines = [action.description.strip()] if action.description.strip() else []
    for key, value in (
        ("owner", action.owner),
        ("department", words.department(action.department)),
        ("success_measure", action.success_measure),
        ("answers", words.responds_to(session, action)),
        ("status", words.status(action)),
    ):
        if value.strip():
            lines.append(words.label(key) + value.strip())
    return "\n".join(lines)


def render(session: Session, printed_at: datetime | None = None) -> bytes:
    import icalendar  # lazily: only a calendar export needs it

    words = Wording.of(session)
    stamp = (printed_at or datetime.now(UTC)).astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    title = f"{words('action_plan')} – {session.info.title}".strip(" –")
    calendar.add("x-wr-calname", title)
    changes: dict[str, int] = {}
    for change in session.history:
        changes[change.action_id] = changes.get(change.action_id, 0) + 1
    for action in session.actions:
        day = due_day(action)
        if day is None:
            continue
        event = icalendar.Event()
        event.add("uid", uid(session, action))
        event.add("dtstamp", stamp)
        event.add("sequence", changes.get(action.id, 0))
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", action.title)
        description = _description(words, session, action)
        if description:
            event.add("description", description)
        if action.department:
            event.add("categories", [words.department(action.department)])
        event.add("status", "CANCELLED" if action.status in _CANCELLED else "CONFIRMED")
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: the day stays free
        calendar.add_component(event)
    return bytes(calendar.to_ical())
