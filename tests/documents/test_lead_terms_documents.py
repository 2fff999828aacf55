"""The lead stages and the two-sided SLA in print: the report carries the stages with their
owners and the SLA's numbers, the action plan summarises the numbers and the review rhythm, in
every language, and hostile text prints as typed."""

from __future__ import annotations

from datetime import date

import pytest

from tests import pdf_text as pdfium
from workshop_app.content import load_content
from workshop_app.demo import demo_session
from workshop_app.documents import lead_terms, markdown
from workshop_app.documents.wording import Wording
from workshop_app.languages import CODES

TODAY = date(2026, 4, 2)


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return squeezed(pdfium.pdf_text(data))


def numbers_and_rhythm(language: str) -> list[str]:
    """What every document must show of the demo's SLA, in the language's own words."""
    words = Wording(load_content(language))
    role_map = demo_session(language, TODAY).role_map
    marketing, sales = lead_terms.sla_sides(role_map, words)
    return [marketing, sales, words("review_monthly"), words("agreements")]


@pytest.mark.parametrize("language", CODES)
def test_the_sides_carry_the_demo_numbers(language):
    words = Wording(load_content(language))
    marketing, sales = lead_terms.sla_sides(demo_session(language, TODAY).role_map, words)
    for number in ("18", "60"):
        assert number in marketing
    for number in ("24", "5"):
        assert number in sales
    assert "–" not in marketing + sales


@pytest.mark.parametrize("language", CODES)
def test_the_action_plan_summarises_the_sla_in_pdf_and_markdown(sample_document, language):
    expected = numbers_and_rhythm(language)
    printed = pdf_text(sample_document(language, "action-plan"))
    text = markdown.render(demo_session(language, TODAY), "action-plan", today=TODAY)
    for phrase in expected:
        assert squeezed(phrase) in printed, f"{language}: {phrase!r} not in the PDF plan"
    for phrase in expected[:2]:
        assert phrase in text.replace("\\", ""), phrase
    stages = demo_session(language, TODAY).role_map.lead_stages
    assert squeezed(stages[1].name) in printed


@pytest.mark.parametrize("language", CODES)
def test_the_report_prints_the_stages_owners_and_sla_in_pdf_and_markdown(sample_document, language):
    session = demo_session(language, TODAY)
    words = Wording(load_content(language))
    printed = pdf_text(sample_document(language, "report"))
    text = markdown.render(session, "report", today=TODAY).replace("\\", "")
    owner = lead_terms.owner_name(session.role_map, words, "customer_success")
    expected = [
        words("lead_stages"),
        words("sla"),
        session.role_map.lead_stages[-1].entry,
        owner,
        session.role_map.acceptance.reject_reasons[0],
        session.role_map.sla.when_missed,
        *lead_terms.sla_sides(session.role_map, words),
    ]
    for phrase in expected:
        assert squeezed(phrase) in printed, f"{language}: {phrase!r} not in the PDF report"
        assert phrase in text, f"{language}: {phrase!r} not in report.md"


def test_a_missing_number_reads_as_a_dash_and_an_untouched_sla_prints_nothing():
    session = demo_session("en", TODAY)
    words = Wording(load_content("en"))
    session.role_map.sla.attempts = None
    assert "– attempts" in lead_terms.sla_sides(session.role_map, words)[1]
    session.role_map.lead_stages = []
    session.role_map.acceptance = type(session.role_map.acceptance)()
    session.role_map.sla = type(session.role_map.sla)()
    session.role_map.handoff.follow_up_hours = None
    assert lead_terms.agreements(session.role_map, words) == []
    plan = markdown.render(session, "action-plan", today=TODAY)
    assert words("sla") not in plan and words("lead_stages") not in plan
    assert words("revenue_cascade") in plan  # the box keeps the shared goals' agreements
    session.goals.cascade = session.goals.meeting = None
    assert words("agreements") not in markdown.render(session, "action-plan", today=TODAY)


def test_hostile_lead_terms_print_as_typed(session, printed):
    """Markup, emoji, Polish and Chinese in every new field, and 20,000 characters in two."""
    assert printed("en", "action-plan").startswith(b"%PDF")
    text = pdf_text(printed("en", "report"))
    assert squeezed('<b>bold</b> & <img src="/etc/passwd"/>') in text
    assert squeezed("75 leads per sales rep a quarter") in text
    md_text = markdown.render(session, "report", today=TODAY)
    assert "\\<b\\>bold\\</b\\> \\&" in md_text
    assert session.role_map.sla.when_missed[:200].strip() in md_text
