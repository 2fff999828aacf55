"""Rules over the lead stages and the two-sided SLA of the role split.

The lead stages are a list of their own, not the funnel of the RACI grid: the funnel follows the
buyer (awareness … growth) and says who does what at each step; the lead stages follow a lead's
status in the CRM (inquiry … customer) and say what brings a lead into a status, what takes it
out, and which one party owns it meanwhile. One owner per stage is the rule; the accept/reject
step and the recycling rule sit between Marketing's last stage and Sales' first.

The SLA's Sales side reuses the handoff's ``follow_up_hours`` (the time Sales has to contact a
qualified lead), so a session saved before the SLA existed keeps its agreed response time.

As in ``role_split``, the functions change the RoleMap they are given; the page saves it whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.content import Content
from workshop_app.domain import LeadStage, RoleMap, new_id
from workshop_app.domain.limits import LINE, TEXT, check
from workshop_app.errors import ValidationError
from workshop_app.messages import Message
from workshop_app.role_split import move_by_id

MAX_LEAD_STAGES = 100
MAX_REASONS = 50
PERIODS = ("week", "month", "quarter")
REVIEWS = ("monthly", "quarterly")
# The SLA's numbers and their ranges: the same bounds as the session schema.
NUMBERS = {
    "leads_per_rep": (0, 100_000),
    "accepted_percent": (0, 100),
    "follow_up_hours": (0, 10_000),
    "attempts": (0, 100),
}
# Each number's name in a refusal.
NUMBER_LABELS = {
    "leads_per_rep": Message("field.sla.leads_per_rep"),
    "accepted_percent": Message("field.sla.accepted_percent"),
    "follow_up_hours": Message("field.sla.follow_up_hours"),
    "attempts": Message("field.sla.attempts"),
}
MAX_ACCEPT_HOURS = 10_000
# Every commitment of the SLA, in the order the page and the documents name them.
COMMITMENTS = (
    "leads_per_rep",
    "accepted_percent",
    "period",
    "follow_up_hours",
    "attempts",
    "monitor",
    "review",
    "when_missed",
)


# ----------------------------------------------------------------- the checks


@dataclass(frozen=True)
class LeadProblem:
    stage: str  # lead stage id
    kind: str  # "no_owner" or "no_criteria"


def lead_stage_problems(role_map: RoleMap) -> list[LeadProblem]:
    """Stages with no owner (or an owner no longer on the map), and stages with neither entry
    nor exit criteria, in order."""
    parties = {p.id for p in role_map.parties}
    problems = []
    for stage in role_map.lead_stages:
        if stage.owner not in parties:
            problems.append(LeadProblem(stage.id, "no_owner"))
        if not (stage.entry.strip() or stage.exit.strip()):
            problems.append(LeadProblem(stage.id, "no_criteria"))
    return problems


def sla_value(role_map: RoleMap, commitment: str) -> int | str | None:
    if commitment == "follow_up_hours":
        return role_map.handoff.follow_up_hours
    return getattr(role_map.sla, commitment)


def sla_gaps(role_map: RoleMap) -> list[str]:
    """The commitments not made yet: a number missing (zero is no commitment), no period or
    review rhythm chosen, nobody monitoring, nothing agreed for a miss."""
    gaps = []
    for commitment in COMMITMENTS:
        value = sla_value(role_map, commitment)
        if value is None or value == 0 or (isinstance(value, str) and not value.strip()):
            gaps.append(commitment)
    return gaps


def sla_started(role_map: RoleMap) -> bool:
    return len(sla_gaps(role_map)) < len(COMMITMENTS)


def lead_flow_started(role_map: RoleMap) -> bool:
    acceptance = role_map.acceptance
    return bool(
        role_map.lead_stages
        or acceptance.accept_hours
        or acceptance.reject_reasons
        or acceptance.recycle_rule.strip()
    )


# ----------------------------------------------------------------- the quick path


def usual_lead_stages(content: Content, role_map: RoleMap) -> list[LeadStage]:
    """The default waterfall (inquiry … customer), its owners limited to parties on the map."""
    parties = {p.id for p in role_map.parties}
    return [
        LeadStage(
            id=new_id(),
            name=item["name"],
            content_id=item["id"],
            entry=item.get("entry", ""),
            exit=item.get("exit", ""),
            owner=item.get("owner", "") if item.get("owner", "") in parties else "",
        )
        for item in content.items("role_split.lead_stages")
    ]


def use_usual_lead_stages(role_map: RoleMap, content: Content) -> None:
    """One click: the default stages replace the list; the accept/reject step and the
    recycling rule are filled where the room has not agreed them yet."""
    role_map.lead_stages = usual_lead_stages(content, role_map)
    usual = content.get("role_split.lead_acceptance")
    acceptance = role_map.acceptance
    if acceptance.accept_hours is None:
        acceptance.accept_hours = int(usual["accept_hours"])
    if not acceptance.reject_reasons:
        acceptance.reject_reasons = list(usual["reject_reasons"])
    if not acceptance.recycle_rule.strip():
        acceptance.recycle_rule = usual["recycle_rule"]


def use_usual_sla(role_map: RoleMap, content: Content) -> None:
    """One click: every commitment not made yet takes the usual value; agreed ones stay."""
    usual = content.get("role_split.sla")
    for commitment in sla_gaps(role_map):
        set_sla(role_map, commitment, usual[commitment])


# ----------------------------------------------------------------- editing


def add_lead_stage(role_map: RoleMap, name: str, after: str | None = None) -> LeadStage:
    if len(role_map.lead_stages) >= MAX_LEAD_STAGES:
        raise ValidationError("lead_flow.too_many_stages", most=MAX_LEAD_STAGES)
    stage = LeadStage(id=new_id(), name=_name(name))
    ids = [s.id for s in role_map.lead_stages]
    position = ids.index(after) + 1 if after in ids else len(ids)
    role_map.lead_stages.insert(position, stage)
    return stage


def _name(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError("lead_flow.stage_unnamed")
    return check(Message("field.lead.stage_name"), value, LINE)


def _stage(role_map: RoleMap, stage_id: str) -> LeadStage:
    found = next((s for s in role_map.lead_stages if s.id == stage_id), None)
    if found is None:
        raise ValidationError("lead_flow.stage_gone")
    return found


def edit_lead_stage(
    role_map: RoleMap,
    stage_id: str,
    *,
    name: str | None = None,
    entry: str | None = None,
    exit: str | None = None,
    owner: str | None = None,
) -> None:
    """Change one stage's fields; each is checked before any is changed."""
    stage = _stage(role_map, stage_id)
    name = _name(name) if name is not None else stage.name
    entry = check(Message("field.lead.entry"), entry, TEXT) if entry is not None else stage.entry
    exit = check(Message("field.lead.exit"), exit, TEXT) if exit is not None else stage.exit
    if owner is not None and owner and owner not in {p.id for p in role_map.parties}:
        raise ValidationError("lead_flow.owner_not_party")
    stage.name, stage.entry, stage.exit = name, entry, exit
    if owner is not None:
        stage.owner = owner


