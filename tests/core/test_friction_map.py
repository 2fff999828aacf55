"""Ranking the frictions and reading where the two sides agree, checked by hand."""

from __future__ import annotations

from fractions import Fraction

from workshop_app.domain import Friction
from workshop_app.friction_map import agreement, combined_pain, ranked, score, summarise, top


def f(id: str, sales: int | None, marketing: int | None, votes: int = 0) -> Friction:
    return Friction(id=id, sales_rating=sales, marketing_rating=marketing, votes=votes)


def test_combined_pain_is_the_mean_doubled():
    assert combined_pain(f("x", 4, 3)) == 7  # (4 + 3) / 2 × 2
    assert combined_pain(f("x", 5, None)) == 10  # one side alone is not halved
    assert combined_pain(f("x", None, None)) is None
    assert score(f("x", 3, 2, votes=4)) == 9  # 5 + 4 votes
    assert score(f("x", 1, 2)) == Fraction(3)


def test_agreement_within_one_point():
    assert agreement(f("x", 4, 3)) == "agree"
    assert agreement(f("x", 5, 2)) == "sales_more"
    assert agreement(f("x", 0, 2)) == "marketing_more"
    assert agreement(f("x", 4, None)) is None


def test_most_painful_first_and_ties_keep_catalogue_order():
    items = [f("a", 2, 2), f("b", 5, 1, votes=1), f("c", 3, 1), f("d", None, None)]
    # scores: a 4, b 6 + 1 = 7, c 4, d 0
    assert [x.id for x in ranked(items)] == ["b", "a", "c", "d"]
    assert [x.id for x in top(items, 2)] == ["b", "a"]


def test_nothing_painless_is_carried_forward():
    assert top([f("a", 0, 0), f("b", None, None)]) == []


def test_summary_names_shared_pains_and_differences():
    items = [
        f("lead", 5, 4),
        f("price", 4, 1),
        f("vocab", 3, 3),
        f("budget", 1, 1),
        f("x", 2, None),
    ]
    summary = summarise(items)
    assert [x.id for x in summary.agreed_pains] == ["lead", "vocab"]
    assert [x.id for x in summary.differences] == ["price"]
    assert summary.unrated == 1
