"""The workshop's vocabulary as plain dataclasses, and the pure rules over them."""

from workshop_app.domain.actions import (
    Action,
    ActionEvent,
    ActionPriority,
    ActionStatus,
    EventKind,
)
from workshop_app.domain.agenda import Agenda, AgendaItem
from workshop_app.domain.assessment import Assessment, AssessmentAnswer, Prediction
from workshop_app.domain.checklist import Checklist, ChecklistStep
from workshop_app.domain.frictions import Friction, FrictionMap
from workshop_app.domain.goals import DepartmentGoal, Goals, SharedGoal
from workshop_app.domain.notes import Note, NoteKind, Notes, NoteSide
from workshop_app.domain.review import Decision, ReviewedAction, SincePrevious
from workshop_app.domain.role_map import (
    Contact,
    Contribution,
    FunnelStage,
    Handoff,
    Party,
    RaciCell,
    RoleMap,
    Rule,
)
from workshop_app.domain.role_swap import RoleSwap, RoleSwapAnswer, RoleSwapInsight
from workshop_app.domain.session import (
    STAGES,
    Department,
    Participant,
    Session,
    SessionInfo,
    SessionSummary,
    new_id,
)

__all__ = [
    "STAGES",
    "Action",
    "ActionEvent",
    "ActionPriority",
    "ActionStatus",
    "Agenda",
    "AgendaItem",
    "Assessment",
    "AssessmentAnswer",
    "Checklist",
    "ChecklistStep",
    "Contact",
    "Contribution",
    "Decision",
    "Department",
    "DepartmentGoal",
    "EventKind",
    "Friction",
    "FrictionMap",
    "FunnelStage",
    "Goals",
    "Handoff",
    "Note",
    "NoteKind",
    "NoteSide",
    "Notes",
    "Participant",
    "Party",
    "Prediction",
    "ReviewedAction",
    "RaciCell",
    "RoleMap",
    "RoleSwap",
    "RoleSwapAnswer",
    "RoleSwapInsight",
    "Rule",
    "Session",
    "SessionInfo",
    "SessionSummary",
    "SharedGoal",
    "SincePrevious",
    "new_id",
]
