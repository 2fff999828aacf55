"""The action plan as a dated record HR can file.

The plan says when its statuses were true, marks what is late on that day, labels the priority,
keeps each action's history with its reasons, leaves a column to write the progress in at the
follow-up, and is signed by both heads and the sponsor. (That nothing is left alone on a page,
signatures included, is checked for every paper, language and name length in
test_every_paper.py.)
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.pdf_text import page_texts
from workshop_app.documents.export import render
from workshop_app.documents.wording import Wording
from workshop_app.domain import ActionStatus

LANGUAGES = ("en", "pl", "nl", "zh_CN", "zh_TW")


def squeezed(data: bytes) -> str:
    text = "".join(page_texts(data))
    return "".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_action_plan_is_a_dated_record(sample_document, language):
    # The demo session printed on 2 April 2026 (conftest.PRINTED), as `make samples` prints it.
    session = sample_document.session(language)
    words = Wording.of(session)
    text = squeezed(sample_document(language, "action-plan"))
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


def test_only_open_actions_past_their_date_are_marked_overdue(sample_document):
    session = sample_document.session("en")
    on_time = squeezed(render(session, "action-plan", "pdf", printed_at=datetime(2026, 3, 1)))
    assert "Overdue" not in on_time
    late = squeezed(sample_document("en", "action-plan"))  # printed on 2 April 2026
    open_and_late = [
        a
        for a in session.actions
        if a.status in ("planned", "in_progress") and a.due and a.due < "2026-04-02"
    ]
    # Each late action's mark, and the legend that explains the mark.
    assert late.count("Overdue") == len(open_and_late) + 1