def move_lead_stage(role_map: RoleMap, stage_id: str, delta: int) -> int:
    return move_by_id(role_map.lead_stages, stage_id, delta)


def remove_lead_stage(role_map: RoleMap, stage_id: str) -> None:
    role_map.lead_stages = [s for s in role_map.lead_stages if s.id != stage_id]


def set_reasons(role_map: RoleMap, reasons: list[str]) -> None:
    """The rejection reasons, one per line: blank lines and repeats dropped."""
    kept: list[str] = []
    for reason in (r.strip() for r in reasons):
        if reason and reason not in kept:
            kept.append(check(Message("field.lead.reject_reason"), reason, LINE))
    if len(kept) > MAX_REASONS:
        raise ValidationError("lead_flow.too_many_reasons", most=MAX_REASONS)
    role_map.acceptance.reject_reasons = kept


def set_acceptance(role_map: RoleMap, accept_hours: int | None, recycle_rule: str) -> None:
    if accept_hours is not None and not 0 <= accept_hours <= MAX_ACCEPT_HOURS:
        raise ValidationError("lead_flow.accept_hours", low=0, high=MAX_ACCEPT_HOURS)
    role_map.acceptance.recycle_rule = check(Message("field.lead.recycle_rule"), recycle_rule, TEXT)
    role_map.acceptance.accept_hours = accept_hours or None


def set_sla(role_map: RoleMap, commitment: str, value: int | str | None) -> None:
    """Set one commitment of the SLA, checked against its range or its choices."""
    if commitment in NUMBERS:
        low, high = NUMBERS[commitment]
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high
        ):
            raise ValidationError(
                "lead_flow.sla_range", commitment=NUMBER_LABELS[commitment], low=low, high=high
            )
        number = value or None
        if commitment == "follow_up_hours":
            role_map.handoff.follow_up_hours = number
        else:
            setattr(role_map.sla, commitment, number)
        return
    text = value if isinstance(value, str) else ""
    if commitment == "period" and text not in ("", *PERIODS):
        raise ValidationError("lead_flow.sla_period")
    if commitment == "review" and text not in ("", *REVIEWS):
        raise ValidationError("lead_flow.sla_review")
    if commitment == "monitor":
        text = check(Message("field.sla.monitor"), text, LINE)
    elif commitment == "when_missed":
        text = check(Message("field.sla.when_missed"), text, TEXT)
    elif commitment not in ("period", "review"):
        raise ValidationError("lead_flow.sla_unknown", commitment=commitment)
    setattr(role_map.sla, commitment, text)
