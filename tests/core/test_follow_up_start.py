"""A follow-up workshop starts dated and empty: the room's findings are made again, not copied."""

from __future__ import annotations

from datetime import date

from workshop_app.demo import demo_series
from workshop_app.follow_up import next_workshop
from workshop_app.series import compare, held, recorded

TODAY = date(2026, 4, 2)


def test_a_follow_up_starts_on_its_planned_date_with_the_findings_empty():
    latest = demo_series("en", TODAY)[-1]
    latest.info.follow_up_date = "2026-09-15"
    follow_up = next_workshop(latest, "Autumn follow-up", TODAY)
    info = follow_up.info
    assert (info.date, info.follow_up_date, info.title) == ("2026-09-15", "", "Autumn follow-up")
    assert info.previous_id == latest.id and info.series_id == latest.info.series_id
    assert info.id != latest.id
    assert follow_up.assessment.answers == [] and follow_up.assessment.predictions == []
    assert follow_up.assessment.mode == latest.assessment.mode
    assert [f.id for f in follow_up.frictions.items] == [f.id for f in latest.frictions.items]
    assert all(
        f.sales_rating is None and f.marketing_rating is None and f.votes == 0 and not f.notes
        for f in follow_up.frictions.items
    )
    assert follow_up.checklist.steps == []
    assert follow_up.role_swap.answers == [] and follow_up.role_swap.insights == []
    assert follow_up.actions == []
    # What the room agreed on stays: the goals (followed through the series) and the role split.
    assert follow_up.goals == latest.goals and follow_up.role_map == latest.role_map
    assert not recorded(follow_up) and recorded(latest)


def test_without_a_planned_date_it_starts_today():
    latest = demo_series("en", TODAY)[-1]
    latest.info.follow_up_date = ""
    assert next_workshop(latest, "Next", TODAY).info.date == "2026-04-02"


def test_compare_leaves_out_a_workshop_not_yet_held():
    series = demo_series("en", TODAY)
    latest = series[-1]
    latest.info.follow_up_date = "2026-09-15"
    planned = next_workshop(latest, "Autumn follow-up", TODAY)
    today_but_empty = next_workshop(latest, "Same day", TODAY)
    today_but_empty.info.date = TODAY.isoformat()
    everything = [*series, planned, today_but_empty]
    taken_place = held(everything, TODAY)
    assert [s.id for s in taken_place] == [s.id for s in series]
    # Dated in the past with findings recorded, it counts.
    planned.assessment = latest.assessment
    assert planned in held(everything, date(2026, 9, 15))
    assert planned not in held(everything, TODAY)
    assert len(compare(taken_place).workshops) == 3


def test_the_summary_trend_is_first_against_latest():
    series = demo_series("en", TODAY)
    again = next_workshop(series[-1], "Same answers", TODAY)
    again.assessment = series[-1].assessment  # the gap did not move since the last workshop
    comparison = compare([*series, again])
    assert comparison.workshops[-1].gap_trend == "unchanged"
    assert comparison.gap_trend == "narrowing"  # 1.42 at the first, 1.17 now
