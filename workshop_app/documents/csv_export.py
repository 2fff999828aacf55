"""The action plan as CSV: one row per action, for spreadsheets.

UTF-8 with a byte-order mark, so Excel reads Polish and Chinese correctly when the file is
double-clicked. A cell that starts like a formula gets a leading apostrophe, so a spreadsheet
shows the text instead of running it (CSV injection).
"""

from __future__ import annotations

import csv
import io

from workshop_app.documents.wording import Wording
from workshop_app.domain import Session

COLUMNS = (
    "number",
    "title",
    "description",
    "owner",
    "department",
    "due",
    "status",
    "priority",
    "success_measure",
    "responds_to",
    "impact",
    "effort",
    "votes",
    "id",
    "session",
    "organisation",
    "workshop_date",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def render(session: Session) -> bytes:
    words = Wording.of(session)
    info = session.info
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for n, a in enumerate(session.actions, start=1):
        writer.writerow(
            _cell(v)
            for v in (
                n,
                a.title,
                a.description,
                a.owner,
                words.department(a.department),
                a.due,
                words.status(a),
                words.priority(a),
                a.success_measure,
                words.responds_to(session, a),
                a.impact,
                a.effort,
                a.votes,
                a.id,
                info.title,
                info.organisation,
                info.date,
            )
        )
    return buffer.getvalue().encode("utf-8-sig")
