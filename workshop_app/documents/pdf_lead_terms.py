"""The lead stages and the two-sided SLA in print: their part of the report's role split, and the
action plan's "Agreements" box with the SLA's numbers and review rhythm."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from workshop_app import lead_flow
from workshop_app.documents import lead_terms
from workshop_app.documents.pdf_common import ACCENT, RULE, TINT, Kit
from workshop_app.documents.pdf_wrap import heading_with_first_row


def report(kit: Kit) -> list[Flowable]:
    words = kit.words
    section = kit.session.role_map
    story: list[Flowable] = []
    if lead_flow.lead_flow_started(section):
        heading = kit.heading("lead_stages", level=2)
        if section.lead_stages:
            rows = lead_terms.lead_stage_rows(section, words)
            header = lead_terms.lead_stage_header(words)
            table = kit.table(header, rows, [0.05, 0.2, 0.13, 0.31, 0.31])
            story += heading_with_first_row(heading, table, kit.width)
        else:
            story.append(heading)
        facts = [(k, v) for k, v in lead_terms.acceptance_facts(section, words) if v]
        story += [Spacer(1, 6), kit.facts(facts, columns=1)]
    if lead_flow.sla_started(section):
        facts = [(k, v) for k, v in lead_terms.sla_facts(section, words) if v]
        story += heading_with_first_row(
            kit.heading("sla", level=2), kit.facts(facts, columns=1), kit.width
        )
    return story


def agreements_box(kit: Kit) -> list[Flowable]:
    """A framed box under the shared goals: what the two departments promised each other."""
    words = kit.words
    found = lead_terms.plan_agreements(kit.session, words)
    if not found:
        return []
    cells = [[kit.p(words("agreements"), "h2")]]
    cells += [[kit.rich([(words.label_text(label), True), (text, False)])] for label, text in found]
    box = kit.table_class(cells, colWidths=[kit.width], hAlign="LEFT")
    box.setStyle(
        kit.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [Spacer(1, 10), box, Spacer(1, 4)]
