"""The series comparison, checked against figures worked out by hand."""

from __future__ import annotations

import pytest

from workshop_app import series
from workshop_app.domain import (
    Action,
    Assessment,
    AssessmentAnswer,
    Checklist,
    ChecklistStep,
    Goals,
    Session,
    SessionInfo,
    SharedGoal,
)
from workshop_app.domain.actions import ActionStatus


def answers(sales: list[int], marketing: list[int]) -> Assessment:
    rows = [AssessmentAnswer("s1", "sales", f"a{i}", v) for i, v in enumerate(sales, 1)]
    rows += [AssessmentAnswer("m1", "marketing", f"a{i}", v) for i, v in enumerate(marketing, 1)]
    return Assessment(answers=rows)


def workshop(
    day: str,
    sales: list[int],
    marketing: list[int],
    steps: list[tuple[int, int]],
    statuses: list[str],
    goals: list[SharedGoal],
) -> Session:
    return Session(
        info=SessionInfo(id=f"w{day}", title=f"Workshop {day}", date=day),
        assessment=answers(sales, marketing),
        checklist=Checklist(
            steps=[ChecklistStep(f"s{i}", c, t) for i, (c, t) in enumerate(steps, 1)]
        ),
        actions=[Action(f"x{i}", "Do it", status=ActionStatus(s)) for i, s in enumerate(statuses)],
        goals=Goals(shared=goals),
    )


@pytest.fixture
def two_workshops() -> list[Session]:
    first = workshop(
        "2025-01-10",
        sales=[2, 2],  # total 2 × 20 = 40
        marketing=[4, 2],  # total 3 × 20 = 60; statement gaps 2 and 0
        steps=[(1, 3), (2, 2)],
        statuses=["done", "done", "planned", "dropped"],
        goals=[SharedGoal("g1", "Grow", metric="revenue_growth", unit="%", baseline=2, target=10)],
    )
    second = workshop(
        "2025-07-10",
        sales=[3, 3],  # 60
        marketing=[4, 3],  # 70; statement gaps 1 and 0
        steps=[(2, 3), (3, 2)],
        statuses=["done", "in_progress"],
        goals=[
            SharedGoal("other-id", "Grow more", metric="revenue_growth", baseline=6, target=10),
            SharedGoal("g9", "Faster replies", custom_metric="Reply time", baseline=3, target=1),
        ],
    )
    return [second, first]  # given out of order on purpose


def test_workshops_come_oldest_first(two_workshops):
    result = series.compare(two_workshops)
    assert [w.date for w in result.workshops] == ["2025-01-10", "2025-07-10"]


def test_scores_and_stages_are_the_diagnosis_figures(two_workshops):
    first, second = series.compare(two_workshops).workshops
    assert first.scores == {"sales": 40, "marketing": 60, "all": 50}
    assert first.stage == "defined"
    assert second.scores == {"sales": 60, "marketing": 70, "all": 65}
    assert second.stage == "aligned"


def test_perception_gap_is_the_mean_distance_per_statement_and_its_trend(two_workshops):
    first, second = series.compare(two_workshops).workshops
    assert first.gap == pytest.approx(1.0)  # (|2 − 4| + |2 − 2|) / 2
    assert first.gap_trend is None
    assert second.gap == pytest.approx(0.5)  # (|3 − 4| + |3 − 3|) / 2
    assert second.gap_trend == "narrowing"


def test_gap_trend_words():
    assert series.gap_trend(1.0, 1.5) == "widening"
    assert series.gap_trend(1.5, 1.0) == "narrowing"
    assert series.gap_trend(1.0, 1.01) == "unchanged"
    assert series.gap_trend(None, 1.0) is None


def test_ten_steps_current_against_target(two_workshops):
    first, second = series.compare(two_workshops).workshops
    assert first.steps["s1"] == series.StepLevel(1, 3)
    assert first.steps_on_target == 1  # s2: 2 of 2
    assert first.mean_current == pytest.approx(1.5)
    assert second.mean_current == pytest.approx(2.5)


def test_completion_leaves_dropped_actions_out(two_workshops):
    first, second = series.compare(two_workshops).workshops
    assert (first.completion.done, first.completion.counted) == (2, 3)
    assert first.completion.rate == pytest.approx(2 / 3)
    assert second.completion.rate == pytest.approx(0.5)


def test_an_empty_plan_has_no_completion_rate():
    empty = workshop("2025-01-01", [], [], [], [], [])
    assert series.completion(empty).rate is None
    assert series.workshop(empty).gap is None


def test_goals_are_followed_by_metric_even_when_reworded(two_workshops):
    result = series.compare(two_workshops)
    revenue, reply = result.goals
    assert revenue.key == "metric:revenue_growth"
    assert revenue.statement == "Grow more"  # the latest wording
    assert [f.value for f in revenue.figures] == [2, 6]
    assert revenue.progress == pytest.approx(0.5)  # (6 − 2) / (10 − 2)
    assert reply.figures[0] is None and reply.figures[1].target == 1
    assert reply.progress is None  # one figure is no trend


def test_score_trend_compares_first_and_latest(two_workshops):
    result = series.compare(two_workshops)
    assert result.score_trend() == "up"
    assert result.score_trend("leadership") is None
