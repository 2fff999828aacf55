"""The action plan as CSV: one row per action, for spreadsheets and other tools.

UTF-8 with a byte-order mark, so Excel reads Polish and Chinese correctly when the file is
double-clicked. Headers are in the session's language. Where the language writes decimals with a
comma (Polish, Dutch), spreadsheet software there expects ';' between fields, so those files use
';' (a comma-separated file would open as one column). A cell that starts like a formula gets a
leading apostrophe, so a spreadsheet shows the text instead of running it (CSV injection).
"""

from __future__ import annotations

import csv
import io
from datetime import date

from workshop_app.documents import action_table
from workshop_app.domain import Session
from workshop_app.formats import format_number

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def delimiter(language: str) -> str:
    """';' where the decimal separator is a comma, as the spreadsheets there expect."""
    return ";" if "," in format_number(1.5, language, 1) else ","


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
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
    sheet = action_table.actions(session)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter(session.info.language), lineterminator="\r\n")
    writer.writerow(sheet.header)
    for row in sheet.rows:
        writer.writerow(_cell(v) for v in row)
    return buffer.getvalue().encode("utf-8-sig")
