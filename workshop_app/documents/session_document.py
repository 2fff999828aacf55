"""The session interchange document: one JSON file per session, validated by its JSON schema.

Import validates the whole document before anything is written, and names the first problem it
finds with its place in the document (``actions[3].due``).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from workshop_app.domain import Action, ActionEvent, Participant, Session, SessionInfo, limits
from workshop_app.domain.codec import from_data, to_data
from workshop_app.domain.session import SECTIONS
from workshop_app.errors import DocumentError
from workshop_app.paths import resources_dir

FORMAT = "truce-session"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024
# The characters no text field holds: the repository refuses them too (domain/limits.py).
_CONTROL = limits.FORBIDDEN


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads((resources_dir() / "schema" / "session.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the document"


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
    return json.dumps(to_document(session), ensure_ascii=False, indent=2) + "\n"


def validate(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise DocumentError("This is not a Truce session document: it should be a JSON object.")
    if doc.get("format") != FORMAT:
        raise DocumentError(
            "This is not a Truce session document (its “format” is not truce-session)."
        )
    if doc.get("version") != VERSION:
        raise DocumentError(
            f"This session document has version {doc.get('version')!r}; this Truce reads version {VERSION}."
        )
    error = next(
        iter(sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))), None
    )
    if error is not None:
        raise DocumentError(f"{_where(error.absolute_path)}: {_plain(error)}")
    _check_text(doc, [])
    _check_unique(doc)


def _plain(error: Any) -> str:
    """jsonschema's message, shortened: the offending value can be 20,000 characters long."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        error = min(error.context, key=lambda e: len(e.message))
    message = error.message
    return message if len(message) <= 200 else message[:200] + "…"


def _check_text(value: Any, path: list[Any]) -> None:
    if isinstance(value, str):
        if _CONTROL.search(value):
            raise DocumentError(
                f"{_where(path)}: contains a control character, which a text cannot hold."
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(item, [*path, key])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_text(item, [*path, index])


def _check_unique(doc: dict[str, Any]) -> None:
    def unique(items: list[dict[str, Any]], where: str, key: str = "id") -> None:
        seen: set[Any] = set()
        for index, item in enumerate(items):
            if item[key] in seen:
                raise DocumentError(f"{where}[{index}].{key}: {item[key]!r} is used twice.")
            seen.add(item[key])

    unique(doc["participants"], "participants")
    unique(doc["actions"], "actions")
    unique(doc.get("history", []), "history")
    actions = {a["id"] for a in doc["actions"]}
    for index, event in enumerate(doc.get("history", [])):
        if event["action_id"] not in actions:
            raise DocumentError(
                f"history[{index}].action_id: {event['action_id']!r} is not an action of this session."
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
        "notes.items",
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
        raise DocumentError(
            f"This file is larger than {MAX_BYTES // (1024 * 1024)} MB; a session document never is."
        )
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(
            f"This file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    except UnicodeDecodeError as exc:
        raise DocumentError(
            "This file is not UTF-8 text, so it cannot be a session document."
        ) from exc
    except RecursionError as exc:
        raise DocumentError("This file is nested too deeply to be a session document.") from exc
    return from_document(doc)


def read(path: Path) -> Session:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB; a session document never is."
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise DocumentError(f"{path} does not exist.") from exc
    except IsADirectoryError as exc:
        raise DocumentError(f"{path} is a folder, not a session document.") from exc
    except PermissionError as exc:
        raise DocumentError(f"{path} cannot be read: permission denied.") from exc
    return loads(data)
