"""The demo session: a fictional company's workshop, stored in resources/demo/<lang>.json.

The demo is ordinary session data, so it is translated like any other content and always passes
the same validation as an imported document. Each language tells the same workshop with a local
team (ids, numbers and dates are the same in every file). Its dates are moved so the workshop took
place recently, whatever day the demo is made.

The demo series adds the two workshops the same company held in the year before. They are not
separate documents: resources/demo/series.json lists what was different back then (lower ratings,
lower checklist levels, earlier goal figures, a shorter action plan) and that is applied to the
demo document of the chosen language, so the series exists in every language the demo does.
"""

from __future__ import annotations

import calendar
import copy
import json
from dataclasses import fields, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app import follow_up
from workshop_app.action_plan import is_open
from workshop_app.documents import session_document
from workshop_app.domain import (
    ActionEvent,
    Decision,
    EventKind,
    Session,
    SincePrevious,
    new_id,
)
from workshop_app.domain.actions import ActionStatus
from workshop_app.domain.session import LANGUAGES
from workshop_app.errors import ValidationError
from workshop_app.paths import resources_dir

if TYPE_CHECKING:
    from workshop_app.store.protocol import SessionRepository

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


def _demo_folder() -> Path:
    return resources_dir() / "demo"


def demo_document(language: str, folder: Path | None = None) -> dict[str, Any]:
    """The demo's session document in ``language`` (from ``folder``, the shipped demos unless
    given).

    A section the English demo has and a translation does not yet (a section added after the
    translation was written) is taken from the English demo, so every language stays a complete,
    valid session. A language with no demo file at all gets the English one.
    """
    folder = folder or _demo_folder()
    english = json.loads((folder / "en.json").read_text("utf-8"))
    path = folder / f"{language}.json"
    if language == "en" or not path.exists():
        return english
    doc = json.loads(path.read_text("utf-8"))
    for key, value in english.items():
        doc.setdefault(key, value)
    return doc


def demo_session(language: str = "en", today: date | None = None) -> Session:
    if language not in LANGUAGES:
        raise ValidationError(
            "session.unknown_language", language=language, choices=", ".join(LANGUAGES)
        )
    session = copy.deepcopy(_demo_as_written(_demo_folder(), language))
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


@cache
def _demo_as_written(folder: Path, language: str) -> Session:
    """The demo file read and checked once per process: the files ship with Truce and do not
    change while it runs, and checking one against the schema costs 20 times a copy of it."""
    return session_document.from_document(demo_document(language, folder))


def create_demo(
    repo: SessionRepository, language: str = "en", today: date | None = None
) -> Session:
    return repo.add(demo_session(language, today))


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _earlier(latest: Session, overlay: dict[str, Any], language: str) -> Session:
    """The workshop ``overlay`` describes: the latest one as it stood months before."""
    session = copy.deepcopy(latest)
    day = date.fromisoformat(latest.info.date)
    _shift_dates(session, _months_before(day, int(overlay["months_before"])) - day)

    def worded(key: str) -> str:
        texts = overlay.get(key, {})
        return texts.get(language) or texts.get("en", "")

    session.info = replace(
        session.info,
        id=new_id(),
        title=worded("title") or session.info.title,
        notes=worded("notes"),
    )
    ratings = overlay.get("ratings", {})
    for answer in session.assessment.answers:
        then = ratings.get(answer.department, {})
        if answer.value is not None and str(answer.value) in then:
            answer.value = int(then[str(answer.value)])
    session.assessment.predictions = []  # the guesses belong to the latest workshop's reveal
    levels = overlay.get("checklist", {})
    for step in session.checklist.steps:
        if step.step in levels:
            step.current, step.target = levels[step.step]
        # Back then the room rated each step as one; the departments' own views came later.
        step.sales = step.marketing = None
    goals = overlay.get("goals", {})
    session.goals.shared = [
        replace(g, **goals[g.id]) for g in session.goals.shared if g.id in goals
    ]
    statuses = overlay.get("actions", {})
    session.actions = [
        replace(a, status=ActionStatus(statuses[a.id])) for a in session.actions if a.id in statuses
    ]
    # The latest workshop's history tells that plan's story; back then each settled action has
    # one dated change, a month after the workshop.
    settled = (date.fromisoformat(session.info.date) + timedelta(days=30)).isoformat()
    session.history = [
        ActionEvent(new_id(), a.id, f"{settled}T09:00:00+00:00", EventKind.STATUS, a.status, a.due)
        for a in session.actions
        if not is_open(a)
    ]
    session.since_previous = SincePrevious()
    return session


def _review_previous(previous: Session, current: Session) -> None:
    """The follow-up's review of the earlier open actions: each one still in the later plan was
    carried over, so the series shows the same links a real follow-up workshop makes."""
    at = f"{current.info.date}T10:30:00+00:00"
    current.since_previous = SincePrevious(previous.info.title, previous.info.date)
    later = {a.id: a for a in current.actions}
    for index, action in enumerate(previous.actions):
        copy_ = later.get(action.id)
        if not is_open(action) or copy_ is None:
            continue
        if not copy_.due:
            copy_.due = (date.fromisoformat(current.info.date) + timedelta(days=60)).isoformat()
        outcome = follow_up.decide(action, Decision.CARRIED, at=at, new_due=copy_.due)
        copy_.carried_from = action.id
        previous.actions[index] = outcome.original
        previous.history.append(outcome.event)
        current.since_previous.items.append(replace(outcome.item, new_action_id=copy_.id))


def demo_series(language: str = "en", today: date | None = None) -> list[Session]:
    """Three workshops of one company over a year, oldest first, linked as one series."""
    latest = demo_session(language, today)
    overlays = json.loads((resources_dir() / "demo" / "series.json").read_text(encoding="utf-8"))
    workshops = sorted(overlays["workshops"], key=lambda w: -int(w["months_before"]))
    # The base document's language, not the one asked for: a language without its own demo
    # document falls back to English, and its earlier workshops must read English too.
    sessions = [_earlier(latest, o, latest.info.language) for o in workshops] + [latest]
    series_id = sessions[0].id
    previous = ""
    for session in sessions:
        session.info = replace(session.info, series_id=series_id, previous_id=previous)
        previous = session.id
    for earlier, later in zip(sessions, sessions[1:], strict=False):
        _review_previous(earlier, later)
    return sessions


def create_demo_series(
    repo: SessionRepository, language: str = "en", today: date | None = None
) -> list[Session]:
    sessions = demo_series(language, today)
    with repo.intent():  # the three workshops of the series: all of them, or none
        return [repo.add(session) for session in sessions]
