"""How the work is split along the funnel: RACI per stage and party, the handoff, the rules, the
lead stages a lead passes through and the two-sided service level agreement."""

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
class LeadStage:
    """A status a lead passes through (inquiry, marketing-qualified, …): what brings a lead in,
    what takes it out, and the one party that owns it meanwhile."""

    id: str
    name: str
    content_id: str = ""  # the default stage it was made from, if any
    entry: str = ""
    exit: str = ""
    owner: str = ""  # a party id of the map; one owner per stage


@dataclass
class LeadAcceptance:
    """Sales accepts or rejects a handed-over lead within an agreed time, with a reason; what it
    gives back goes to Marketing under the recycling rule."""

    accept_hours: int | None = None
    reject_reasons: list[str] = field(default_factory=list)
    recycle_rule: str = ""


@dataclass
class ServiceLevel:
    """The two-sided SLA. Marketing: leads per rep per period, and the share Sales accepts.
    Sales: the response time (the handoff's ``follow_up_hours``) and the attempts to reach a
    lead. Then who monitors it, how often it is reviewed, and what happens when it is missed."""

    period: str = ""  # "week", "month" or "quarter"
    leads_per_rep: int | None = None
    accepted_percent: int | None = None
    attempts: int | None = None
    monitor: str = ""
    review: str = ""  # "monthly" or "quarterly"
    when_missed: str = ""


@dataclass
class RoleMap:
    stages: list[FunnelStage] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    cells: list[RaciCell] = field(default_factory=list)
    handoff: Handoff = field(default_factory=Handoff)
    contributions: list[Contribution] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    lead_stages: list[LeadStage] = field(default_factory=list)
    acceptance: LeadAcceptance = field(default_factory=LeadAcceptance)
    sla: ServiceLevel = field(default_factory=ServiceLevel)
