"""The action plan as an Excel workbook (.xlsx) for HR: headers in the session's language, due
dates as real dates, one sheet of actions and one of their status history.

Written with XlsxWriter (pure Python, no other dependencies), imported only when a workbook is
asked for. Cells are written as strings, numbers or dates, never as formulas, so a title that
starts with '=' stays text.
"""

from __future__ import annotations

import io
from datetime import date, datetime

from workshop_app.documents import action_table
from workshop_app.documents.wording import Wording
from workshop_app.domain import Session

# Sheet names: Excel allows 31 characters and none of []:*?/\ .
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
# Column widths in characters for the action sheet's columns (see action_table.COLUMNS).
_WIDTHS = {"title": 42, "description": 50, "success_measure": 36, "responds_to": 32}


def _sheet_name(text: str) -> str:
    return text.translate(_SHEET_FORBIDDEN).strip()[:31] or "Sheet"


def render(session: Session, printed_at: datetime | None = None) -> bytes:
    import xlsxwriter  # lazily: only a spreadsheet export needs it

    words = Wording.of(session)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    info = session.info
    book.set_properties(
        {
            "title": f"{words('action_plan')} – {info.title}",
            "company": info.organisation,
            "author": info.facilitator,
            "created": (printed_at or datetime.now().astimezone()).replace(tzinfo=None),
        }
    )
    head = book.add_format({"bold": True, "bg_color": "#EDF1F5", "bottom": 1, "text_wrap": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    day = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
    keys = [key for key, _ in action_table.COLUMNS]
    for name, sheet, widths in (
        (words("actions"), action_table.actions(session), [_WIDTHS.get(k, 14) for k in keys]),
        (words("history"), action_table.history(session), [6, 42, 12, 18, 12, 50, 14]),
    ):
        tab = book.add_worksheet(_sheet_name(name))
        tab.freeze_panes(1, 0)
        for column, width in enumerate(widths):
            tab.set_column(column, column, width)
        for column, text in enumerate(sheet.header):
            tab.write_string(0, column, text, head)
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row):
                if value is None or value == "":
                    tab.write_blank(r, c, None, wrap)
                elif isinstance(value, date):
                    tab.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
                elif isinstance(value, int):
                    tab.write_number(r, c, value, wrap)
                else:
                    tab.write_string(r, c, str(value), wrap)
        if sheet.rows:
            tab.autofilter(0, 0, len(sheet.rows), len(sheet.header) - 1)
    book.close()
    return buffer.getvalue()
