"""Counts beside every average, and a small anonymous department's score withheld."""

from __future__ import annotations

from dataclasses import replace

from workshop_app.domain import Assessment, AssessmentAnswer, Department, Participant, Prediction
from workshop_app.scoring import (
    MINIMUM_ANSWERS,
    prediction_checks,
    results,
    statement_gaps,
    theme_gaps,
    withheld_departments,
)


def rated(respondent: str, department: str, value: int | None, count: int = 4):
    return [AssessmentAnswer(respondent, department, f"a{i}", value) for i in range(1, count + 1)]


def person(pid: str, department: str, anonymous: bool) -> Participant:
    return Participant(pid, pid, Department(department), anonymous=anonymous)


def room(sales: int, marketing: int, anonymous: bool = True):
    people = [person(f"s{n}", "sales", anonymous) for n in range(sales)]
    people += [person(f"m{n}", "marketing", anonymous) for n in range(marketing)]
    answers = []
    for n in range(sales):
        answers += rated(f"s{n}", "sales", 4)
    for n in range(marketing):
        answers += rated(f"m{n}", "marketing", 2)
    return Assessment(answers=answers), people


def test_a_new_session_shows_scores_from_three_anonymous_answers():
    assert Assessment().minimum_answers == MINIMUM_ANSWERS == 3


def test_two_anonymous_marketers_are_withheld_and_three_are_not():
    assessment, people = room(sales=3, marketing=2)
    assert withheld_departments(assessment, people) == {"marketing"}
    assessment, people = room(sales=3, marketing=3)
    assert withheld_departments(assessment, people) == frozenset()


def test_named_people_are_never_withheld_however_few():
    assessment, people = room(sales=1, marketing=1, anonymous=False)
    assert withheld_departments(assessment, people) == frozenset()


def test_one_anonymous_person_among_named_colleagues_makes_the_department_anonymous():
    assessment, people = room(sales=2, marketing=3, anonymous=False)
    people[0] = replace(people[0], anonymous=True)
    assert withheld_departments(assessment, people) == {"sales"}


def test_answers_per_department_belong_to_nobody_and_are_shown():
    assessment = Assessment(mode="departments", answers=rated("sales", "sales", 3))
    assert withheld_departments(assessment, []) == frozenset()


def test_dont_know_alone_is_no_answer_towards_the_minimum():
    assessment, people = room(sales=3, marketing=0)
    assessment.answers += rated("s9", "sales", None)
    people.append(person("s9", "sales", True))
    assert results(assessment, people).score("sales").respondents == 3
    assessment.answers = [a for a in assessment.answers if a.respondent in ("s0", "s9")]
    assert withheld_departments(assessment, people) == {"sales"}


def test_the_minimum_is_the_sessions_setting():
    assessment, people = room(sales=3, marketing=3)
    assert withheld_departments(replace(assessment, minimum_answers=4), people) == {
        "sales",
        "marketing",
    }
    assessment, people = room(sales=1, marketing=1)
    assert withheld_departments(replace(assessment, minimum_answers=1), people) == frozenset()


def test_a_withheld_department_has_no_number_anywhere():
    assessment, people = room(sales=3, marketing=2)
    shown = results(assessment, people)
    marketing = shown.score("marketing")
    assert marketing.withheld and marketing.total is None and marketing.stage is None
    # Sales 4/5 everywhere → 80; the company's total is Sales' alone, counted from its 3 people,
    # since Sales' and both sides' totals side by side would give Marketing's away.
    assert shown.score("sales").total == 80 and shown.score("sales").respondents == 3
    assert shown.overall.total == 80 and shown.overall.respondents == 3
    gaps = statement_gaps(assessment, ["a1", "a2"], shown.withheld)
    assert all(g.marketing is None and g.gap is None for g in gaps)
    assert all(g.sales == 4.0 and g.sales_count == 3 for g in gaps)
    themes = theme_gaps(assessment, {"a1": "t", "a2": "t"}, shown.withheld)
    assert themes[0].marketing is None and themes[0].sales_count == 3
    predicted = replace(assessment, predictions=[Prediction("sales", 50)])
    assert prediction_checks(predicted, shown.withheld)[0].actual is None


def test_each_mean_carries_how_many_people_rated_it():
    assessment, people = room(sales=3, marketing=4, anonymous=False)
    assessment.answers.append(AssessmentAnswer("m9", "marketing", "a9", 5))
    by_key = {g.key: g for g in statement_gaps(assessment, ["a1", "a9"])}
    assert (by_key["a1"].sales_count, by_key["a1"].marketing_count) == (3, 4)
    assert (by_key["a9"].sales_count, by_key["a9"].marketing_count) == (0, 1)
    # A theme counts people, not answers: 3 Sales people rated 4 statements each.
    theme = theme_gaps(assessment, {f"a{i}": "t" for i in range(1, 5)})[0]
    assert (theme.sales_count, theme.marketing_count) == (3, 4)
    shown = results(assessment, people)
    assert shown.score("marketing").respondents == 5 and shown.overall.respondents == 8
