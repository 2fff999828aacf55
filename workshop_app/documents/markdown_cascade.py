"""The revenue cascade and the joint meeting in Markdown: a chapter each in the report, and the
short summary the action plan carries (``summary``, kept apart from the plan's other parts)."""

from __future__ import annotations

from workshop_app.documents.cascade_record import (
    cascade_record,
    meeting_facts,
)
from workshop_app.documents.markdown_text import bold_label, heading, md, table
from workshop_app.documents.wording import Wording
from workshop_app.domain import Session


def cascade(session: Session, words: Wording) -> list[str]:
    record = cascade_record(session, words)
    if record is None:
        return []
    out = [*heading(words("revenue_cascade"), 3), md(words("cascade_explained")), ""]
    out += [f"- {bold_label(words, '', label)}{md(value)}" for label, value in record.facts]
    out.append("")
    header = [words("cascade_stage"), words("reach_next"), words("needed")]
    out += table(header, [[md(stage), md(rate), md(needed)] for stage, rate, needed in record.rows])
    out += [f"- {md(line)}" for line in record.targets]
    verdict = md(record.verdict)
    out += ["", f"**{verdict}**" if record.consistent is not None else verdict, ""]
    return out


def meeting(session: Session, words: Wording) -> list[str]:
    agreed = session.goals.meeting
    if agreed is None:
        return []
    out = heading(words("joint_meeting"), 3)
    for label, value in meeting_facts(agreed, session, words):
        out.append(f"- {bold_label(words, '', label)}{md(value) if value else '–'}")
    return [*out, ""]
