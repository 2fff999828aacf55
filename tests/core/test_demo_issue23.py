"""The demo in every language shows the ten steps rated per department and a theme of notes."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app import room_notes
from workshop_app.demo import demo_series, demo_session
from workshop_app.documents.export import render
from workshop_app.languages import CODES

TODAY = date(2026, 4, 2)


@pytest.mark.parametrize("language", CODES)
def test_the_demo_rates_every_step_per_department_with_some_wide_gaps(language):
    steps = demo_session(language, TODAY).checklist.steps
    assert all(s.sales is not None and s.marketing is not None for s in steps)
    assert [s.step for s in steps if s.wide_gap] == ["s2", "s4", "s7"]


@pytest.mark.parametrize("language", CODES)
def test_the_demo_merged_two_diagnosis_notes_into_a_theme(language):
    session = demo_session(language, TODAY)
    (theme,) = session.notes.themes
    board = room_notes.entries(session.notes, "diagnosis")
    line = next(e for e in board if e.theme is not None)
    assert line.theme == theme and line.votes == 5 + 3
    assert [n.id for n in line.members] == ["demo-note-03", "demo-note-04"]
    markdown = render(session, "report", "md").decode("utf-8")
    assert theme.name in markdown


def test_the_earlier_workshops_of_the_series_were_rated_by_the_room_alone():
    *earlier, latest = demo_series("en", TODAY)
    assert all(s.sales is None for w in earlier for s in w.checklist.steps)
    assert all(s.current is not None for w in earlier for s in w.checklist.steps)
    assert all(s.sales is not None for s in latest.checklist.steps)
