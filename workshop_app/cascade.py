"""The revenue cascade (the reverse funnel) and the joint meeting's rules.

One shared revenue target, divided by the average deal size, is the number of new customers the
period needs; each stage's conversion rate, going back up the funnel, turns that into the
opportunities, sales-qualified, accepted and marketing-qualified leads and the inquiries the
departments must produce. Every count is rounded up: half a lead cannot be qualified, and
rounding down would leave the target just out of reach. The arithmetic is exact (fractions of
the figures as typed), so 30 customers at a 30 % win rate are 100 opportunities, not 101.

Each department's own target is then set against what the cascade needs at its stage: the verdict
the room reads is whether the two departments' targets are consistent with the shared one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from workshop_app.domain.goals import CascadeTarget, Goals, JointMeeting, RevenueCascade
from workshop_app.errors import ValidationError
from workshop_app.messages import Message

# The lead stages from first contact to customer, the names the role split's stages use.
LEAD_STAGES = ("inquiry", "mql", "sal", "sql", "opportunity", "customer")
# The stages leads leave: a conversion rate belongs to each.
RATE_STAGES = LEAD_STAGES[:-1]
PERIODS = ("year", "half", "quarter", "month")
FREQUENCIES = ("weekly", "fortnightly", "monthly", "quarterly")

MAX_MONEY = 1e13  # more than any company's revenue, in any currency the room may use
MAX_GROWTH = 1000.0  # per cent
MAX_COUNT = 1_000_000_000
MEETING_MINUTES = (5, 600)

# What the form fills in on "use the typical figures" when the content gives none.
TYPICAL_RATES = {"inquiry": 40.0, "mql": 80.0, "sal": 50.0, "sql": 60.0, "opportunity": 25.0}

# What a problem names: each figure of the form, each stage's rate.
FIELD_LABELS = {
    "revenue": Message("field.cascade.revenue"),
    "growth": Message("field.cascade.growth"),
    "deal_size": Message("field.cascade.deal_size"),
    "currency": Message("field.cascade.currency"),
    "target:sales": Message("field.cascade.target_sales"),
    "target:marketing": Message("field.cascade.target_marketing"),
}
RATE_LABELS = {
    "inquiry": Message("field.cascade.rate.inquiry"),
    "mql": Message("field.cascade.rate.mql"),
    "sal": Message("field.cascade.rate.sal"),
    "sql": Message("field.cascade.rate.sql"),
    "opportunity": Message("field.cascade.rate.opportunity"),
}


@dataclass(frozen=True)
class Problem:
    """Why a cascade cannot be worked out yet: a field and what is wrong with it.

    ``kind`` is "missing" (no figure yet) or "range" (a figure outside what it can be). ``field``
    is "revenue", "growth", "deal_size", "currency", a stage id for its rate, or
    "target:<department>" for a department's target.
    """

    field: str
    kind: str

    @property
    def message(self) -> Message:
        """The problem as a message (said in the reader's language)."""
        if self.field in RATE_STAGES:
            what = RATE_LABELS[self.field]
            return Message(
                "cascade.missing" if self.kind == "missing" else "cascade.rate_range", what=what
            )
        what = FIELD_LABELS[self.field]
        if self.kind == "missing":
            return Message("cascade.missing", what=what)
        if self.field == "currency":
            return Message("cascade.currency_code")
        return Message("cascade.out_of_range", what=what)


@dataclass(frozen=True)
class Funnel:
    """What the cascade needs: the new revenue, and the count at each lead stage."""

    new_revenue: Fraction
    needed: dict[str, int]  # every LEAD_STAGES id → how many the period needs


@dataclass(frozen=True)
class Comparison:
    """One department's own target set against what the cascade needs at its stage."""

    department: str
    stage: str
    planned: int
    needed: int

    @property
    def gap(self) -> int:
        """Planned minus needed: below 0, the department is short of the shared target."""
        return self.planned - self.needed

    @property
    def consistent(self) -> bool:
        return self.planned >= self.needed


def _exact(value: float) -> Fraction:
    # The figure as typed: 0.3 is three tenths, not the binary float nearest to it.
    return Fraction(repr(value))


def _rate_problem(rate: float | None) -> str:
    if rate is None:
        return "missing"
    return "" if 0 < rate < 100 and math.isfinite(rate) else "range"


def problems(cascade: RevenueCascade) -> list[Problem]:
    """Everything that keeps the cascade from adding up; empty when it can be worked out."""
    found = []
    for name, value, low, high in (
        ("revenue", cascade.revenue, 0.0, MAX_MONEY),
        ("growth", cascade.growth, 0.0, MAX_GROWTH),
        ("deal_size", cascade.deal_size, 0.0, MAX_MONEY),
    ):
        if value is None:
            found.append(Problem(name, "missing"))
        elif not (math.isfinite(value) and low < value <= high):
            found.append(Problem(name, "range"))
    if not (
        len(cascade.currency) == 3 and cascade.currency.isascii() and cascade.currency.isupper()
    ):
        found.append(Problem("currency", "range" if cascade.currency else "missing"))
    for stage in RATE_STAGES:
        kind = _rate_problem(cascade.rates.get(stage))
        if kind:
            found.append(Problem(stage, kind))
    found += [
        Problem(f"target:{t.department}", "range")
        for t in cascade.targets
        if t.figure is not None
        and not 0 <= t.figure <= MAX_COUNT
        and f"target:{t.department}" in FIELD_LABELS  # another department is refused by check
    ]
    return found


def check(cascade: RevenueCascade | None) -> None:
    """Refuse, in words, a cascade that cannot be stored: a figure out of range, a stage unknown.

    A figure not yet given is stored (the room fills the cascade in as it talks); a 0 % or 100 %
    rate, a negative revenue or a target for an unknown stage is not.
    """
    if cascade is None:
        return
    wrong = [p for p in problems(cascade) if p.kind == "range"]
    if wrong:
        raise ValidationError(wrong[0].message)
    if cascade.period not in PERIODS:
        raise ValidationError("cascade.bad_period", periods=", ".join(PERIODS))
    unknown = set(cascade.rates) - set(RATE_STAGES)
    if unknown:
        raise ValidationError("cascade.no_such_stage", stage=sorted(unknown)[0])
    for target in cascade.targets:
        if target.stage not in LEAD_STAGES or target.department not in ("sales", "marketing"):
            raise ValidationError("cascade.target_stage")


def reverse_funnel(cascade: RevenueCascade) -> Funnel:
    """The counts the revenue target needs at each stage; ValidationError if it cannot add up."""
    found = problems(cascade)
    if found:
        raise ValidationError(found[0].message)
    assert cascade.revenue is not None and cascade.growth is not None
    assert cascade.deal_size is not None
    new_revenue = _exact(cascade.revenue) * _exact(cascade.growth) / 100
    count = math.ceil(new_revenue / _exact(cascade.deal_size))
    needed = {"customer": count}
    for stage in reversed(RATE_STAGES):
        rate = cascade.rates[stage]
        assert rate is not None
        count = math.ceil(count * 100 / _exact(rate))
        needed[stage] = count
    return Funnel(new_revenue, {stage: needed[stage] for stage in LEAD_STAGES})


def comparisons(cascade: RevenueCascade, funnel: Funnel) -> list[Comparison]:
    """Each department's target that has a figure, against what its stage needs."""
    return [
        Comparison(t.department, t.stage, t.figure, funnel.needed[t.stage])
        for t in cascade.targets
        if t.figure is not None and t.stage in funnel.needed
    ]


def typical(rates: dict[str, float] | None = None) -> RevenueCascade:
    """The quick path's cascade: typical conversion rates and a target for each department
    (Marketing at the MQL stage, Sales at the opportunity stage), the figures still to give."""
    chosen = {**TYPICAL_RATES, **(rates or {})}
    return RevenueCascade(
        rates={stage: chosen[stage] for stage in RATE_STAGES},
        targets=[CascadeTarget("marketing", "mql"), CascadeTarget("sales", "opportunity")],
    )


def revenue_growth(goals: Goals) -> float | None:
    """The growth the shared revenue goal aims for, when it is stated in per cent."""
    return next((g.target for g in goals.shared if g.revenue and g.unit.strip() == "%"), None)


def quick_cascade(goals: Goals, defaults: dict[str, Any]) -> RevenueCascade:
    """The quick path: the stored cascade (or a new one in the language's usual currency) with
    every field still empty filled in: the typical rates (``defaults``, the content's
    goals.cascade_defaults), the revenue goal's growth, a target for each department."""
    usual = typical(defaults.get("rates"))
    now = goals.cascade or replace(usual, currency=defaults.get("currency", "EUR"))
    return replace(
        now,
        growth=now.growth if now.growth is not None else revenue_growth(goals),
        rates={s: now.rates.get(s) or usual.rates[s] for s in RATE_STAGES},
        targets=now.targets or usual.targets,
    )


def quick_meeting(now: JointMeeting, defaults: dict[str, Any]) -> JointMeeting:
    """The suggested agreement (the content's goals.meeting_defaults) in every field still empty;
    the people already ticked stay the attendees, those named by role are added if none are."""
    return replace(
        now,
        purpose=now.purpose or defaults.get("purpose", ""),
        frequency=now.frequency or defaults.get("frequency", ""),
        minutes=now.minutes or defaults.get("minutes"),
        other_attendees=now.other_attendees or defaults.get("other_attendees", ""),
        figures=now.figures or list(defaults.get("figures", [])),
        decisions=now.decisions or defaults.get("decisions", ""),
        closed_loop=now.closed_loop or defaults.get("closed_loop", ""),
    )


def meeting_warnings(meeting: JointMeeting) -> list[str]:
    """What a joint-meeting agreement still lacks: "frequency", "attendees". Warns, never blocks."""
    missing = []
    if not meeting.frequency:
        missing.append("frequency")
    if not meeting.attendees and not meeting.other_attendees.strip():
        missing.append("attendees")
    return missing


def check_meeting(meeting: JointMeeting | None) -> None:
    if meeting is None:
        return
    if meeting.frequency and meeting.frequency not in FREQUENCIES:
        raise ValidationError("cascade.meeting_frequency", frequencies=", ".join(FREQUENCIES))
    low, high = MEETING_MINUTES
    if meeting.minutes is not None and not low <= meeting.minutes <= high:
        raise ValidationError("cascade.meeting_minutes", low=low, high=high)


def read_figure(text: str, decimal: str = ".") -> tuple[float | None, bool]:
    """A figure as a person types it, ``decimal`` being their language's decimal mark.

    ("", True) is no figure. "2,880,000", "2.880.000" and "2 880 000" are the same amount; with
    one mark only, it groups thousands when it is not the language's decimal mark and is followed
    by groups of three digits ("48.000" is 48,000 in Dutch, 48 in English; "2,880" is 2,880 in
    English), and is the decimal mark otherwise ("12,5" and "12.5" are 12.5 everywhere). The
    second value is False when the text is not a figure at all ("twelve", "1e400", "nan")."""
    text = "".join(text.split()).replace("'", "").replace("’", "")
    if not text:
        return None, True
    marks = [m for m in ",." if m in text]
    if len(marks) == 2:  # the mark that comes last is the decimal one
        last = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if last == "," else ",", "").replace(last, ".")
    elif marks:
        mark = marks[0]
        grouped = re.fullmatch(rf"[+-]?[1-9]\d{{0,2}}({re.escape(mark)}\d{{3}})+", text)
        if text.count(mark) > 1 or (mark != decimal and grouped):
            text = text.replace(mark, "")
        else:
            text = text.replace(mark, ".")
    if not all(c.isascii() and (c.isdigit() or c in ".-+") for c in text):
        return None, False
    try:
        value = float(text)
    except ValueError:
        return None, False
    return (value, True) if math.isfinite(value) else (None, False)


def figure_text(value: float | None, decimal: str = ".") -> str:
    """A stored figure for editing, with the language's decimal mark and no grouping, so that
    read_figure reads it back as it was: 24000000.0 → "24000000", 1.125 → "1,125" in Dutch."""
    if value is None:
        return ""
    if value == int(value):
        return str(int(value))
    # The shortest digits that are this float, never with an exponent ("1e-05").
    return format(Decimal(repr(value)), "f").replace(".", decimal)
