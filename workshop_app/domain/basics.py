"""What the library knows a session by, without loading it: the stages and languages, the
session's details, its people and its one-line summary. Kept apart from the stage sections so the
window can list sessions without importing them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workshop_app.languages import CODES
from workshop_app.stages import STAGE_IDS

# The workshop's stages, in the order the room walks through them. Stable ids (workshop_app.stages).
STAGES = STAGE_IDS

LANGUAGES = CODES  # the content languages' codes (workshop_app.languages)


def new_id() -> str:
    import uuid  # on first use: its import is a noticeable part of starting the window

    return uuid.uuid4().hex


class Department(StrEnum):
    SALES = "sales"
    MARKETING = "marketing"
    LEADERSHIP = "leadership"
    OTHER = "other"


@dataclass
class Participant:
    id: str
    name: str = ""
    department: Department = Department.OTHER
    role: str = ""
    # An anonymous participant is known only by a label such as "Sales 3"; the label is in `name`.
    anonymous: bool = False


@dataclass
class SessionInfo:
    id: str
    title: str
    organisation: str = ""
    date: str = ""  # ISO date of the workshop
    location: str = ""
    facilitator: str = ""
    language: str = "en"  # the content language, fixed when the session is created
    notes: str = ""
    series_id: str = ""  # sessions of one organisation's workshops over time share it
    previous_id: str = ""  # the workshop this one follows up, if any
    follow_up_date: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class SessionSummary:
    """One row of the library: enough to find a session, without loading it."""

    id: str
    title: str
    organisation: str
    date: str
    facilitator: str
    language: str
    updated_at: str
    participants: int = 0
    actions: int = 0
    series_id: str = ""
    series_size: int = 1  # workshops in its series, the trash left out
    series_position: int = 1  # 1 for the series' first workshop
