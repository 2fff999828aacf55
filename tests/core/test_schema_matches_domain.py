"""The JSON schema and the dataclasses describe the same fields, so nothing is lost on export."""

from __future__ import annotations

import dataclasses
import json

import pytest

from workshop_app.domain import (
    Action,
    ActionEvent,
    Agenda,
    AgendaItem,
    Assessment,
    AssessmentAnswer,
    CascadeTarget,
    Checklist,
    ChecklistStep,
    Contact,
    Contribution,
    DepartmentGoal,
    Friction,
    FrictionMap,
    FunnelStage,
    Goals,
    Handoff,
    JointMeeting,
    LeadAcceptance,
    LeadStage,
    Participant,
    Party,
    Prediction,
    RaciCell,
    RevenueCascade,
    ReviewedAction,
    RoleMap,
    RoleSwap,
    RoleSwapAnswer,
    RoleSwapInsight,
    Rule,
    ServiceLevel,
    SessionInfo,
    SharedGoal,
    SincePrevious,
    limits,
)
from workshop_app.domain.notes import Note, Notes
from workshop_app.paths import resources_dir

SCHEMA = json.loads((resources_dir() / "schema" / "session.schema.json").read_text("utf-8"))
DEFS = SCHEMA["$defs"]


def _object(path: list[str]) -> dict:
    node = DEFS[path[0]]
    for key in path[1:]:
        node = node["items"] if key == "[]" else node["properties"][key]
        if "$ref" in node:
            node = DEFS[node["$ref"].split("/")[-1]]
    return node


CASES = [
    (SessionInfo, ["session"]),
    (Participant, ["participant"]),
    (Action, ["action"]),
    (Assessment, ["assessment"]),
    (AssessmentAnswer, ["assessment", "answers", "[]"]),
    (Prediction, ["assessment", "predictions", "[]"]),
    (FrictionMap, ["frictions"]),
    (Friction, ["frictions", "items", "[]"]),
    (RoleSwap, ["role_swap"]),
    (RoleSwapAnswer, ["role_swap", "answers", "[]"]),
    (RoleSwapInsight, ["role_swap", "insights", "[]"]),
    (Goals, ["goals"]),
    (DepartmentGoal, ["goals", "department_goals", "[]"]),
    (SharedGoal, ["goals", "shared", "[]"]),
    (RevenueCascade, ["goals", "cascade"]),
    (CascadeTarget, ["goals", "cascade", "targets", "[]"]),
    (JointMeeting, ["goals", "meeting"]),
    (RoleMap, ["role_map"]),
    (FunnelStage, ["role_map", "stages", "[]"]),
    (Party, ["role_map", "parties", "[]"]),
    (RaciCell, ["role_map", "cells", "[]"]),
    (Handoff, ["role_map", "handoff"]),
    (Contribution, ["role_map", "contributions", "[]"]),
    (Rule, ["role_map", "rules", "[]"]),
    (Contact, ["role_map", "contacts", "[]"]),
    (LeadStage, ["role_map", "lead_stages", "[]"]),
    (LeadAcceptance, ["role_map", "acceptance"]),
    (ServiceLevel, ["role_map", "sla"]),
    (Checklist, ["checklist"]),
    (ChecklistStep, ["checklist", "steps", "[]"]),
    (ActionEvent, ["action_event"]),
    (SincePrevious, ["since_previous"]),
    (ReviewedAction, ["since_previous", "items", "[]"]),
    (Agenda, ["agenda"]),
    (AgendaItem, ["agenda", "items", "[]"]),
    (Notes, ["notes"]),
    (Note, ["notes", "items", "[]"]),
]


@pytest.mark.parametrize(("cls", "path"), CASES, ids=[c.__name__ for c, _ in CASES])
def test_schema_lists_exactly_the_fields_of(cls, path):
    node = _object(path)
    assert node.get("additionalProperties") is False
    assert set(node["properties"]) == {f.name for f in dataclasses.fields(cls)}


def test_schema_text_limits_are_the_core_limits():
    assert DEFS["text"]["maxLength"] == limits.TEXT
    assert DEFS["line"]["maxLength"] == limits.LINE
