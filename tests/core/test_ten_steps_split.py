"""The ten steps rated per department: the gap between the two, and sessions from before."""

from __future__ import annotations

import json

import pytest

from workshop_app.documents import session_document
from workshop_app.domain import Checklist, ChecklistStep, Session, SessionInfo
from workshop_app.domain.codec import from_data
from workshop_app.errors import DocumentError


@pytest.mark.parametrize(
    ("sales", "marketing", "gap", "wide"),
    [(4, 2, 2, True), (2, 4, -2, True), (3, 2, 1, False), (3, 3, 0, False), (3, None, None, False)],
)
def test_the_gap_is_sales_minus_marketing_and_wide_from_two_levels(sales, marketing, gap, wide):
    step = ChecklistStep("s1", sales=sales, marketing=marketing)
    assert step.gap == gap and step.wide_gap is wide


def test_a_departments_view_alone_counts_as_rated():
    assert not ChecklistStep("s1").rated
    assert ChecklistStep("s1", marketing=2).rated


def test_a_step_stored_before_departments_rated_apart_loads_with_the_rooms_level():
    old = from_data(Checklist, {"steps": [{"step": "s1", "current": 2, "target": 4}]})
    assert old.steps == [ChecklistStep("s1", current=2, target=4)]
    assert old.steps[0].gap is None


def test_department_levels_travel_in_the_session_document_and_bad_ones_are_refused():
    session = Session(SessionInfo("s1", "Workshop"))
    session.checklist = Checklist([ChecklistStep("s3", current=2, sales=4, marketing=1)])
    again = session_document.loads(session_document.dumps(session))
    assert again.checklist.steps == session.checklist.steps
    doc = json.loads(session_document.dumps(session))
    doc["checklist"]["steps"][0]["marketing"] = 6
    with pytest.raises(
        DocumentError, match=r"checklist.steps\[0\].marketing: must be a whole number"
    ):
        session_document.loads(json.dumps(doc))
