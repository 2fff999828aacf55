"""How the work is split along the funnel: RACI per stage and party, the handoff, the rules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FunnelStage:
    id: str
    name: str
    content_id: str = ""  # the default stage it was made from, if any


@dataclass
class Party:
    id: str  # "sales", "marketing", "shared", or a generated id for a custom party
    name: str = ""  # only for custom parties; built-in ones are named by the content


@dataclass
class RaciCell:
    stage: str
    party: str
    letter: str  # "R", "A", "C" or "I"


@dataclass
class Handoff:
    stage: str = ""  # the funnel stage where the lead passes from Marketing to Sales
    archetype: str = ""  # "leads_only" or "research_first"
    qualified_lead: str = ""
    follow_up_hours: int | None = None
    feedback: str = ""


@dataclass
class Contribution:
    stage: str
    text: str


@dataclass
class Rule:
    id: str
    text: str


@dataclass
class Contact:
    id: str
    topic: str
    person: str = ""
    department: str = ""
    contact: str = ""


@dataclass
class RoleMap:
    stages: list[FunnelStage] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    cells: list[RaciCell] = field(default_factory=list)
    handoff: Handoff = field(default_factory=Handoff)
    contributions: list[Contribution] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
