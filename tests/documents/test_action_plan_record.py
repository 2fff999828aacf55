"""The action plan as a dated record HR can file, and pages that never break badly.

The plan says when its statuses were true, marks what is late on that day, labels the priority,
keeps each action's history with its reasons, leaves a column to write the progress in at the
follow-up, and is signed by both heads and the sponsor, with nothing left alone on a page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from reportlab.platypus import Paragraph, Spacer, doctemplate
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import UseUpSpace

from tests.pdf_text import page_texts
from workshop_app.demo import demo_series, demo_session
from workshop_app.documents.export import render
from workshop_app.documents.pdf_flowables import FlowingTable
from workshop_app.documents.wording import Wording
from workshop_app.domain import ActionStatus

LANGUAGES = ("en", "pl", "nl", "zh_CN", "zh_TW")
TODAY = date(2026, 4, 2)
PRINTED = datetime(2026, 4, 2, 16, 30, tzinfo=UTC)


def squeezed(data: bytes) -> str:
    text = "".join(page_texts(data))
    return "".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_action_plan_is_a_dated_record(language):
    session = demo_session(language, TODAY)
    words = Wording.of(session)
    text = squeezed(render(session, "action-plan", "pdf", printed_at=PRINTED))
    dropped = next(a for a in session.actions if a.status == ActionStatus.DROPPED)
    reason = next(e.comment for e in session.history if e.action_id == dropped.id)
    late = [a for a in session.actions if a.status != "done" and a.due and a.due < "2026-04-02"]
    assert late, "the demo has an action past its date on the day the samples are printed"
    for expected in (
        words("status_as_of"),
        words.date("2026-04-02"),
        words("overdue"),
        words("overdue_explained"),
        words.labelled_priority(dropped),
        words.label("history"),
        reason,
        words("progress_at_follow_up"),
        words("signature_sales_head"),
        words("signature_marketing_head"),
        words("signature_sponsor"),
    ):
        assert "".join(expected.split()) in text, expected


def test_only_open_actions_past_their_date_are_marked_overdue():
    session = demo_session("en", TODAY)
    on_time = squeezed(render(session, "action-plan", "pdf", printed_at=datetime(2026, 3, 1)))
    assert "Overdue" not in on_time
    late = squeezed(render(session, "action-plan", "pdf", printed_at=PRINTED))
    open_and_late = [
        a
        for a in session.actions
        if a.status in ("planned", "in_progress") and a.due and a.due < "2026-04-02"
    ]
    # Each late action's mark, and the legend that explains the mark.
    assert late.count("Overdue") == len(open_and_late) + 1


class Placed:
    """Which flowable reportlab placed on which page, in order."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.log: list[tuple[int, object]] = []
        original = doctemplate.BaseDocTemplate.afterFlowable

        def after(doc, flowable):
            self.log.append((doc.page, flowable))
            return original(doc, flowable)

        monkeypatch.setattr(doctemplate.BaseDocTemplate, "afterFlowable", after)


def is_heading(flowable: object) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2")


def is_aside(flowable: object) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in ("muted", "small")


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", ["action-plan", "report"])
def test_no_heading_row_or_signature_block_is_left_alone(monkeypatch, document, language, paper):
    placed = Placed(monkeypatch)
    # The follow-up of the demo series: it has the previous workshop's chapter too.
    session = demo_series(language, TODAY)[-1]
    render(session, document, "pdf", paper, printed_at=PRINTED)
    # What a reader sees: no page breaks, spacers or frame actions.
    log = [
        (page, f)
        for page, f in placed.log
        if not isinstance(f, ActionFlowable | Spacer | UseUpSpace)
    ]
    words = Wording.of(session)
    assert any(is_heading(f) for _, f in log)
    for n, (page, flowable) in enumerate(log):
        if not is_heading(flowable):
            continue
        # What the heading introduces: the first thing after it that is neither another heading
        # nor a muted line under it (a chapter's summary).
        following = next(
            (p for p, f in log[n + 1 :] if not is_heading(f) and not is_aside(f)), page
        )
        assert following == page, f"heading alone at the foot of page {page}: {flowable.text}"
    tables = [(page, f) for page, f in log if isinstance(f, FlowingTable)]
    for page, table in tables:
        body = len(table._cellvalues) - table.repeatRows
        assert body >= 1, f"a table header without rows on page {page}"
    if document == "action-plan":
        signatures = next(
            n
            for n, (_, f) in enumerate(log)
            if is_heading(f) and words("signatures") in f.getPlainText()
        )
        page = log[signatures][0]
        before = [f for p, f in log[:signatures] if p == page]
        assert any(isinstance(f, FlowingTable) for f in before), "signatures alone on a page"
