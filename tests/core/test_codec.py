"""The codec heals what a library written before the strict document rules may hold: whole
numbers stored as 3.0, and figures that are not finite."""

from __future__ import annotations

import math

from workshop_app.domain import Action, SharedGoal
from workshop_app.domain.codec import from_data, to_data


def test_a_whole_number_stored_as_a_float_is_read_as_an_int():
    action = from_data(Action, {"id": "a", "title": "T", "impact": 3.0, "votes": 7.0})
    assert (action.impact, action.votes) == (3, 7)
    assert type(action.impact) is int and type(action.votes) is int


def test_a_figure_that_is_not_finite_is_read_as_none():
    goal = from_data(
        SharedGoal, {"id": "g", "statement": "S", "baseline": math.nan, "target": math.inf}
    )
    assert (goal.baseline, goal.target) == (None, None)
    assert to_data(goal)["baseline"] is None


def test_everything_else_is_left_as_it_is():
    goal = from_data(SharedGoal, {"id": "g", "statement": "S", "baseline": 4, "target": 2.5})
    assert (goal.baseline, goal.target) == (4.0, 2.5) and type(goal.baseline) is float
    action = from_data(Action, {"id": "a", "title": "T", "impact": None})
    assert action.impact is None
