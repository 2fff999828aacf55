"""Scoring the self-assessment, with every expected value worked out by hand in the comments."""

from __future__ import annotations

import pytest

from workshop_app.content import load_content
from workshop_app.domain import Assessment, AssessmentAnswer, Prediction
from workshop_app.scoring import (
    department_scores,
    next_stage,
    overall_score,
    prediction_checks,
    recommend,
    respondent_totals,
    scaled_total,
    stage_for,
    statement_gaps,
    theme_gaps,
)


def answers(respondent: str, department: str, values: dict[str, int | None]):
    return [AssessmentAnswer(respondent, department, s, v) for s, v in values.items()]


def full(respondent: str, department: str, value: int | None, count: int = 20):
    return answers(respondent, department, {f"a{i:02d}": value for i in range(1, count + 1)})


def test_a_full_questionnaire_totals_its_ratings():
    # 10 statements at 2 and 10 at 4: 20 + 40 = 60
    assert scaled_total([2] * 10 + [4] * 10) == 60
    assert scaled_total([1] * 20) == 20
    assert scaled_total([5] * 20) == 100


def test_dont_know_is_scaled_not_counted_as_zero():
    # 15 rated 3 and 5 "don't know": mean 3 × 20 = 60, not 45
    assert scaled_total([3] * 15 + [None] * 5) == 60
    # 3, 4, 4 and two "don't know": mean 11/3 × 20 = 73.33 → 73
    assert scaled_total([3, 4, 4, None, None]) == 73


def test_totals_round_half_up():
    # 4 ratings summing 13: 13/4 × 20 = 65 exactly; 3 ratings summing 10: 66.67 → 67
    assert scaled_total([3, 3, 3, 4]) == 65
    assert scaled_total([3, 3, 4]) == 67
    # 40 ratings summing 129: 129/40 × 20 = 64.5 → 65 (never banker's rounding to 64)
    assert scaled_total([3] * 31 + [4] * 9) == 65


def test_nothing_rated_has_no_total():
    assert scaled_total([]) is None
    assert scaled_total([None, None]) is None


@pytest.mark.parametrize(
    ("total", "stage"),
    [
        (20, "undefined"),
        (39, "undefined"),
        (40, "defined"),
        (59, "defined"),
        (60, "aligned"),
        (79, "aligned"),
        (80, "integrated"),
        (100, "integrated"),
        (None, None),
    ],
)
def test_the_briefs_bands(total, stage):
    assert stage_for(total) == stage


def test_next_stage_stops_at_integrated():
    assert next_stage("undefined") == "defined"
    assert next_stage("integrated") is None


def room() -> Assessment:
    # Sales: s1 all 2s (40), s2 all 3s (60) → Sales 50, Defined.
    # Marketing: m1 all 4s (80) → Marketing 80, Integrated.
    # Leadership: l1 all 5s (100): its own total, outside the overall.
    return Assessment(
        answers=full("s1", "sales", 2)
        + full("s2", "sales", 3)
        + full("m1", "marketing", 4)
        + full("l1", "leadership", 5)
    )


def test_each_department_is_the_mean_of_its_respondents():
    scores = department_scores(room())
    assert respondent_totals(room())["s2"] == 60
    assert (scores["sales"].total, scores["sales"].stage, scores["sales"].respondents) == (
        50,
        "defined",
        2,
    )
    assert (scores["marketing"].total, scores["marketing"].stage) == (80, "integrated")
    assert scores["leadership"].total == 100


def test_overall_weighs_both_sides_equally_and_leaves_leadership_out():
    # (50 + 80) / 2 = 65, Aligned; with the 100 of leadership it would have been higher
    overall = overall_score(room())
    assert (overall.total, overall.stage, overall.respondents) == (65, "aligned", 3)


def test_overall_rounds_half_up_between_sides():
    # Sales 41 (mean 2.05: one 3 among nineteen 2s), Marketing 60 → 50.5 → 51
    sales = answers("s1", "sales", {f"a{i:02d}": 2 for i in range(1, 20)} | {"a20": 3})
    assessment = Assessment(answers=sales + full("m1", "marketing", 3))
    assert department_scores(assessment)["sales"].total == 41
    assert overall_score(assessment).total == 51


