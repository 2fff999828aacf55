"""The lead stages and the two-sided SLA in words, for every document: the report's rows and
facts, the action plan's one-paragraph summary, and their Markdown.

A commitment not made yet prints as "–" in its sentence, so a half-agreed SLA reads as one.
"""

from __future__ import annotations

from workshop_app import lead_flow
from workshop_app.documents.cascade_record import cascade_agreements
from workshop_app.documents.markdown_text import bold_label, heading, md, table
from workshop_app.documents.wording import Wording
from workshop_app.domain import RoleMap, Session

NONE = "–"


def _separators(words: Wording) -> tuple[str, str]:
    """Between the parts of a sentence and between sentences: Chinese writes them full-width."""
    return ("，", "。") if words.colon == "：" else (", ", ". ")


def _count(words: Wording, value: int | None) -> str:
    return words.number(value) if value else NONE


def _hours(words: Wording, value: int | None) -> str:
    return words("hours").format(hours=_count(words, value)) if value else NONE


def owner_name(section: RoleMap, words: Wording, party_id: str) -> str:
    party = next((p for p in section.parties if p.id == party_id), None)
    return words.party(party.id, party.name) if party is not None else NONE


def lead_stage_rows(section: RoleMap, words: Wording) -> list[list[str]]:
    """#, stage, owner, enters when, leaves when."""
    return [
        [str(n), s.name, owner_name(section, words, s.owner), s.entry, s.exit]
        for n, s in enumerate(section.lead_stages, start=1)
    ]


def lead_stage_header(words: Wording) -> list[str]:
    return ["#", words("lead_stage"), words("owner"), words("enters_when"), words("leaves_when")]


def acceptance_facts(section: RoleMap, words: Wording) -> list[tuple[str, str]]:
    acceptance = section.acceptance
    return [
        (words("accept_within"), _hours(words, acceptance.accept_hours)),
        (words("reject_reasons"), "; ".join(acceptance.reject_reasons)),
        (words("recycling_rule"), acceptance.recycle_rule),
    ]


def sla_sides(section: RoleMap, words: Wording) -> tuple[str, str]:
    """What Marketing commits to and what Sales commits to, each as one phrase."""
    sla = section.sla
    period = words(f"period_{sla.period}") if sla.period in lead_flow.PERIODS else NONE
    comma, _ = _separators(words)
    marketing = comma.join(
        [
            words("sla_leads").format(count=_count(words, sla.leads_per_rep), period=period),
            words("sla_accepted").format(percent=_count(words, sla.accepted_percent)),
        ]
    )
    sales = comma.join(
        [
            words("sla_response").format(hours=_hours(words, section.handoff.follow_up_hours)),
            words("sla_attempts").format(count=_count(words, sla.attempts)),
        ]
    )
    return marketing, sales


def review_word(section: RoleMap, words: Wording) -> str:
    review = section.sla.review
    return words(f"review_{review}") if review in lead_flow.REVIEWS else ""


def sla_facts(section: RoleMap, words: Wording) -> list[tuple[str, str]]:
    marketing, sales = sla_sides(section, words)
    return [
        (words("sla_marketing"), marketing),
        (words("sla_sales"), sales),
        (words("monitored_by"), section.sla.monitor),
        (words("reviewed"), review_word(section, words)),
        (words("when_missed"), section.sla.when_missed),
    ]


def agreements(section: RoleMap, words: Wording) -> list[tuple[str, str]]:
    """The action plan's summary: the SLA's numbers and rhythm, and the lead stages in order
    with Sales' time to accept; only what the room has started."""
    out = []
    _, stop = _separators(words)
    if lead_flow.sla_started(section):
        marketing, sales = sla_sides(section, words)
        parts = [words.label("marketing") + marketing, words.label("sales") + sales]
        review = review_word(section, words)
        if review:
            parts.append(words.label("reviewed") + review)
        if section.sla.monitor.strip():
            parts.append(words.label("monitored_by") + section.sla.monitor.strip())
        out.append((words("sla"), stop.join(parts)))
    if lead_flow.lead_flow_started(section):
        names = " → ".join(s.name for s in section.lead_stages)
        hours = section.acceptance.accept_hours
        accept = words.label("accept_within") + _hours(words, hours) if hours else ""
        out.append((words("lead_stages"), stop.join(p for p in (names, accept) if p)))
    return out


# ----------------------------------------------------------------- Markdown


def markdown_chapter(section: RoleMap, words: Wording) -> list[str]:
    """The report's lead stages and SLA, under the role split."""
    out: list[str] = []
    if lead_flow.lead_flow_started(section):
        out += heading(words("lead_stages"), 3)
        if section.lead_stages:
            rows = [[md(cell) for cell in row] for row in lead_stage_rows(section, words)]
            out += table(lead_stage_header(words), rows)
        facts = acceptance_facts(section, words)
        out += [f"- {bold_label(words, '', k)}{md(v)}" for k, v in facts if v and v != NONE]
        out += [""]
    if lead_flow.sla_started(section):
        out += heading(words("sla"), 3)
        out += [f"- {bold_label(words, '', k)}{md(v)}" for k, v in sla_facts(section, words) if v]
        out += [""]
    return out


def plan_agreements(session: Session, words: Wording) -> list[tuple[str, str]]:
    """Everything the action plan's Agreements box holds: the SLA and the lead stages, then the
    revenue cascade and the joint meeting."""
    return agreements(session.role_map, words) + cascade_agreements(session, words)


def markdown_agreements(session: Session, words: Wording) -> list[str]:
    found = plan_agreements(session, words)
    if not found:
        return []
    out = heading(words("agreements"))
    lines = [f"- {bold_label(words, '', k)}{md(' '.join(v.splitlines()))}" for k, v in found]
    return out + lines + [""]
