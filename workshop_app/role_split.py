"""Rules over the role split map: RACI checks, editing the funnel and the parties, archetypes.

The functions change the RoleMap they are given (the page saves it whole afterwards) and keep it
consistent: a removed stage takes its cells and contributions with it, and so on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workshop_app.content import Content
from workshop_app.domain import Contribution, FunnelStage, Party, RaciCell, RoleMap, new_id
from workshop_app.domain.limits import LINE, check
from workshop_app.errors import ValidationError
from workshop_app.messages import Message

LETTERS = ("R", "A", "C", "I")
BUILT_IN_PARTIES = ("sales", "marketing", "shared")
MAX_STAGES = 100
MAX_PARTIES = 20


# ----------------------------------------------------------------- the RACI rule


@dataclass(frozen=True)
class RaciProblem:
    stage: str  # stage id
    kind: str  # "no_accountable", "several_accountable" or "no_responsible"
    parties: tuple[str, ...] = ()  # for "several_accountable": who claims it


def letter(role_map: RoleMap, stage: str, party: str) -> str:
    return next(
        (c.letter for c in role_map.cells if c.stage == stage and c.party == party),
        "",
    )


def raci_problems(role_map: RoleMap) -> list[RaciProblem]:
    """Stages that break "exactly one Accountable", and stages where nobody does the work,
    in funnel order."""
    party_ids = {p.id for p in role_map.parties}
    problems: list[RaciProblem] = []
    for stage in role_map.stages:
        cells = [c for c in role_map.cells if c.stage == stage.id and c.party in party_ids]
        accountable = tuple(c.party for c in cells if c.letter == "A")
        if not accountable:
            problems.append(RaciProblem(stage.id, "no_accountable"))
        elif len(accountable) > 1:
            problems.append(RaciProblem(stage.id, "several_accountable", accountable))
        if not any(c.letter == "R" for c in cells):
            problems.append(RaciProblem(stage.id, "no_responsible"))
    return problems


def set_letter(role_map: RoleMap, stage: str, party: str, value: str) -> None:
    """Put one letter in a cell; "" clears it. Several "A"s are allowed while the room argues;
    ``raci_problems`` names them."""
    value = value.strip().upper()
    if value and value not in LETTERS:
        raise ValidationError("raci.bad_letter", value=value)
    role_map.cells = [c for c in role_map.cells if not (c.stage == stage and c.party == party)]
    if value:
        role_map.cells.append(RaciCell(stage=stage, party=party, letter=value))


# ----------------------------------------------------------------- defaults and archetypes

# Who usually does what along the funnel when Marketing hands over at the handoff stage. Before
# it Marketing answers for the stage and Sales is asked about the leads it will get; at the
# handoff Sales answers for it while Marketing still works on it; afterwards Sales owns the
# customer and Marketing contributes. The accountable party does the work itself unless someone
# else is marked R, which is why the default leaves some stages without an R.
_BEFORE = {"marketing": "A", "sales": "C"}
_AT = {"sales": "A", "marketing": "R"}
_AFTER = {"sales": "A", "marketing": "C"}


def archetype(content: Content, archetype_id: str) -> dict | None:
    return content.item("role_split.archetypes", archetype_id)


def default_raci(role_map: RoleMap, handoff_stage: str) -> None:
    """Fill Sales' and Marketing's cells for a handoff at ``handoff_stage``: exactly one A per
    stage. Cells of the other parties are left as the room set them, so a template never
    wipes out Customer Success; an A there is cleared to keep the one-Accountable rule."""
    ids = [s.id for s in role_map.stages]
    if handoff_stage not in ids:
        raise ValidationError("raci.handoff_stage")
    cut = ids.index(handoff_stage)
    role_map.cells = [
        c for c in role_map.cells if c.party not in ("sales", "marketing") and c.letter != "A"
    ]
    for position, stage_id in enumerate(ids):
        pattern = _BEFORE if position < cut else _AT if position == cut else _AFTER
        for party, value in pattern.items():
            role_map.cells.append(RaciCell(stage=stage_id, party=party, letter=value))


def apply_archetype(role_map: RoleMap, content: Content, archetype_id: str) -> None:
    """Start from one of the two archetypes: set the handoff stage and the RACI grid to match.
    The handoff's rules (qualified lead, follow-up, feedback) are the room's and stay."""
    found = archetype(content, archetype_id)
    if found is None:
        raise ValidationError("raci.no_template", name=archetype_id)
    stage = found.get("handoff_stage", "")
    if stage not in {s.id for s in role_map.stages}:
        # A renamed stage keeps its content id, so the template still finds it.
        stage = next((s.id for s in role_map.stages if s.content_id == stage), "")
    if not stage:
        raise ValidationError("raci.template_stage_gone")
    role_map.handoff.archetype = archetype_id
    role_map.handoff.stage = stage
    default_raci(role_map, stage)


def default_role_map(content: Content) -> RoleMap:
    """The default funnel and parties, with no letters yet: the room fills the grid."""
    return RoleMap(
        stages=[
            FunnelStage(id=s["id"], name=s["name"], content_id=s["id"])
            for s in content.items("role_split.funnel")
        ],
        parties=[Party(id=p) for p in BUILT_IN_PARTIES],
    )


def suggested_contributions(role_map: RoleMap, content: Content) -> list[Contribution]:
    """Marketing's typical contributions for the stages this map has (by content id)."""
    try:
        texts = content.get("role_split.contributions")
    except KeyError:
        return []
    return [
        Contribution(stage=s.id, text=texts[s.content_id])
        for s in role_map.stages
        if s.content_id in texts
    ]


