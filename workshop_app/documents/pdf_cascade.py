"""The revenue cascade and the joint meeting in print: a chapter each in the session report, and a
short summary on the action plan (``summary``, kept apart from the plan's other parts)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from workshop_app.documents.cascade_record import (
    cascade_record,
    meeting_facts,
)
from workshop_app.documents.pdf_common import MARKETING, SALES, Kit

# The stages Marketing works (inquiry, MQL) are ruled in its colour, the rest in Sales'.
MARKETING_ROWS = 2


def cascade(kit: Kit) -> list[Flowable]:
    """The revenue target's figures, the funnel worked back, each department's target, the verdict."""
    record = cascade_record(kit.session, kit.words)
    if record is None:
        return []
    words = kit.words
    table = kit.table(
        [words("cascade_stage"), words("reach_next"), words("needed")],
        [[stage, rate, needed] for stage, rate, needed in record.rows],
        [0.5, 0.25, 0.25],
        right=(1, 2),
        extra=[
            ("LINEBEFORE", (0, 1), (0, MARKETING_ROWS), 2, MARKETING),
            ("LINEBEFORE", (0, MARKETING_ROWS + 1), (0, -1), 2, SALES),
        ],
    )
    story: list[Flowable] = [
        CondPageBreak(220),
        kit.heading("revenue_cascade", level=2),
        kit.p(words("cascade_explained"), "muted"),
        Spacer(1, 4),
        kit.facts(record.facts),
        Spacer(1, 8),
    ]
    story.append(table)
    story += [Spacer(1, 6), *(kit.p(line) for line in record.targets)]
    story.append(kit.p(record.verdict, bold=record.consistent is not None))
    return story


def meeting(kit: Kit) -> list[Flowable]:
    """The joint-meeting agreement, label beside value."""
    agreed = kit.session.goals.meeting
    if agreed is None:
        return []
    facts = meeting_facts(agreed, kit.session, kit.words)
    return [
        CondPageBreak(160),
        kit.heading("joint_meeting", level=2),
        kit.facts(facts, columns=1),
    ]
