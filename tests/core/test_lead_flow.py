"""Lead stages with one owner each, the accept/reject step, and a two-sided SLA whose every
commitment has a number."""

from __future__ import annotations

import pytest

from workshop_app import lead_flow, role_split
from workshop_app.content import LANGUAGE_NAMES, load_content
from workshop_app.domain import RoleMap
from workshop_app.domain.codec import from_data, to_data
from workshop_app.domain.limits import TEXT
from workshop_app.errors import ValidationError

CONTENT = load_content("en")
HOSTILE = ("<b>bold</b> & <i>", "🤝 leads 🚀", "线索与商机", "Zażółć gęślą jaźń", "x" * TEXT)


def fresh() -> RoleMap:
    return role_split.default_role_map(CONTENT)


@pytest.mark.parametrize("language", list(LANGUAGE_NAMES))
def test_the_usual_waterfall_runs_inquiry_to_customer_with_one_owner_each(language):
    role_map = fresh()
    lead_flow.use_usual_lead_stages(role_map, load_content(language))
    ids = [s.content_id for s in role_map.lead_stages]
    assert ids == ["inquiry", "mql", "sal", "sql", "opportunity", "customer"]
    assert [s.owner for s in role_map.lead_stages[:2]] == ["marketing", "marketing"]
    assert lead_flow.lead_stage_problems(role_map) == []
    assert role_map.acceptance.accept_hours == 24
    assert len(role_map.acceptance.reject_reasons) == 4
    assert role_map.acceptance.recycle_rule.strip()


def test_a_stage_without_an_owner_or_criteria_is_named():
    role_map = fresh()
    stage = lead_flow.add_lead_stage(role_map, "Webinar attendee")
    assert lead_flow.lead_stage_problems(role_map) == [
        lead_flow.LeadProblem(stage.id, "no_owner"),
        lead_flow.LeadProblem(stage.id, "no_criteria"),
    ]
    lead_flow.edit_lead_stage(role_map, stage.id, owner="marketing", entry="Attended live")
    assert lead_flow.lead_stage_problems(role_map) == []


def test_an_owner_must_be_a_party_and_a_removed_party_leaves_the_stage_ownerless():
    role_map = fresh()
    stage = lead_flow.add_lead_stage(role_map, "Renewal")
    with pytest.raises(ValidationError):
        lead_flow.edit_lead_stage(role_map, stage.id, owner="finance")
    assert stage.owner == ""
    success = role_split.add_party(role_map, "Customer Success")
    lead_flow.edit_lead_stage(role_map, stage.id, owner=success.id, exit="Renewed")
    role_split.remove_party(role_map, success.id)
    assert stage.owner == ""
    assert lead_flow.LeadProblem(stage.id, "no_owner") in lead_flow.lead_stage_problems(role_map)


def test_stages_move_and_go():
    role_map = fresh()
    lead_flow.use_usual_lead_stages(role_map, CONTENT)
    last = role_map.lead_stages[-1]
    assert lead_flow.move_lead_stage(role_map, last.id, -1) == 4
    assert lead_flow.move_lead_stage(role_map, role_map.lead_stages[0].id, -1) == 0
    lead_flow.remove_lead_stage(role_map, last.id)
    assert last.id not in [s.id for s in role_map.lead_stages]
    with pytest.raises(ValidationError):
        lead_flow.add_lead_stage(role_map, "   ")


def test_every_commitment_is_a_gap_until_made_and_zero_is_no_number():
    role_map = fresh()
    assert lead_flow.sla_gaps(role_map) == list(lead_flow.COMMITMENTS)
    assert not lead_flow.sla_started(role_map)
    lead_flow.set_sla(role_map, "leads_per_rep", 30)
    lead_flow.set_sla(role_map, "attempts", 0)
    assert "leads_per_rep" not in lead_flow.sla_gaps(role_map)
    assert "attempts" in lead_flow.sla_gaps(role_map)
    assert lead_flow.sla_started(role_map)


def test_the_usual_sla_fills_only_what_is_missing_and_keeps_the_handoff_hours():
    role_map = fresh()
    role_map.handoff.follow_up_hours = 4
    lead_flow.set_sla(role_map, "leads_per_rep", 12)
    lead_flow.use_usual_sla(role_map, CONTENT)
    assert lead_flow.sla_gaps(role_map) == []
    assert role_map.handoff.follow_up_hours == 4
    assert role_map.sla.leads_per_rep == 12
    assert role_map.sla.accepted_percent == 70
    assert role_map.sla.attempts == 6
    assert (role_map.sla.period, role_map.sla.review) == ("month", "monthly")


