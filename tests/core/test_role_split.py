"""The role split map: one Accountable per stage, templates, and a funnel the room can reshape."""

from __future__ import annotations

import pytest

from workshop_app import role_split
from workshop_app.content import load_content
from workshop_app.domain import Contribution, RaciCell
from workshop_app.errors import ValidationError

CONTENT = load_content("en")


def fresh():
    return role_split.default_role_map(CONTENT)


def test_default_funnel_runs_from_awareness_to_growth():
    role_map = fresh()
    assert [s.id for s in role_map.stages][0] == "awareness"
    assert [s.id for s in role_map.stages][-1] == "growth"
    assert len(role_map.stages) == 9
    assert [p.id for p in role_map.parties] == ["sales", "marketing", "shared"]


def test_an_empty_grid_has_no_accountable_anywhere():
    problems = role_split.raci_problems(fresh())
    assert {p.kind for p in problems} == {"no_accountable", "no_responsible"}
    assert len([p for p in problems if p.kind == "no_accountable"]) == 9


def test_two_accountables_are_reported_with_their_parties():
    role_map = fresh()
    role_split.set_letter(role_map, "close", "sales", "A")
    role_split.set_letter(role_map, "close", "marketing", "a")
    role_split.set_letter(role_map, "close", "shared", "R")
    close = [p for p in role_split.raci_problems(role_map) if p.stage == "close"]
    assert close == [role_split.RaciProblem("close", "several_accountable", ("sales", "marketing"))]


def test_a_cell_holds_one_letter_and_clearing_empties_it():
    role_map = fresh()
    role_split.set_letter(role_map, "needs", "sales", "R")
    role_split.set_letter(role_map, "needs", "sales", "C")
    assert role_map.cells == [RaciCell("needs", "sales", "C")]
    role_split.set_letter(role_map, "needs", "sales", "")
    assert role_map.cells == []
    with pytest.raises(ValidationError):
        role_split.set_letter(role_map, "needs", "sales", "X")


def test_archetype_sets_the_handoff_and_one_accountable_per_stage():
    role_map = fresh()
    role_split.apply_archetype(role_map, CONTENT, "research_first")
    assert role_map.handoff.stage == "solution"
    assert role_map.handoff.archetype == "research_first"
    assert not [p for p in role_split.raci_problems(role_map) if p.kind != "no_responsible"]
    assert role_split.letter(role_map, "needs", "marketing") == "A"
    assert role_split.letter(role_map, "solution", "sales") == "A"
    assert role_split.letter(role_map, "solution", "marketing") == "R"
    assert role_split.letter(role_map, "growth", "marketing") == "C"


def test_archetype_keeps_custom_parties_but_not_their_accountable():
    role_map = fresh()
    cs = role_split.add_party(role_map, "Customer Success")
    role_split.set_letter(role_map, "onboarding", cs.id, "R")
    role_split.set_letter(role_map, "growth", cs.id, "A")
    role_split.apply_archetype(role_map, CONTENT, "leads_only")
    assert role_split.letter(role_map, "onboarding", cs.id) == "R"
    assert role_split.letter(role_map, "growth", cs.id) == ""
    assert role_map.handoff.stage == "qualifying"


def test_archetype_finds_a_renamed_stage_by_its_content_id():
    role_map = fresh()
    role_split.rename_stage(role_map, "qualifying", "Lead qualification")
    role_split.apply_archetype(role_map, CONTENT, "leads_only")
    assert role_map.handoff.stage == "qualifying"


def test_removing_a_stage_takes_its_cells_contributions_and_handoff():
    role_map = fresh()
    role_split.apply_archetype(role_map, CONTENT, "leads_only")
    role_map.contributions.append(Contribution("qualifying", "Shared lead standards"))
    assert role_split.stage_in_use(role_map, "qualifying")
    role_split.remove_stage(role_map, "qualifying")
    assert all(c.stage != "qualifying" for c in role_map.cells)
    assert role_map.contributions == []
    assert role_map.handoff.stage == ""


def test_stages_move_and_new_ones_go_after_the_chosen_one():
    role_map = fresh()
    added = role_split.add_stage(role_map, "  Renewal  ", after="onboarding")
    ids = [s.id for s in role_map.stages]
    assert ids[ids.index("onboarding") + 1] == added.id
    assert added.name == "Renewal"
    assert role_split.move_stage(role_map, "awareness", -1) == 0
    assert role_split.move_stage(role_map, "awareness", 1) == 1
    assert [s.id for s in role_map.stages][:2] == ["interest", "awareness"]
    with pytest.raises(ValidationError):
        role_split.add_stage(role_map, "   ")


def test_built_in_parties_stay_and_custom_ones_go_with_their_cells():
    role_map = fresh()
    with pytest.raises(ValidationError):
        role_split.remove_party(role_map, "sales")
    cs = role_split.add_party(role_map, "Customer Success")
    role_split.rename_party(role_map, cs.id, "Customer Care")
    assert role_split.party_name(role_map.parties[-1], CONTENT) == "Customer Care"
    assert role_split.party_name(role_map.parties[0], CONTENT) == "Sales"
    role_split.set_letter(role_map, "growth", cs.id, "R")
    role_split.remove_party(role_map, cs.id)
    assert role_map.cells == []


def test_suggested_contributions_follow_the_content():
    stages = [c.stage for c in role_split.suggested_contributions(fresh(), CONTENT)]
    assert stages == ["qualifying", "needs", "solution", "decision", "close"]
