"""Every per-stage table of the core and its data is built from workshop_app.stages and agrees
with it: a new stage is one entry there plus what ARCHITECTURE.md lists, and nothing is missed."""

from __future__ import annotations

import json

import pytest

from workshop_app import action_plan, agenda, progress, stages
from workshop_app.content import load_content
from workshop_app.demo import demo_session
from workshop_app.documents import wording
from workshop_app.domain import SECTIONS, STAGES, Session, SessionInfo
from workshop_app.domain.basics import LANGUAGES
from workshop_app.paths import resources_dir

# What the store saves besides the stage sections: they too belong to a page.
OTHER_PARTS = {"participants", "info", "actions"}


def test_the_stage_ids_are_the_registrys_in_the_workshops_order():
    assert STAGES == stages.STAGE_IDS == tuple(s.id for s in stages.STAGES)
    assert len(set(STAGES)) == len(STAGES)


def test_the_agenda_plans_and_timer_presets_come_from_the_registry():
    for plan, field in (("half_day", "half_day"), ("full_day", "full_day")):
        made = agenda.default_agenda(plan)
        assert agenda.order(made) == list(STAGES)
        assert [(i.minutes, i.break_after) for i in made.items] == [
            getattr(s, field) for s in stages.STAGES
        ]
    assert agenda.EXERCISE_MINUTES == {s.id: s.exercise_minutes for s in stages.STAGES}


def test_every_stage_has_exactly_one_progress_rule():
    assert set(progress.RULES) == set(STAGES)
    empty = Session(info=SessionInfo(id="s", title=""))
    for stage in STAGES:
        assert progress.stage_progress(empty, stage) is progress.Progress.EMPTY


def test_a_progress_rule_for_an_unknown_stage_is_refused_when_it_is_written():
    with pytest.raises(ValueError, match="not a stage"):
        progress.rule("coffee_break")


def test_each_stored_part_of_a_session_belongs_to_exactly_one_stage():
    owners = stages.section_stages()
    parts = [section for s in stages.STAGES for section in s.sections]
    assert len(parts) == len(set(parts)), "a part edited by two stages"
    assert set(owners) | set(stages.ACROSS_STAGES) == set(SECTIONS) | OTHER_PARTS
    assert not set(owners) & set(stages.ACROSS_STAGES)


def test_stored_names_that_differ_from_the_stage_ids_are_recorded_once():
    assert stages.stage("diagnosis").sections == ("assessment",)
    assert stages.stage("role_split").sections == ("role_map",)
    assert stages.stage("ten_steps").sections == ("checklist",)
    assert stages.stage("role_split").source_kind == "role_map"
    assert stages.stage("ten_steps").source_kind == "checklist"


def test_action_sources_and_their_printed_labels_come_from_the_registry():
    labels = stages.source_labels()
    assert action_plan._SOURCE_LABEL == labels
    assert set(action_plan.SOURCE_KINDS) == set(labels)
    schema = json.loads((resources_dir() / "schema" / "session.schema.json").read_text("utf-8"))
    action = schema["$defs"]["action"]["properties"]
    assert set(action["source_kind"]["enum"]) == {""} | set(labels)
    for label in labels.values():
        assert label in wording.FALLBACK, label


def test_an_action_answers_the_same_words_in_the_window_and_in_print():
    """One label table: the window's "responds to" is the documents' one, titles shortened."""
    for language in ("en", "zh_CN"):
        session = demo_session(language)
        words = wording.Wording.of(session)
        for action in session.actions:
            shown = action_plan.source_label(session, words.content, action)
            printed = words.responds_to(session, action)
            assert shown.rstrip("…").rstrip() == printed[: len(shown.rstrip("…").rstrip())]
        colon = "：" if language == "zh_CN" else ": "
        assert all(colon in words.responds_to(session, a) for a in session.actions if a.source_kind)


def test_room_notes_may_be_taken_at_every_stage_and_no_other():
    schema = json.loads((resources_dir() / "schema" / "session.schema.json").read_text("utf-8"))
    note = schema["$defs"]["notes"]["properties"]["items"]["items"]["properties"]
    assert note["stage"]["enum"] == list(STAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_names_and_heads_every_stage(language):
    content = load_content(language)
    assert list(content.get("workshop.stages")) == list(STAGES)
    documents = content.get("documents")
    for stage in stages.STAGES:
        assert content.text(f"workshop.stages.{stage.id}.title"), (language, stage.id)
        if stage.heading:
            assert stage.heading in documents, (language, stage.heading)
            assert stage.heading in wording.FALLBACK
        if stage.source_label:
            assert stage.source_label in documents, (language, stage.source_label)