# ----------------------------------------------------------------- editing the funnel


# What a name is called in a message: a stage's, a party's.
NAMES = {
    "stage": ("raci.stage_unnamed", "field.stage_name"),
    "party": ("raci.party_unnamed", "field.party_name"),
}


def _name(value: str, what: str) -> str:
    unnamed, label = NAMES[what]
    value = value.strip()
    if not value:
        raise ValidationError(unnamed)
    return check(Message(label), value, LINE)


def add_stage(role_map: RoleMap, name: str, after: str | None = None) -> FunnelStage:
    if len(role_map.stages) >= MAX_STAGES:
        raise ValidationError("raci.too_many_stages", most=MAX_STAGES)
    stage = FunnelStage(id=new_id(), name=_name(name, "stage"))
    ids = [s.id for s in role_map.stages]
    position = ids.index(after) + 1 if after in ids else len(ids)
    role_map.stages.insert(position, stage)
    return stage


def rename_stage(role_map: RoleMap, stage_id: str, name: str) -> None:
    for stage in role_map.stages:
        if stage.id == stage_id:
            stage.name = _name(name, "stage")


def move_by_id(items: list[Any], item_id: str, delta: int) -> int:
    """Move the item with ``item_id`` up (-1) or down (+1), within the list; its new position."""
    row = [item.id for item in items].index(item_id)
    target = min(max(row + delta, 0), len(items) - 1)
    items.insert(target, items.pop(row))
    return target


def move_stage(role_map: RoleMap, stage_id: str, delta: int) -> int:
    """Move a stage up (-1) or down (+1); returns its new position."""
    return move_by_id(role_map.stages, stage_id, delta)


def remove_stage(role_map: RoleMap, stage_id: str) -> None:
    role_map.stages = [s for s in role_map.stages if s.id != stage_id]
    role_map.cells = [c for c in role_map.cells if c.stage != stage_id]
    role_map.contributions = [c for c in role_map.contributions if c.stage != stage_id]
    if role_map.handoff.stage == stage_id:
        role_map.handoff.stage = ""


def stage_in_use(role_map: RoleMap, stage_id: str) -> bool:
    """Whether removing the stage would lose anything the room entered."""
    return (
        any(c.stage == stage_id for c in role_map.cells)
        or any(c.stage == stage_id and c.text.strip() for c in role_map.contributions)
        or role_map.handoff.stage == stage_id
    )


# ----------------------------------------------------------------- editing the parties


def add_party(role_map: RoleMap, name: str) -> Party:
    if len(role_map.parties) >= MAX_PARTIES:
        raise ValidationError("raci.too_many_parties", most=MAX_PARTIES)
    party = Party(id=new_id(), name=_name(name, "party"))
    role_map.parties.append(party)
    return party


def rename_party(role_map: RoleMap, party_id: str, name: str) -> None:
    if party_id in BUILT_IN_PARTIES:
        raise ValidationError("raci.fixed_names")
    for party in role_map.parties:
        if party.id == party_id:
            party.name = _name(name, "party")


def remove_party(role_map: RoleMap, party_id: str) -> None:
    if party_id in BUILT_IN_PARTIES:
        raise ValidationError("raci.fixed_parties")
    role_map.parties = [p for p in role_map.parties if p.id != party_id]
    role_map.cells = [c for c in role_map.cells if c.party != party_id]
    for stage in role_map.lead_stages:  # the stages it owned wait for the room to pick another
        if stage.owner == party_id:
            stage.owner = ""


def party_name(party: Party, content: Content) -> str:
    return party.name or content.text(f"role_split.parties.{party.id}", party.id)


def stage_name(role_map: RoleMap, stage_id: str) -> str:
    return next((s.name for s in role_map.stages if s.id == stage_id), "")
