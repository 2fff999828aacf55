"""The workshop's vocabulary as plain dataclasses, and the pure rules over them.

The names below are loaded on first use (PEP 562), each from its own module: the library window
lists sessions with `SessionSummary` alone and need not import every stage's types to start.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Each public name and the module of this package that defines it.
_HOME = {
    "Action": "actions",
    "ActionEvent": "actions",
    "ActionPriority": "actions",
    "ActionStatus": "actions",
    "EventKind": "actions",
    "Agenda": "agenda",
    "AgendaItem": "agenda",
    "Assessment": "assessment",
    "AssessmentAnswer": "assessment",
    "Prediction": "assessment",
    "Department": "basics",
    "Participant": "basics",
    "STAGES": "basics",
    "SessionInfo": "basics",
    "SessionSummary": "basics",
    "new_id": "basics",
    "Checklist": "checklist",
    "ChecklistStep": "checklist",
    "Friction": "frictions",
    "FrictionMap": "frictions",
    "CascadeTarget": "goals",
    "DepartmentGoal": "goals",
    "Goals": "goals",
    "JointMeeting": "goals",
    "RevenueCascade": "goals",
    "SharedGoal": "goals",
    "Note": "notes",
    "NoteKind": "notes",
    "NoteTheme": "notes",
    "NoteSide": "notes",
    "Notes": "notes",
    "Decision": "review",
    "ReviewedAction": "review",
    "SincePrevious": "review",
    "Contact": "role_map",
    "Contribution": "role_map",
    "FunnelStage": "role_map",
    "Handoff": "role_map",
    "LeadAcceptance": "role_map",
    "LeadStage": "role_map",
    "ServiceLevel": "role_map",
    "Party": "role_map",
    "RaciCell": "role_map",
    "RoleMap": "role_map",
    "Rule": "role_map",
    "RoleSwap": "role_swap",
    "RoleSwapAnswer": "role_swap",
    "RoleSwapInsight": "role_swap",
    "SECTIONS": "session",
    "Session": "session",
}

if TYPE_CHECKING:  # a type checker sees the real names; at run time they load on first use
    from workshop_app.domain.actions import (
        Action,
        ActionEvent,
        ActionPriority,
        ActionStatus,
        EventKind,
    )
    from workshop_app.domain.agenda import Agenda, AgendaItem
    from workshop_app.domain.assessment import Assessment, AssessmentAnswer, Prediction
    from workshop_app.domain.basics import (
        STAGES,
        Department,
        Participant,
        SessionInfo,
        SessionSummary,
        new_id,
    )
    from workshop_app.domain.checklist import Checklist, ChecklistStep
    from workshop_app.domain.frictions import Friction, FrictionMap
    from workshop_app.domain.goals import (
        CascadeTarget,
        DepartmentGoal,
        Goals,
        JointMeeting,
        RevenueCascade,
        SharedGoal,
    )
    from workshop_app.domain.notes import Note, NoteKind, Notes, NoteSide, NoteTheme
    from workshop_app.domain.review import Decision, ReviewedAction, SincePrevious
    from workshop_app.domain.role_map import (
        Contact,
        Contribution,
        FunnelStage,
        Handoff,
        LeadAcceptance,
        LeadStage,
        Party,
        RaciCell,
        RoleMap,
        Rule,
        ServiceLevel,
    )
    from workshop_app.domain.role_swap import RoleSwap, RoleSwapAnswer, RoleSwapInsight
    from workshop_app.domain.session import SECTIONS, Session

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
