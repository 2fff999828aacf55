"""The demo session: a fictional company's workshop, stored in resources/demo/<lang>.json.

The demo is ordinary session data, so it is translated like any other content and always passes
the same validation as an imported document. Its dates are moved so the workshop took place
recently, whatever day the demo is made.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, timedelta
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


_TIMESTAMPS = ("at", "decided_at", "started_at", "ended_at", "entered_at")


def _shift_dates(obj: Any, offset: timedelta) -> None:
    for f in fields(obj):
        value = getattr(obj, f.name)
        if f.name in ("date", "due", "deadline", "follow_up_date") and isinstance(value, str):
            setattr(obj, f.name, _shift(value, offset))
        elif f.name in _TIMESTAMPS and isinstance(value, str) and value:
            # Recorded moments (history, decisions, the agenda's clock) move by whole days,
            # keeping their time of day.
            setattr(obj, f.name, _shift(value[:10], offset) + value[10:])
        elif hasattr(value, "__dataclass_fields__"):
            _shift_dates(value, offset)
        elif isinstance(value, list):
            for item in value:
                if hasattr(item, "__dataclass_fields__"):
                    _shift_dates(item, offset)


def demo_session(language: str = "en", today: date | None = None) -> Session:
    if language not in LANGUAGES:
        raise ValidationError(
            f"Unknown language {language!r}; choose one of {', '.join(LANGUAGES)}."
        )
    path = resources_dir() / "demo" / f"{language}.json"
    if not path.exists():
        path = resources_dir() / "demo" / "en.json"
    session = session_document.read(path)
    workshop_day = (today or date.today()) - timedelta(days=DAYS_AGO)
    _shift_dates(session, workshop_day - date.fromisoformat(session.info.date))
    session.info = replace(session.info, id=new_id(), series_id="", created_at="", updated_at="")
    return session


def create_demo(repo: Repository, language: str = "en", today: date | None = None) -> Session:
    return repo.add(demo_session(language, today))
