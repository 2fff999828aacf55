"""A follow-up's printed plan says what became of the previous workshop's open actions."""

from __future__ import annotations

from workshop_app.documents.export import render
from workshop_app.domain import ActionStatus, Decision

from .test_pdf_documents import squeezed, text_of

HOSTILE = "<b>No budget</b> & 销售 😀 Zażółć"


def decided_follow_up(repo, demo):
    follow_up = repo.duplicate(demo.id, "Summer follow-up")
    open_ids = [a.id for a in demo.actions if a.status in (ActionStatus.PLANNED, "in_progress")]
    repo.decide_follow_up(follow_up.id, open_ids[0], Decision.DONE)
    repo.decide_follow_up(follow_up.id, open_ids[1], Decision.CARRIED, new_due="2026-08-14")
    repo.decide_follow_up(follow_up.id, open_ids[2], Decision.DROPPED, reason=HOSTILE)
    titles = {a.id: a.title for a in demo.actions}
    return repo.get(follow_up.id), [titles[i] for i in open_ids[:3]]


def test_the_action_plan_pdf_has_a_since_previous_section(repo, demo):
    session, (done, carried, dropped) = decided_follow_up(repo, demo)
    text = squeezed(text_of(render(session, "action-plan", "pdf")))
    assert squeezed("Since the previous workshop") in text
    assert squeezed(demo.info.title) in text
    for title in (done, carried, dropped):
        assert squeezed(title) in text
    assert "14August2026" in text  # written like every other date in the plan
    assert squeezed(HOSTILE) in text
    # The section comes before the follow-up's own actions.
    assert text.index(squeezed("Since the previous workshop")) < text.rindex(squeezed(carried))


def test_a_first_workshop_prints_no_since_previous_section(demo):
    text = text_of(render(demo, "action-plan", "pdf"))
    assert "Since the previous" not in text


def test_markdown_lists_the_decisions_with_reasons(repo, demo):
    session, (done, carried, dropped) = decided_follow_up(repo, demo)
    text = render(session, "action-plan", "md").decode("utf-8")
    assert "## Since the previous workshop" in text
    assert "### Carried over into this plan" in text
    assert "New due date: 14 August 2026" in text
    assert "\\<b\\>No budget\\</b\\> \\& 销售" in text


def test_the_polish_plan_prints_the_section_in_polish(repo, demo):
    from dataclasses import replace

    session, _ = decided_follow_up(repo, demo)
    session.info = replace(session.info, language="pl")
    text = text_of(render(session, "action-plan", "pdf"))
    assert "Od poprzedniego warsztatu" in text
