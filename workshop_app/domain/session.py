"""A workshop session: its details, the people in the room, and one section per stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from workshop_app.domain.actions import Action, ActionEvent
from workshop_app.domain.agenda import Agenda
from workshop_app.domain.assessment import Assessment
from workshop_app.domain.checklist import Checklist
from workshop_app.domain.frictions import FrictionMap
from workshop_app.domain.goals import Goals
from workshop_app.domain.notes import Notes
from workshop_app.domain.review import SincePrevious
from workshop_app.domain.role_map import RoleMap
from workshop_app.domain.role_swap import RoleSwap

# The workshop's stages, in the order the room walks through them. Stable ids.
STAGES = (
    "setup",
    "diagnosis",
    "frictions",
    "role_swap",
    "goals",
    "role_split",
    "ten_steps",
    "actions",
    "wrap_up",
)

LANGUAGES = ("en", "pl", "nl", "zh_CN", "zh_TW")


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


@dataclass
class Session:
    info: SessionInfo
    participants: list[Participant] = field(default_factory=list)
    assessment: Assessment = field(default_factory=Assessment)
    frictions: FrictionMap = field(default_factory=FrictionMap)
    role_swap: RoleSwap = field(default_factory=RoleSwap)
    goals: Goals = field(default_factory=Goals)
    role_map: RoleMap = field(default_factory=RoleMap)
    checklist: Checklist = field(default_factory=Checklist)
    actions: list[Action] = field(default_factory=list)
    # The follow-up review of the previous workshop's open actions (a section like the others).
    since_previous: SincePrevious = field(default_factory=SincePrevious)
    # Every dated status and due-date change of this session's actions, oldest first.
    history: list[ActionEvent] = field(default_factory=list)
    agenda: Agenda = field(default_factory=Agenda)
    notes: Notes = field(default_factory=Notes)  # captured in the room, across stages

    @property
    def id(self) -> str:
        return self.info.id

    def participant(self, participant_id: str) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)


# The stage sections stored as one value each; participants and actions have rows of their own.
SECTIONS: dict[str, type] = {
    "assessment": Assessment,
    "frictions": FrictionMap,
    "role_swap": RoleSwap,
    "goals": Goals,
    "role_map": RoleMap,
    "checklist": Checklist,
    "since_previous": SincePrevious,
    "agenda": Agenda,
    "notes": Notes,
}
