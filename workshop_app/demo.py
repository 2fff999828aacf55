"""The demo session: a fictional company's workshop, stored in resources/demo/<lang>.json.

The demo is ordinary session data, so it is translated like any other content and always passes
the same validation as an imported document. Each language tells the same workshop with a local
team (ids, numbers and dates are the same in every file). Its dates are moved so the workshop took
place recently, whatever day the demo is made.
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from workshop_app.documents import session_document
from workshop_app.domain import Session, new_id
from workshop_app.domain.session import LANGUAGES
from workshop_app.errors import ValidationError
from workshop_app.paths import resources_dir
from workshop_app.store import Repository

# How long before today the demo workshop took place.
DAYS_AGO = 21


def _shift(value: str, offset: timedelta) -> str:
    return (date.fromisoformat(value) + offset).isoformat() if value else value


def _shift_dates(obj: Any, offset: timedelta) -> None:
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in ("date", "due", "deadline", "follow_up_date") and isinstance(value, str):
            setattr(obj, f.name, _shift(value, offset))
        elif hasattr(value, "__dataclass_fields__"):
            _shift_dates(value, offset)
        elif isinstance(value, list):
            for item in value:
                if hasattr(item, "__dataclass_fields__"):
                    _shift_dates(item, offset)


def _demo_folder() -> Path:
    return resources_dir() / "demo"


def demo_document(language: str) -> dict[str, Any]:
    """The demo's session document in ``language``.

    A section the English demo has and a translation does not yet (a section added after the
    translation was written) is taken from the English demo, so every language stays a complete,
    valid session. A language with no demo file at all gets the English one.
    """
    english = json.loads((_demo_folder() / "en.json").read_text("utf-8"))
    path = _demo_folder() / f"{language}.json"
    if language == "en" or not path.exists():
        return english
    doc = json.loads(path.read_text("utf-8"))
    for key, value in english.items():
        doc.setdefault(key, value)
    return doc


def demo_session(language: str = "en", today: date | None = None) -> Session:
    if language not in LANGUAGES:
        raise ValidationError(
            f"Unknown language {language!r}; choose one of {', '.join(LANGUAGES)}."
        )
    session = session_document.from_document(demo_document(language))
    workshop_day = (today or date.today()) - timedelta(days=DAYS_AGO)
    _shift_dates(session, workshop_day - date.fromisoformat(session.info.date))
    session.info = replace(
        session.info,
        id=new_id(),
        series_id="",
        created_at="",
        updated_at="",
        language=language,  # the English fallback still prints its labels in the asked language
    )
    return session


def create_demo(repo: Repository, language: str = "en", today: date | None = None) -> Session:
    return repo.add(demo_session(language, today))
