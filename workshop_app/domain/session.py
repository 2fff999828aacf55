"""A workshop session: its details, the people in the room, and one section per stage."""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop_app.domain.actions import Action, ActionEvent
from workshop_app.domain.agenda import Agenda
from workshop_app.domain.assessment import Assessment
from workshop_app.domain.basics import (  # noqa: F401 (the session's own vocabulary, re-exported)
    LANGUAGES,
    STAGES,
    Department,
    Participant,
    SessionInfo,
    SessionSummary,
    new_id,
)
from workshop_app.domain.checklist import Checklist
from workshop_app.domain.frictions import FrictionMap
from workshop_app.domain.goals import Goals
from workshop_app.domain.notes import Notes
from workshop_app.domain.review import SincePrevious
from workshop_app.domain.role_map import RoleMap
from workshop_app.domain.role_swap import RoleSwap


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
