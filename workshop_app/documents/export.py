"""One entry point for every document a session becomes: the CLI and the window call the same
function, so they produce the same bytes. reportlab is imported only when a PDF is asked for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.documents.files import NAME_BYTES, ExportError, shorten, write_atomically
from workshop_app.errors import ValidationError

if TYPE_CHECKING:
    from workshop_app.domain import Session
    from workshop_app.store.repository import Repository

FORMATS = ("pdf", "md", "csv", "xlsx", "ics", "json")
DOCUMENTS = ("action-plan", "report", "worksheets")
PAPERS = ("a4", "letter")
GROUPS = ("owner", "department")
_PDF_MODULES = {
    "action-plan": "pdf_action_plan",
    "report": "pdf_report",
    "worksheets": "pdf_worksheets",
}


def render(
    session: Session,
    document: str = "action-plan",
    fmt: str = "pdf",
    paper: str = "a4",
    group_by: str = "owner",
    *,
    printed_at: datetime | None = None,
) -> bytes:
    """The bytes of one document. Markdown and the spreadsheets ignore the paper; CSV, XLSX
    (the action plan's actions and their history), ICS (the actions with a due date, as
    calendar events) and JSON ignore the document.

    A PDF is dated ``printed_at`` (now when not given): the action plan's "status as of" and the
    file's creation date. Only reproducible documents, the samples, pass a fixed time."""
    for value, allowed, unknown in (
        (document, DOCUMENTS, "export.unknown_document"),
        (fmt, FORMATS, "export.unknown_format"),
        (paper, PAPERS, "export.unknown_paper"),
        (group_by, GROUPS, "export.unknown_grouping"),
    ):
        if value not in allowed:
            raise ValidationError(unknown, value=value, choices=", ".join(allowed))
    if fmt == "json":
        from workshop_app.documents import session_document

        return session_document.dumps(session).encode("utf-8")
    if fmt == "csv":
        from workshop_app.documents import csv_export

        return csv_export.render(session)
    if fmt == "xlsx":
        from workshop_app.documents import xlsx_export

        return xlsx_export.render(session, printed_at)
    if fmt == "ics":
        from workshop_app.documents import ics_export

        return ics_export.render(session, printed_at)
    if fmt == "md":
        if document == "worksheets":
            raise ValidationError("export.worksheets_pdf_only")
        from workshop_app.documents import markdown

        today = printed_at.date() if printed_at else None
        return markdown.render(session, document, group_by, today).encode("utf-8")
    import importlib

    from workshop_app.documents.pdf_common import Kit

    module = importlib.import_module(f"workshop_app.documents.{_PDF_MODULES[document]}")
    return module.render(Kit(session, paper, printed_at), group_by)


def render_series(
    sessions: list[Session], paper: str = "a4", *, printed_at: datetime | None = None
) -> bytes:
    """The comparison of a series' workshops (PDF only: it is made of charts and tables)."""
    if paper not in PAPERS:
        raise ValidationError("export.unknown_paper", value=paper, choices=", ".join(PAPERS))
    from workshop_app.documents import pdf_series

    return pdf_series.render(sessions, paper, printed_at)


def export(
    repo: Repository,
    session_id: str,
    path: Path,
    document: str = "action-plan",
    fmt: str = "pdf",
    paper: str = "a4",
    group_by: str = "owner",
) -> Path:
    """Render a stored session and write it in one step: a failure leaves no partial file."""
    session = repo.get(session_id)
    if document == "series":
        if fmt != "pdf":
            raise ValidationError("export.series_pdf_only")
        data = render_series(repo.series(session.info.series_id or session.id), paper)
        return write_atomically(Path(path), data)
    data = render(session, document, fmt, paper, group_by)
    return write_atomically(Path(path), data)


def file_name(session: Session, document: str = "action-plan", fmt: str = "pdf") -> str:
    """A safe, readable file name by date, organisation and title:
    "2026-03-12 Brightwater Instruments – Spring alignment workshop – action-plan.pdf".

    It fits in 255 bytes with room to spare for a "-2" (export_all's mark of a second file of
    the same name)."""
    info = session.info
    stem = " – ".join(p.strip() for p in (info.organisation, info.title) if p.strip())
    stem = " ".join(t for t in (info.date, stem) if t)
    stem = re.sub(r"[\x00-\x1f\x7f-\x9f<>:\"/\\|?*]+", "_", stem).strip(" ._")
    tail = f" – {document}.{fmt}"
    room = NAME_BYTES - len(tail.encode("utf-8")) - len("-9999")
    stem = shorten(stem, room).rstrip(" ._") or info.id[:8]
    return f"{stem}{tail}"


def is_held(session: Session, today: date) -> bool:
    """Whether the workshop has taken place: a follow-up planned for a later day has not."""
    return not session.info.date or session.info.date <= today.isoformat()


def unique_name(name: str, taken: set[bytes]) -> str:
    """``name``, or "name-2.pdf", "name-3.pdf"… if a file of this batch already has it. Names
    are compared as the disk sees them: bytes, without regard to case or Unicode normal form."""

    def key(candidate: str) -> bytes:
        return unicodedata.normalize("NFC", candidate).casefold().encode("utf-8", "surrogateescape")

    stem, dot, extension = name.rpartition(".")
    candidate, number = name, 1
    while key(candidate) in taken:
        number += 1
        candidate = f"{stem}-{number}{dot}{extension}"
    taken.add(key(candidate))
    return candidate


@dataclass
class Exported:
    """One session's part of ``export_all``: the file written, or why it was not."""

    title: str
    path: Path | None = None
    problem: str = ""  # in English, for the log; the command line says ``error`` in its own
    error: BaseException | None = None


def export_all(
    repo: Repository,
    folder: Path,
    fmt: str = "pdf",
    paper: str = "a4",
    group_by: str = "owner",
    *,
    include_planned: bool = False,
    today: date | None = None,
) -> list[Exported]:
    """Every held session's action plan into ``folder``, one file each, for HR to print at
    once; workshops still to come (a planned follow-up) only with ``include_planned``.

    A session that cannot be exported is reported and the others still are."""
    from workshop_app import mishaps
    from workshop_app.logbook import LOG

    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError("export.no_folder", folder=folder)
    today = today or date.today()
    results: list[Exported] = []
    taken: set[bytes] = set()
    for summary in repo.list_sessions():
        try:
            session = repo.get(summary.id)
            if not include_planned and not is_held(session, today):
                continue
            name = unique_name(file_name(session, "action-plan", fmt), taken)
            data = render(session, "action-plan", fmt, paper, group_by)
            results.append(Exported(summary.title, write_atomically(folder / name, data)))
        except Exception as exc:
            LOG.warning("Exporting %s failed", summary.id, exc_info=True)
            problem = mishaps.in_words(exc, repo.path)
            results.append(Exported(summary.title, problem=problem, error=exc))
    return results
