"""The workshop's stages: one entry each, from which every per-stage table is derived.

The agenda's plans and timer presets (``agenda``), the progress rules (``progress``, one ``@rule``
each), the action plan's source kinds and the documents' source labels (``documents.wording``),
undo's map from a stored section to its page (``ui.undo``), the pages (``ui.pages``) and the Go
menu all read this list; ``tests/core/test_stage_registry.py`` checks that they agree with it.
How to add a stage: ARCHITECTURE.md.

Names: a stage's ``id`` is what saved sessions store (agenda items, room notes) and never
changes. Three stages keep their data under an older name, and this is the one place that says so:

    stage id     stored section   action source kind
    diagnosis    assessment       –
    role_split   role_map         role_map
    ten_steps    checklist        checklist

This module imports nothing: the library window reads the stage ids while it starts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stage:
    id: str  # stored in saved sessions: never renamed
    # The parts of a Session this stage's page edits, as the store names them when it saves
    # ("participants" and "info" are the setup page's; the others are stored sections).
    sections: tuple[str, ...]
    # Planned minutes and the break after the stage, in the half-day and the full-day plans.
    half_day: tuple[int, int]
    full_day: tuple[int, int]
    # Typical length of one timed exercise: what the countdown offers first at this stage.
    exercise_minutes: int
    # The documents.json key of the heading its results print under; "" when no document has a
    # part of its own for the stage (the wrap-up's outcome is the action plan itself).
    heading: str
    # What an action that answers something of this stage stores as its ``source_kind``, and the
    # documents.json key a document names such a source by ("Responds to: Step 3").
    source_kind: str = ""
    source_label: str = ""


# In the order the room walks through them.
STAGES: tuple[Stage, ...] = (
    Stage(
        "setup",
        sections=("participants", "info"),
        half_day=(15, 0),
        full_day=(30, 0),
        exercise_minutes=5,
        heading="participants",
    ),
    Stage(
        "diagnosis",
        sections=("assessment",),
        half_day=(30, 0),
        full_day=(50, 0),
        exercise_minutes=15,
        heading="assessment",
    ),
    Stage(
        "frictions",
        sections=("frictions",),
        half_day=(25, 0),
        full_day=(45, 15),
        exercise_minutes=10,
        heading="friction_map",
        source_kind="friction",
        source_label="friction",
    ),
    Stage(
        "role_swap",
        sections=("role_swap",),
        half_day=(30, 15),
        full_day=(55, 0),
        exercise_minutes=10,
        heading="role_swap",
        source_kind="role_swap",
        source_label="role_swap",
    ),
    Stage(
        "goals",
        sections=("goals",),
        half_day=(25, 0),
        full_day=(45, 45),
        exercise_minutes=10,
        heading="shared_goals",
        source_kind="goal",
        source_label="goal",
    ),
    Stage(
        "role_split",
        sections=("role_map",),
        half_day=(30, 0),
        full_day=(55, 0),
        exercise_minutes=15,
        heading="role_split",
        source_kind="role_map",
        source_label="funnel_stage",
    ),
    Stage(
        "ten_steps",
        sections=("checklist",),
        half_day=(20, 0),
        full_day=(40, 15),
        exercise_minutes=5,
        heading="ten_steps",
        source_kind="checklist",
        source_label="step",
    ),
    Stage(
        "actions",
        sections=("actions",),
        half_day=(25, 0),
        full_day=(40, 0),
        exercise_minutes=10,
        heading="actions",
    ),
    Stage(
        "wrap_up",
        sections=(),
        half_day=(10, 0),
        full_day=(20, 0),
        exercise_minutes=5,
        heading="",
    ),
)

STAGE_IDS: tuple[str, ...] = tuple(stage.id for stage in STAGES)
BY_ID: dict[str, Stage] = {stage.id: stage for stage in STAGES}

# Stored sections that belong to no one stage: the plan of the day, the notes taken at any stage,
# and the review of the previous workshop's actions.
ACROSS_STAGES = ("agenda", "notes", "since_previous")

# Sources an action can answer that belong to no one stage, with their documents.json labels.
OTHER_SOURCES = {"lever": "lever", "note": "room_note"}


def stage(stage_id: str) -> Stage:
    return BY_ID[stage_id]


def section_stages() -> dict[str, str]:
    """Each stored part of a session and the stage whose page edits it."""
    return {section: s.id for s in STAGES for section in s.sections}


def source_labels() -> dict[str, str]:
    """Each action source kind and the documents.json key that names it."""
    return {s.source_kind: s.source_label for s in STAGES if s.source_kind} | OTHER_SOURCES
