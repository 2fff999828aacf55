"""The revenue cascade and the joint meeting as documents print them: the same facts, rows and
verdict in the PDF and the Markdown report, and the short summary the action plan carries."""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app import cascade
from workshop_app.documents.wording import Wording
from workshop_app.domain import JointMeeting, RevenueCascade, Session
from workshop_app.errors import ValidationError
from workshop_app.formats import format_money


@dataclass(frozen=True)
class CascadeRecord:
    facts: list[tuple[str, str]]  # the revenue target's figures, label and value
    rows: list[tuple[str, str, str]]  # stage, the share reaching the next, how many it needs
    targets: list[str]  # each department's target beside what its stage needs
    verdict: str
    consistent: bool | None  # None: not worked out, or no department target to compare


def _named(words: Wording, key: str, item_id: str, field: str = "name") -> str:
    item = words.content.item(key, item_id) or {}
    return str(item.get(field, item_id))


def _money(c: RevenueCascade, value: float | None, words: Wording) -> str:
    return "–" if value is None else format_money(value, c.currency, words.language)


def _percent(value: float | None, words: Wording) -> str:
    return "–" if value is None else words.number(value, 1).rstrip("0").rstrip(",.") + "%"


def _fill(template: str, **values: str) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def cascade_record(session: Session, words: Wording) -> CascadeRecord | None:
    c = session.goals.cascade
    if c is None:
        return None
    period = _named(words, "goals.periods", c.period)
    facts = [
        (words("revenue_before"), _money(c, c.revenue, words)),
        (words("growth"), _percent(c.growth, words)),
        (words("period"), period),
        (words("deal_size"), _money(c, c.deal_size, words)),
    ]
    try:
        funnel = cascade.reverse_funnel(c)
    except ValidationError:
        rows = [
            (_named(words, "goals.lead_stages", s), _percent(c.rates.get(s), words), "–")
            for s in cascade.LEAD_STAGES
        ]
        return CascadeRecord(facts, rows, [], words("cascade_incomplete"), None)
    facts.append((words("new_revenue"), _money(c, float(funnel.new_revenue), words)))
    rows = [
        (
            _named(words, "goals.lead_stages", stage),
            _percent(c.rates.get(stage), words) if stage in cascade.RATE_STAGES else "–",
            words.number(count),
        )
        for stage, count in funnel.needed.items()
    ]
    comparisons = cascade.comparisons(c, funnel)
    targets = [
        _fill(
            words("target_enough" if x.consistent else "target_short"),
            department=words.department(x.department),
            planned=words.number(x.planned),
            stage=_named(words, "goals.lead_stages", x.stage, "short"),
            needed=words.number(x.needed),
            gap=words.number(abs(x.gap)),
        )
        for x in comparisons
    ]
    short = [words.department(x.department) for x in comparisons if not x.consistent]
    if not comparisons:
        return CascadeRecord(facts, rows, targets, words("cascade_no_targets"), None)
    if short:
        both = words("and") if words.language.startswith("zh") else f" {words('and')} "
        verdict = _fill(words("cascade_short"), departments=both.join(short))
        return CascadeRecord(facts, rows, targets, verdict, False)
    return CascadeRecord(facts, rows, targets, words("cascade_consistent"), True)


def cascade_summary(session: Session, words: Wording) -> list[str]:
    """Two lines for the action plan: the new revenue with the count each stage needs, and the
    verdict. Empty without a cascade."""
    c = session.goals.cascade
    if c is None:
        return []
    try:
        funnel = cascade.reverse_funnel(c)
    except ValidationError:
        return [words("cascade_incomplete")]
    record = cascade_record(session, words)
    assert record is not None
    amount = _fill(
        words("new_revenue_in"),
        amount=_money(c, float(funnel.new_revenue), words),
        period=_named(words, "goals.periods", c.period),
    )
    counts = " · ".join(
        words.label_text(_named(words, "goals.lead_stages", stage, "short")) + words.number(count)
        for stage, count in reversed(funnel.needed.items())
    )
    return [words.label_text(amount) + counts, record.verdict]


def meeting_facts(meeting: JointMeeting, session: Session, words: Wording) -> list[tuple[str, str]]:
    """What the joint meeting agreement says, label and value ("" where nothing is agreed)."""
    return [
        (words("meeting_purpose"), meeting.purpose),
        (words("meeting_rhythm"), meeting_rhythm(meeting, words)),
        (words("meeting_attendees"), attendees(meeting, session, words)),
        (
            words("meeting_figures"),
            "\n".join(_named(words, "goals.meeting_figures", f) for f in meeting.figures),
        ),
        (words("meeting_decisions"), meeting.decisions),
        (words("meeting_closed_loop"), meeting.closed_loop),
    ]


def meeting_rhythm(meeting: JointMeeting, words: Wording) -> str:
    if not meeting.frequency:
        return words("not_agreed")
    rhythm = _named(words, "goals.frequencies", meeting.frequency)
    if meeting.minutes:
        rhythm += _comma(words) + _fill(words("minutes_value"), minutes=str(meeting.minutes))
    return rhythm


def _comma(words: Wording) -> str:
    return "，" if words.language.startswith("zh") else ", "


def attendees(meeting: JointMeeting, session: Session, words: Wording) -> str:
    """The people ticked, by name, then those named by role; a removed participant is left out."""
    names = [p.name for p in session.participants if p.id in meeting.attendees]
    return ("、" if words.language.startswith("zh") else ", ").join(
        [*names, *([meeting.other_attendees] if meeting.other_attendees else [])]
    )


def meeting_summary(session: Session, words: Wording) -> str:
    """One line for the action plan: how often, how long, who comes."""
    meeting = session.goals.meeting
    if meeting is None:
        return ""
    who = attendees(meeting, session, words)
    return meeting_rhythm(meeting, words) + (f" · {who}" if who else "")


def cascade_agreements(session: Session, words: Wording) -> list[tuple[str, str]]:
    """The action plan's agreements from the shared goals: the cascade's figures and the joint
    meeting that reviews them, as (label, text); only what the room has started."""
    out = []
    lines = cascade_summary(session, words)
    if lines:
        out.append((words("revenue_cascade"), "\n".join(lines)))
    rhythm = meeting_summary(session, words)
    if rhythm:
        out.append((words("joint_meeting"), rhythm))
    return out
