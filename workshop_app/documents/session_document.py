"""The session interchange document: one JSON file per session, validated by its JSON schema.

Import validates the whole document before anything is written, and names the first problem it
finds with its place in the document (``actions[3].due``).
"""

from __future__ import annotations

import json
import os
import stat
from functools import cache
from pathlib import Path
from typing import Any

from workshop_app.documents import document_rules as rules
from workshop_app.documents.schema_check import FORMATS, CompiledSchema, inlined, strict_validator
from workshop_app.domain import Action, ActionEvent, Participant, Session, SessionInfo, limits
from workshop_app.domain.codec import from_data, to_data
from workshop_app.domain.session import SECTIONS
from workshop_app.errors import DocumentError
from workshop_app.messages import Message
from workshop_app.paths import resources_dir

FORMAT = "truce-session"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(
        (resources_dir() / "schema" / "session.schema.json").read_text("utf-8")
    )
    return schema


@cache
def _validator() -> Any:
    """jsonschema's validator: it finds and describes the first problem of an invalid document."""
    return strict_validator(_schema())


@cache
def _compiled() -> CompiledSchema:
    """The schema's compiled checks: they tell a valid document, and where an invalid one's
    first problem is, in a fraction of jsonschema's time."""
    return CompiledSchema(inlined(_schema()), FORMATS)


def to_document(session: Session) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "session": to_data(session.info),
        "participants": to_data(session.participants),
    }
    for name in SECTIONS:
        doc[name] = to_data(getattr(session, name))
    doc["actions"] = to_data(session.actions)
    doc["history"] = to_data(session.history)
    return doc


def dumps(session: Session) -> str:
    """Standard JSON only: a number that is not finite is refused, never written as NaN."""
    try:
        return (
            json.dumps(to_document(session), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        )
    except ValueError as exc:
        raise DocumentError("document.infinite_number") from exc


def validate(doc: Any) -> None:
    """Raise DocumentError naming the first problem: its place in the document and the reason."""
    if not isinstance(doc, dict):
        raise DocumentError("document.not_an_object")
    if doc.get("format") != FORMAT:
        raise DocumentError("document.wrong_format")
    version = doc.get("version")
    if type(version) is int and version > VERSION:
        raise DocumentError("document.newer_version", version=version, readable=VERSION)
    if "version" not in doc:
        raise DocumentError("document.no_version", readable=VERSION)
    if type(version) is not int or version != VERSION:
        raise DocumentError("document.odd_version", version=rules.show(version), readable=VERSION)
    rules.precheck(doc)
    part = _compiled().problem(doc)
    if part is not None:
        problem = rules.schema_problem(_validator(), doc, part or None)
        if problem is None and part:  # never so, unless the two disagree: ask all
            problem = rules.schema_problem(_validator(), doc)
        if problem:
            raise DocumentError(problem)
    _check_titles(doc)
    _check_unique(doc)


def _check_titles(doc: dict[str, Any]) -> None:
    """The schema asks for a character that is not a space; a title must also have one that
    shows (not only zero-width or format characters)."""
    reviewed = doc.get("since_previous", {}).get("items", [])
    places = [
        (["session", "title"], doc["session"]["title"]),
        *((["actions", i, "title"], a["title"]) for i, a in enumerate(doc["actions"])),
        *((["since_previous", "items", i, "title"], r["title"]) for i, r in enumerate(reviewed)),
    ]
    for path, title in places:
        if not limits.visible(title):
            raise DocumentError(
                "document.at",
                where=rules.where(path),
                reason=Message("document.reason.invisible", value=rules.show(title)),
            )


def _check_unique(doc: dict[str, Any]) -> None:
    def unique(items: list[dict[str, Any]], where: str, key: str = "id") -> None:
        seen: set[Any] = set()
        for index, item in enumerate(items):
            if item[key] in seen:
                raise DocumentError(
                    "document.at",
                    where=f"{where}[{index}].{key}",
                    reason=Message("document.reason.used_twice", value=rules.show(item[key])),
                )
            seen.add(item[key])

    unique(doc["participants"], "participants")
    unique(doc["actions"], "actions")
    unique(doc.get("history", []), "history")
    actions = {a["id"] for a in doc["actions"]}
    for index, event in enumerate(doc.get("history", [])):
        if event["action_id"] not in actions:
            raise DocumentError(
                "document.at",
                where=f"history[{index}].action_id",
                reason=Message(
                    "document.reason.no_such_action", value=rules.show(event["action_id"])
                ),
            )
    for name in (
        "frictions.items",
        "role_swap.insights",
        "goals.shared",
        "goals.department_goals",
        "role_map.stages",
        "role_map.parties",
        "role_map.rules",
        "role_map.contacts",
        "role_map.lead_stages",
        "notes.items",
        "notes.themes",
    ):
        section, field = name.split(".")
        unique(doc.get(section, {}).get(field, []), name)
    unique(doc["checklist"].get("steps", []), "checklist.steps", key="step")


def from_document(doc: Any) -> Session:
    """A validated document as a Session (nothing is stored)."""
    validate(doc)
    session = Session(
        info=from_data(SessionInfo, doc["session"]),
        participants=from_data(list[Participant], doc["participants"]),
        actions=from_data(list[Action], doc["actions"]),
        # Documents written before actions had a history, or sessions without a review, omit these.
        history=from_data(list[ActionEvent], doc.get("history", [])),
    )
    for name, cls in SECTIONS.items():
        # Sections added later (the agenda, captured notes) may be missing from older documents.
        if name in doc:
            setattr(session, name, from_data(cls, doc[name]))
    return session


def loads(text: str | bytes) -> Session:
    if len(text) > MAX_BYTES:
        raise DocumentError("document.too_large", megabytes=MAX_BYTES // (1024 * 1024))
    return from_document(rules.parse(text))


def read(path: Path) -> Session:
    """The session in a document file. Only a regular file is opened (a pipe or a device would
    never end), its size is known before it is read, and at most MAX_BYTES are read."""
    path = Path(path)
    try:
        found = path.stat()
        if stat.S_ISDIR(found.st_mode):
            raise DocumentError("document.folder", path=path)
        if not stat.S_ISREG(found.st_mode):
            raise DocumentError("document.not_a_regular_file", path=path)
        if found.st_size > MAX_BYTES:
            raise DocumentError(
                "document.file_too_large", name=path.name, megabytes=MAX_BYTES // (1024 * 1024)
            )
        # O_NONBLOCK: should the file be swapped for a pipe after the check, opening it does
        # not wait for a writer; the check below then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DocumentError("document.not_a_regular_file", path=path)
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise DocumentError("document.missing", path=path) from exc
    except IsADirectoryError as exc:
        raise DocumentError("document.folder", path=path) from exc
    except PermissionError as exc:
        raise DocumentError("document.permission_denied", path=path) from exc
    except OSError as exc:
        raise DocumentError("document.unreadable", path=path, detail=exc.strerror or exc) from exc
    return loads(data)
