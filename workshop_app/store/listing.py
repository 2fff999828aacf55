"""The library's listing in SQLite: which sessions, in which order, and their rows.

Functions of a connection; the repository's methods of the same names call them. The window asks
for ids in order (cheap at 10,000 sessions) and then for the few rows on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from workshop_app.domain.basics import SessionSummary
from workshop_app.errors import Ambiguous, NotFound, ValidationError

if TYPE_CHECKING:
    from workshop_app.store.database import Database

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


def list_sessions(db: Database, search: str = "", *, trash: bool = False) -> list[SessionSummary]:
    where, params = _listing_filter(search, trash)
    rows = db.query(
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
    db: Database,
    search: str = "",
    *,
    trash: bool = False,
    sort: str = "date",
    descending: bool = True,
) -> list[str]:
    """The ids of ``list_sessions`` in the library's order, without building 10,000 rows: the
    window asks ``summaries`` for the few rows on screen. Text sorts case-insensitively
    (``casefold``); ties keep the listing order, newest workshop first."""
    if sort not in LISTING_SORTS:
        raise ValidationError("library.bad_sort", sort=sort)
    where, params = _listing_filter(search, trash)
    order = [f"{LISTING_SORTS[sort]} {'DESC' if descending else 'ASC'}"]
    order += [term for term in ("s.date DESC", "s.updated_at DESC") if term not in order]
    cursor = db.execute(
        f"SELECT s.id FROM sessions s WHERE {where} ORDER BY {', '.join(order)}", params
    )
    return [row[0] for row in cursor]


def summaries(db: Database, session_ids: Sequence[str]) -> list[SessionSummary]:
    """Library rows for these sessions, in the order given; unknown ids are left out."""
    found: dict[str, SessionSummary] = {}
    for start in range(0, len(session_ids), 500):  # SQLite's limit on bound parameters
        chunk = list(session_ids[start : start + 500])
        for row in db.query(
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


def find(db: Database, ref: str) -> str:
    """A session id from an id, an id prefix of 6+ characters, or a unique title."""
    ref = ref.strip()
    rows = list(db.query("SELECT id FROM sessions WHERE id = ?", [ref]))
    if not rows and len(ref) >= 6:
        rows = list(db.query("SELECT id FROM sessions WHERE id LIKE ? || '%'", [ref]))
    if not rows:
        rows = list(
            db.query("SELECT id FROM sessions WHERE title = ? AND deleted_at IS NULL", [ref])
        )
    if not rows:
        raise NotFound("library.no_match", ref=ref)
    if len(rows) > 1:
        raise Ambiguous("library.ambiguous", ref=ref)
    return rows[0]["id"]