@pytest.mark.parametrize(
    ("commitment", "value"),
    [
        ("leads_per_rep", -1),
        ("accepted_percent", 101),
        ("attempts", 101),
        ("follow_up_hours", 10_001),
        ("attempts", "six"),
        ("period", "fortnight"),
        ("review", "weekly"),
        ("monitor", "x" * 501),
        ("when_missed", "x" * (TEXT + 1)),
        ("when_missed", "bell\x07"),
        ("budget", "1"),
    ],
)
def test_a_bad_commitment_is_refused_and_changes_nothing(commitment, value):
    role_map = fresh()
    lead_flow.use_usual_sla(role_map, CONTENT)
    before = to_data(role_map)
    with pytest.raises(ValidationError):
        lead_flow.set_sla(role_map, commitment, value)
    assert to_data(role_map) == before


def test_bad_stage_text_is_refused_and_changes_nothing():
    role_map = fresh()
    lead_flow.use_usual_lead_stages(role_map, CONTENT)
    stage = role_map.lead_stages[0]
    before = to_data(role_map)
    for bad in ({"name": ""}, {"name": "x" * 501}, {"entry": "x" * (TEXT + 1)}, {"exit": "\x00"}):
        with pytest.raises(ValidationError):
            lead_flow.edit_lead_stage(role_map, stage.id, **bad)
        assert to_data(role_map) == before
    with pytest.raises(ValidationError):
        lead_flow.set_reasons(role_map, ["ok", "x" * 501])
    with pytest.raises(ValidationError):
        lead_flow.set_acceptance(role_map, -3, "rule")
    assert to_data(role_map) == before


@pytest.mark.parametrize("text", HOSTILE, ids=["markup", "emoji", "chinese", "polish", "long"])
def test_hostile_text_is_kept_exactly_in_every_field_and_round_trips(text):
    role_map = fresh()
    lead_flow.use_usual_lead_stages(role_map, CONTENT)
    stage = role_map.lead_stages[0]
    lead_flow.edit_lead_stage(role_map, stage.id, name=text[:500], entry=text, exit=text)
    lead_flow.set_reasons(role_map, [text[:500], "Duplicate"])
    lead_flow.set_acceptance(role_map, 48, text)
    lead_flow.set_sla(role_map, "monitor", text[:500])
    lead_flow.set_sla(role_map, "when_missed", text)
    back = from_data(RoleMap, to_data(role_map))
    assert back == role_map
    assert back.lead_stages[0].entry == text
    assert back.sla.when_missed == text
    assert back.acceptance.reject_reasons[0] == text[:500]


def test_a_map_saved_before_lead_stages_existed_still_loads():
    old = to_data(fresh())
    for key in ("lead_stages", "acceptance", "sla"):
        del old[key]
    back = from_data(RoleMap, old)
    assert back.lead_stages == []
    assert lead_flow.sla_gaps(back) == list(lead_flow.COMMITMENTS)


def test_reasons_drop_blanks_and_repeats():
    role_map = fresh()
    lead_flow.set_reasons(role_map, [" Too small ", "", "Too small", "No budget"])
    assert role_map.acceptance.reject_reasons == ["Too small", "No budget"]


def test_lead_stages_or_an_sla_alone_start_the_role_split_stage():
    from workshop_app.domain import Session, SessionInfo
    from workshop_app.progress import RULES, Progress

    session = Session(info=SessionInfo(id="s1", title="Leads"), role_map=fresh())
    assert RULES["role_split"](session) == Progress.EMPTY
    lead_flow.set_sla(session.role_map, "attempts", 4)
    assert RULES["role_split"](session) == Progress.STARTED


def test_a_session_document_without_lead_stages_or_sla_imports_unchanged():
    from datetime import date

    from workshop_app.demo import demo_session
    from workshop_app.documents.session_document import from_document, to_document

    doc = to_document(demo_session("pl", date(2026, 4, 2)))
    assert from_document(doc).role_map.sla.leads_per_rep == 18
    for key in ("lead_stages", "acceptance", "sla"):
        del doc["role_map"][key]
    session = from_document(doc)
    assert session.role_map.lead_stages == []
    assert session.role_map.handoff.follow_up_hours == 24
    assert lead_flow.sla_gaps(session.role_map)[0] == "leads_per_rep"