def test_dont_know_answers_are_counted_per_department():
    assessment = Assessment(answers=full("s1", "sales", None, 5) + full("m1", "marketing", 3))
    scores = department_scores(assessment)
    assert scores["sales"].total is None and scores["sales"].dont_know == 5
    # Sales rated nothing, so Marketing alone stands for the company
    assert overall_score(assessment).total == 60


def test_largest_perception_gap_comes_first():
    assessment = Assessment(
        answers=answers("s1", "sales", {"a01": 4, "a02": 1, "a03": 3})
        + answers("s2", "sales", {"a01": 4, "a02": 2, "a03": None})
        + answers("m1", "marketing", {"a01": 3, "a02": 4, "a03": 3})
        + answers("l1", "leadership", {"a02": 5})
    )
    gaps = statement_gaps(assessment, ["a01", "a02", "a03", "a04"])
    # a02: Sales (1+2)/2 = 1.5, Marketing 4 → -2.5; a01: 4 vs 3 → +1; a03: 3 vs 3 → 0; a04 unrated
    assert [(g.key, g.sales, g.marketing, g.gap) for g in gaps] == [
        ("a02", 1.5, 4.0, -2.5),
        ("a01", 4.0, 3.0, 1.0),
        ("a03", 3.0, 3.0, 0.0),
        ("a04", None, None, None),
    ]


def test_equal_gaps_keep_questionnaire_order():
    assessment = Assessment(
        answers=answers("s1", "sales", {"a01": 2, "a02": 4})
        + answers("m1", "marketing", {"a01": 3, "a02": 3})
    )
    assert [g.key for g in statement_gaps(assessment, ["a01", "a02"])] == ["a01", "a02"]


def test_theme_gaps_pool_the_theme_statements():
    theme_of = {"a01": "planning", "a02": "culture", "a03": "planning"}
    assessment = Assessment(
        answers=answers("s1", "sales", {"a01": 2, "a02": 3, "a03": 3})
        + answers("m1", "marketing", {"a01": 5, "a02": 3, "a03": 4})
    )
    gaps = theme_gaps(assessment, theme_of)
    # planning: Sales (2+3)/2 = 2.5, Marketing (5+4)/2 = 4.5 → -2; culture 3 vs 3
    assert [(g.key, g.gap) for g in gaps] == [("planning", -2.0), ("culture", 0.0)]


def test_predictions_meet_reality():
    assessment = room()
    assessment.predictions = [Prediction("sales", 60), Prediction("marketing", 70)]
    checks = prediction_checks(assessment)
    # Sales expected Marketing at 60, Marketing gave 80: -20. Marketing expected 70, Sales gave 50: +20.
    assert [(c.department, c.about, c.predicted, c.actual, c.difference) for c in checks] == [
        ("sales", "marketing", 60, 80, -20),
        ("marketing", "sales", 70, 50, 20),
    ]


CONTENT = load_content("en")
CONDITIONS = CONTENT.get("relationship.conditions")
LEVERS = CONTENT.get("relationship.levers")


def test_a_small_stable_business_can_stay_defined():
    advice = recommend(
        "defined", {"company_size": "small", "market_pace": "stable"}, CONDITIONS, LEVERS
    )
    assert (advice.needed, advice.verdict) == ("defined", "stay")


def test_the_most_demanding_condition_sets_the_need():
    advice = recommend(
        "defined",
        {"company_size": "small", "sales_cycle": "short_simple", "market_pace": "fast_complex"},
        CONDITIONS,
        LEVERS,
    )
    assert (advice.needed, advice.verdict) == ("integrated", "move")
    assert advice.levers == [
        "joint_meetings",
        "shared_knowledge",
        "joint_assignments",
        "job_rotation",
        "marketing_liaison",
        "colocation",
        "field_feedback",
    ]


def test_without_answers_the_levers_are_still_shown():
    advice = recommend("undefined", {}, CONDITIONS, LEVERS)
    assert advice.verdict == "unknown" and advice.needed is None
    assert advice.levers == ["rules_of_engagement", "handoff_points", "who_to_call"]


def test_integrated_has_nowhere_further_to_go():
    advice = recommend("integrated", {"market_pace": "fast_complex"}, CONDITIONS, LEVERS)
    assert (advice.verdict, advice.levers) == ("stay", [])
