"""The action plan as rows and columns, for spreadsheets: the CSV and the .xlsx export share it.

Headers are the document labels of the session's language; values are typed (numbers, dates) so
the .xlsx holds real dates, and the CSV writes them the way the language does its numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from workshop_app.documents.wording import Wording
from workshop_app.domain import Session

# (column key, document label): the action sheet's columns, in order.
COLUMNS = (
    ("number", ""),
    ("title", "action"),
    ("description", "description"),
    ("owner", "owner"),
    ("department", "department"),
    ("due", "due"),
    ("status", "status"),
    ("priority", "priority"),
    ("success_measure", "success_measure"),
    ("responds_to", "answers"),
    ("impact", "impact"),
    ("effort", "effort"),
    ("votes", "votes"),
    ("id", "action_id"),
    ("session", "session"),
    ("organisation", "organisation"),
    ("workshop_date", "date"),
)
DATE_COLUMNS = frozenset({"due", "workshop_date"})
HISTORY_COLUMNS = (
    ("number", ""),
    ("title", "action"),
    ("changed_on", "changed_on"),
    ("change", "change"),
    ("due", "due"),
    ("comment", "comment"),
    ("id", "action_id"),
)


@dataclass(frozen=True)
class Sheet:
    header: list[str]
    rows: list[list[object]]  # str, int, date or None
    dates: frozenset[int]  # indexes of the date columns


def _day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _header(words: Wording, columns: tuple[tuple[str, str], ...]) -> list[str]:
    return [words(label) if label else "#" for _, label in columns]


def actions(session: Session) -> Sheet:
    words = Wording.of(session)
    info = session.info
    rows = []
    for n, a in enumerate(session.actions, start=1):
        values = {
            "number": n,
            "title": a.title,
            "description": a.description,
            "owner": a.owner,
            "department": words.department(a.department),
            "due": _day(a.due),
            "status": words.status(a),
            "priority": words.priority(a),
            "success_measure": a.success_measure,
            "responds_to": words.responds_to(session, a),
            "impact": a.impact,
            "effort": a.effort,
            "votes": a.votes,
            "id": a.id,
            "session": info.title,
            "organisation": info.organisation,
            "workshop_date": _day(info.date),
        }
        rows.append([values[key] for key, _ in COLUMNS])
    dates = frozenset(i for i, (key, _) in enumerate(COLUMNS) if key in DATE_COLUMNS)
    return Sheet(_header(words, COLUMNS), rows, dates)


def history(session: Session) -> Sheet:
    """Every dated change of every action, oldest first: the status history HR files."""
    words = Wording.of(session)
    position = {a.id: (n, a) for n, a in enumerate(session.actions, start=1)}
    rows = []
    for event in sorted(session.history, key=lambda e: e.at):
        if event.action_id not in position:
            continue
        n, action = position[event.action_id]
        if event.kind == "due":
            change = words("due_changed")
        elif event.kind == "note":
            change = words("note_added")
        elif event.kind == "carried_over":
            change = words("status_carried_over")
        else:
            change = words(f"status_{event.status}")
        rows.append(
            [n, action.title, _day(event.at), change, _day(event.due), event.comment, action.id]
        )
    return Sheet(_header(words, HISTORY_COLUMNS), rows, frozenset({2, 4}))
