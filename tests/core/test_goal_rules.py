"""What a shared goal still lacks, and which goal the room sees first."""

from __future__ import annotations

from workshop_app.domain import SharedGoal
from workshop_app.domain.goals import goal_warnings, ordered_goals


def test_a_bare_goal_lacks_metric_owner_and_deadline():
    assert goal_warnings(SharedGoal(id="g", statement="Grow")) == ["metric", "owner", "deadline"]


def test_a_custom_metric_counts_as_a_metric():
    goal = SharedGoal(
        id="g", statement="Grow", custom_metric="Demo requests", owners="Ana", deadline="2026-09-30"
    )
    assert goal_warnings(goal) == []


def test_blank_owners_still_warn():
    goal = SharedGoal(id="g", statement="Grow", metric="revenue_growth", owners="  ", deadline="")
    assert goal_warnings(goal) == ["owner", "deadline"]


def test_the_revenue_goal_comes_first():
    a, b, c = (SharedGoal(id=i, statement=i) for i in "abc")
    b.revenue = True
    assert [g.id for g in ordered_goals([a, b, c])] == ["b", "a", "c"]
