"""The revenue cascade's arithmetic, by hand-checked examples and by properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop_app import cascade
from workshop_app.domain import CascadeTarget, JointMeeting, RevenueCascade
from workshop_app.errors import ValidationError

RATES = {"inquiry": 40.0, "mql": 80.0, "sal": 50.0, "sql": 60.0, "opportunity": 25.0}


def example(**changes) -> RevenueCascade:
    figures = {
        "revenue": 24_000_000.0,
        "growth": 12.0,
        "deal_size": 48_000.0,
        "rates": dict(RATES),
        "targets": [
            CascadeTarget("marketing", "mql", 800),
            CascadeTarget("sales", "opportunity", 240),
        ],
    }
    return RevenueCascade(**{**figures, **changes})


def test_the_worked_example_by_hand():
    # 12 % of 24 M = 2.88 M; ÷ 48,000 = 60 customers; ÷ 25 % = 240 opportunities; ÷ 60 % = 400
    # SQLs; ÷ 50 % = 800 SALs; ÷ 80 % = 1,000 MQLs; ÷ 40 % = 2,500 inquiries.
    funnel = cascade.reverse_funnel(example())
    assert funnel.new_revenue == 2_880_000
    assert funnel.needed == {
        "inquiry": 2500,
        "mql": 1000,
        "sal": 800,
        "sql": 400,
        "opportunity": 240,
        "customer": 60,
    }


def test_counts_round_up_to_whole_leads_at_every_stage():
    # 100,000 ÷ 30,000 = 3.33 → 4 customers; ÷ 30 % = 13.3 → 14; ÷ 70 % = 20; ÷ 45 % = 44.4 → 45;
    # ÷ 90 % = 50; ÷ 33 % = 151.5 → 152.
    rates = {"inquiry": 33.0, "mql": 90.0, "sal": 45.0, "sql": 70.0, "opportunity": 30.0}
    funnel = cascade.reverse_funnel(
        RevenueCascade(revenue=1_000_000, growth=10, deal_size=30_000, rates=rates)
    )
    assert list(funnel.needed.values()) == [152, 50, 45, 20, 14, 4]


def test_exact_divisions_are_not_pushed_up_by_binary_fractions():
    # 1.1 % of 3.3 M is 36,300, and 36,300 ÷ 121 is 300 customers; in floats it is
    # 300.00000000000006, which rounding up would make 301.
    funnel = cascade.reverse_funnel(
        RevenueCascade(revenue=3_300_000, growth=1.1, deal_size=121, rates=dict(RATES))
    )
    assert funnel.needed["customer"] == 300
    assert funnel.needed["opportunity"] == 1200


def test_the_verdict_sets_each_department_against_its_stage():
    c = example()
    marketing, sales = cascade.comparisons(c, cascade.reverse_funnel(c))
    assert (marketing.planned, marketing.needed, marketing.gap) == (800, 1000, -200)
    assert not marketing.consistent
    assert (sales.planned, sales.needed, sales.gap, sales.consistent) == (240, 240, 0, True)


def test_a_target_without_a_figure_is_not_compared():
    c = example(targets=[CascadeTarget("marketing", "mql")])
    assert cascade.comparisons(c, cascade.reverse_funnel(c)) == []


@pytest.mark.parametrize("rate", [0.0, 100.0, -5.0, 100.5, math.inf, math.nan])
def test_rates_of_none_or_all_are_refused_in_words(rate):
    c = example(rates=dict(RATES, sal=rate))
    assert cascade.Problem("sal", "range") in cascade.problems(c)
    with pytest.raises(ValidationError, match="above 0 % and below 100 %"):
        cascade.reverse_funnel(c)
    with pytest.raises(ValidationError, match="sal stage"):
        cascade.check(c)


def test_missing_figures_are_named_and_stored_anyway():
    c = RevenueCascade(rates={"mql": 80.0})
    kinds = {(p.field, p.kind) for p in cascade.problems(c)}
    assert {("revenue", "missing"), ("deal_size", "missing"), ("inquiry", "missing")} <= kinds
    cascade.check(c)  # a cascade half filled in is kept
    with pytest.raises(ValidationError, match="revenue of the period before is missing"):
        cascade.reverse_funnel(c)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"deal_size": 0.0}, "average deal size is out of range"),
        ({"revenue": -1.0}, "revenue of the period before is out of range"),
        ({"growth": 0.0}, "growth is out of range"),
        ({"currency": "zł"}, "three-letter ISO code"),
        ({"period": "fortnight"}, "period is one of"),
        ({"rates": dict(RATES, customer=5.0)}, "no stage called customer"),
        ({"targets": [CascadeTarget("marketing", "mql", -3)]}, "target of marketing"),
        ({"targets": [CascadeTarget("leadership", "mql", 3)]}, "one of the lead stages"),
    ],
)
def test_what_cannot_be_stored_is_refused(changes, words):
    with pytest.raises(ValidationError, match=words):
        cascade.check(example(**changes))


def test_the_quick_path_has_every_rate_and_both_targets():
    quick = cascade.typical({"opportunity": 20.0})
    assert set(quick.rates) == set(cascade.RATE_STAGES)
    assert quick.rates["opportunity"] == 20.0
    assert [(t.department, t.stage) for t in quick.targets] == [
        ("marketing", "mql"),
        ("sales", "opportunity"),
    ]
    cascade.check(quick)


rates = st.floats(min_value=0.5, max_value=99.5, allow_nan=False)


@given(
    revenue=st.floats(min_value=1_000, max_value=1e10),
    growth=st.floats(min_value=0.5, max_value=200),
    deal=st.floats(min_value=100, max_value=1e7),
    chosen=st.lists(rates, min_size=5, max_size=5),
)
def test_every_stage_holds_enough_leads_to_fill_the_next(revenue, growth, deal, chosen):
    c = RevenueCascade(
        revenue=revenue,
        growth=growth,
        deal_size=deal,
        rates=dict(zip(cascade.RATE_STAGES, chosen, strict=True)),
    )
    needed = cascade.reverse_funnel(c).needed
    # Enough customers for the revenue, and not one more than that needs.
    assert needed["customer"] * deal >= revenue * growth / 100 * (1 - 1e-12)
    assert (needed["customer"] - 1) * deal < revenue * growth / 100 * (1 + 1e-12)
    for stage, rate in zip(cascade.RATE_STAGES, chosen, strict=True):
        after = cascade.LEAD_STAGES[cascade.LEAD_STAGES.index(stage) + 1]
        # Whole leads, enough at the stage's rate, and the fewest that are enough.
        assert isinstance(needed[stage], int)
        assert needed[stage] * rate / 100 >= needed[after] * (1 - 1e-12)
        assert (needed[stage] - 1) * rate / 100 < needed[after] * (1 + 1e-12)
        assert needed[stage] >= needed[after]


def test_a_meeting_warns_until_it_has_a_frequency_and_attendees():
    assert cascade.meeting_warnings(JointMeeting()) == ["frequency", "attendees"]
    assert cascade.meeting_warnings(JointMeeting(frequency="monthly", attendees=["p01"])) == []
    assert (
        cascade.meeting_warnings(JointMeeting(frequency="weekly", other_attendees="Head of Sales"))
        == []
    )
    with pytest.raises(ValidationError, match="from 5 to 600 minutes"):
        cascade.check_meeting(JointMeeting(minutes=2))
    with pytest.raises(ValidationError, match="is held"):
        cascade.check_meeting(JointMeeting(frequency="daily"))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("", (None, True)),
        ("  ", (None, True)),
        ("2,880,000", (2_880_000.0, True)),
        ("2.880.000", (2_880_000.0, True)),
        ("2 880 000", (2_880_000.0, True)),
        ("2\xa0880\xa0000,50", (2_880_000.5, True)),
        ("1,234.5", (1234.5, True)),
        ("12,5", (12.5, True)),
        ("12.5", (12.5, True)),
        ("twelve", (None, False)),
        ("1e400", (None, False)),
        ("nan", (None, False)),
        ("<b>5</b>", (None, False)),
        ("１２", (None, False)),
    ],
)
def test_figures_are_read_as_people_type_them(typed, read):
    assert cascade.read_figure(typed) == read


@pytest.mark.parametrize(
    ("typed", "decimal", "read"),
    [
        ("48.000", ",", 48_000.0),  # Dutch, Polish: a dot groups thousands
        ("48.000", ".", 48.0),  # English: it is the decimal point
        ("2,880", ".", 2_880.0),  # English: a comma groups thousands
        ("2,880", ",", 2.88),
        ("12,5", ".", 12.5),  # one digit after it: a decimal mark whatever the language
        ("12.5", ",", 12.5),
        ("0,375", ".", 0.375),  # no group starts with a zero
        ("1.234,5", ",", 1234.5),
        ("-1.000", ",", -1000.0),
    ],
)
def test_one_mark_groups_or_divides_as_the_language_writes(typed, decimal, read):
    assert cascade.read_figure(typed, decimal) == (read, True)


def test_figures_are_shown_for_editing_without_exponents():
    assert cascade.figure_text(24_000_000.0) == "24000000"
    assert cascade.figure_text(12.5) == "12.5"
    assert cascade.figure_text(None) == ""
    assert cascade.figure_text(1.125, ",") == "1,125"


@given(st.floats(min_value=0, max_value=1e12), st.sampled_from([",", "."]))
def test_a_figure_shown_for_editing_reads_back_as_it_was(value, decimal):
    assert cascade.read_figure(cascade.figure_text(value, decimal), decimal) == (value, True)


def test_a_follow_up_workshop_keeps_the_cascade_and_the_meeting_to_review_them():
    from datetime import date

    from workshop_app.demo import demo_session
    from workshop_app.follow_up import next_workshop

    first = demo_session("en", date(2026, 4, 2))
    follow_up = next_workshop(first, "Follow-up", date(2026, 6, 11))
    assert follow_up.goals.cascade == first.goals.cascade
    assert follow_up.goals.meeting == first.goals.meeting


def test_the_quick_path_fills_only_what_is_empty():
    from workshop_app.domain import Goals, SharedGoal

    revenue = SharedGoal("g", "Grow", unit="%", target=12.0, revenue=True)
    goals = Goals(shared=[revenue])
    quick = cascade.quick_cascade(goals, {"currency": "PLN", "rates": {"sal": 45}})
    assert (quick.currency, quick.growth, quick.rates["sal"], quick.rates["mql"]) == (
        "PLN",
        12.0,
        45,
        80.0,
    )
    typed = RevenueCascade(growth=8.0, currency="EUR", rates={"mql": 70.0})
    kept = cascade.quick_cascade(Goals(shared=[revenue], cascade=typed), {"currency": "PLN"})
    assert (kept.currency, kept.growth, kept.rates["mql"], kept.rates["sal"]) == (
        "EUR",
        8.0,
        70.0,
        50.0,
    )
    defaults = {"purpose": "Review", "frequency": "monthly", "minutes": 60, "figures": ["a"]}
    meeting = cascade.quick_meeting(JointMeeting(frequency="weekly", attendees=["p01"]), defaults)
    assert (meeting.purpose, meeting.frequency, meeting.minutes) == ("Review", "weekly", 60)
    assert meeting.attendees == ["p01"] and meeting.figures == ["a"]
