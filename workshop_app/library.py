"""Creating, importing and exporting sessions: the rules over the repository that CLI and UI share."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.agenda import default_agenda
from workshop_app.content import load_content
from workshop_app.documents import session_document
from workshop_app.domain import (
    Checklist,
    ChecklistStep,
    Friction,
    FrictionMap,
    FunnelStage,
    Party,
    RoleMap,
    Session,
    SessionInfo,
    limits,
    new_id,
)
from workshop_app.domain.session import LANGUAGES
from workshop_app.errors import AlreadyInLibrary, ValidationError

if TYPE_CHECKING:
    from workshop_app.store.protocol import SessionRepository


def default_sections(session: Session) -> Session:
    """Fill a new session's stages with the catalogue of its content language."""
    content = load_content(session.info.language)
    session.frictions = FrictionMap(
        items=[
            Friction(id=d["id"], group=d.get("group", "economic"))
            for d in content.items("frictions.drivers")
        ]
    )
    session.checklist = Checklist(
        steps=[ChecklistStep(step=s["id"]) for s in content.items("checklist.steps")]
    )
    session.role_map = RoleMap(
        stages=[
            FunnelStage(id=s["id"], name=s["name"], content_id=s["id"])
            for s in content.items("role_split.funnel")
        ],
        parties=[Party(id="sales"), Party(id="marketing"), Party(id="shared")],
    )
    session.agenda = default_agenda("half_day")
    return session


def create_session(
    repo: SessionRepository,
    title: str,
    *,
    organisation: str = "",
    language: str = "en",
    facilitator: str = "",
    location: str = "",
    on: date | None = None,
) -> Session:
    if not limits.visible(title):
        raise ValidationError("session.title_invisible")
    if language not in LANGUAGES:
        raise ValidationError(
            "session.unknown_language", language=language, choices=", ".join(LANGUAGES)
        )
    info = SessionInfo(
        id=new_id(),
        title=title.strip(),
        organisation=organisation.strip(),
        date=(on or date.today()).isoformat(),
        facilitator=facilitator.strip(),
        location=location.strip(),
        language=language,
    )
    return repo.add(default_sections(Session(info=info)))


def copy_title(title: str) -> str:
    """ "Title (copy)", the title shortened first if the mark would take it past the limit."""
    mark = " (copy)"
    if len(title) + len(mark) > limits.LINE:
        title = title[: limits.LINE - len(mark) - 1].rstrip() + "…"
    return title + mark


def copy_of(session: Session, title: str) -> Session:
    """``session`` as a new one titled ``title``: an id of its own, no dates of storing yet."""
    info = replace(session.info, id=new_id(), title=title, created_at="", updated_at="")
    return replace(session, info=info)


def import_session(
    repo: SessionRepository, session: Session, on_conflict: str = "error"
) -> Session:
    """Store an imported session. A session already present is never overwritten silently:
    ``on_conflict`` is "error", "copy" (a new session beside it) or "replace"."""
    if not repo.exists(session.id):
        return repo.add(session)
    if on_conflict == "copy":
        return repo.add(copy_of(session, copy_title(session.info.title)))
    if on_conflict == "replace":
        return repo.replace_session(session)
    raise AlreadyInLibrary("session.already_in_library", title=session.info.title)


def import_file(repo: SessionRepository, path: Path, on_conflict: str = "error") -> Session:
    return import_session(repo, session_document.read(path), on_conflict)
