"""The action plan as a calendar: every action with a due date an all-day event that a calendar
imports, updates on a second import (the same UID) and shows with the text as it was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import icalendar
import pytest

from workshop_app.cli import main
from workshop_app.demo import demo_session
from workshop_app.documents import ics_export
from workshop_app.documents.export import render
from workshop_app.documents.wording import Wording
from workshop_app.domain.actions import ActionStatus
from workshop_app.store import Repository

TODAY = date(2026, 4, 2)
HOSTILE = 'A, b; c\\d <b>bold</b> & "quotes" 😀 Zażółć gęślą jaźń 销售与市场部门，並且\nsecond line'
STAMP = datetime(2026, 4, 2, 9, 30, tzinfo=UTC)


def events(data: bytes) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return [c for c in calendar.walk("VEVENT")]


@pytest.mark.parametrize("language", ["en", "pl", "zh_TW"])
def test_each_dated_action_is_an_all_day_event_on_its_due_date(language):
    session = demo_session(language, TODAY)
    dated = [a for a in session.actions if a.due]
    assert dated, "the demo plan has due dates"
    found = {str(e["UID"]): e for e in events(render(session, fmt="ics", printed_at=STAMP))}
    assert set(found) == {f"{session.id}-{a.id}@truce" for a in dated}
    for action in dated:
        event = found[f"{session.id}-{action.id}@truce"]
        start = event.decoded("DTSTART")
        assert type(start) is date and start == date.fromisoformat(action.due)
        assert event.decoded("DTEND") == start + timedelta(days=1)
        assert str(event["SUMMARY"]) == action.title
        assert event.decoded("DTSTAMP") == STAMP


def test_the_description_carries_the_measure_and_what_it_responds_to_in_the_sessions_language():
    session = demo_session("pl", TODAY)
    words = Wording.of(session)
    action = next(a for a in session.actions if a.due and a.source_kind and a.success_measure)
    event = next(
        e
        for e in events(render(session, fmt="ics"))
        if str(e["UID"]).endswith(f"-{action.id}@truce")
    )
    text = str(event["DESCRIPTION"])
    assert action.description.strip() in text
    assert words.label("success_measure") + action.success_measure in text
    assert words.label("answers") + words.responds_to(session, action) in text
    assert "Responds to" not in text  # Polish, not the English fallback


def test_actions_without_a_due_date_are_left_out_and_an_unreadable_one_too():
    session = demo_session("en", TODAY)
    first, second, *rest = session.actions
    session.actions = [replace(first, due=""), replace(second, due="next spring"), *rest]
    uids = {str(e["UID"]) for e in events(render(session, fmt="ics"))}
    assert not any(first.id in u or second.id in u for u in uids)
    assert len(uids) == sum(1 for a in rest if a.due)


def test_the_same_plan_exported_twice_gives_the_same_uids_and_a_later_change_a_higher_sequence():
    session = demo_session("en", TODAY)
    before = {str(e["UID"]): e for e in events(render(session, fmt="ics"))}
    again = {str(e["UID"]): e for e in events(render(session, fmt="ics"))}
    assert set(before) == set(again)
    changed = session.actions[0]
    changed_uid = ics_export.uid(session, changed)
    assert changed_uid in before
    extra = (
        replace(session.history[0], id="ev-extra", action_id=changed.id)
        if session.history
        else None
    )
    assert extra is not None, "the demo plan has a history"
    session.history.append(extra)
    after = {str(e["UID"]): e for e in events(render(session, fmt="ics"))}
    assert after[changed_uid].decoded("SEQUENCE") == before[changed_uid].decoded("SEQUENCE") + 1


def test_dropped_and_carried_actions_arrive_cancelled_done_ones_keep_their_day():
    session = demo_session("en", TODAY)
    a, b, c, *rest = [x for x in session.actions if x.due]
    others = [x for x in session.actions if x not in (a, b, c)]
    session.actions = [
        replace(a, status=ActionStatus.DROPPED),
        replace(b, status=ActionStatus.DONE),
        replace(c, status=ActionStatus.PLANNED),
        *others,
    ]
    found = {str(e["UID"]): e for e in events(render(session, fmt="ics"))}
    assert str(found[ics_export.uid(session, a)]["STATUS"]) == "CANCELLED"
    assert str(found[ics_export.uid(session, b)]["STATUS"]) == "CONFIRMED"
    assert str(found[ics_export.uid(session, c)]["STATUS"]) == "CONFIRMED"


def test_hostile_text_arrives_literally():
    session = demo_session("en", TODAY)
    first, *rest = session.actions
    session.actions = [
        replace(first, title=HOSTILE, description=HOSTILE, owner=HOSTILE, due="2026-05-04"),
        *rest,
    ]
    data = render(session, fmt="ics")
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "lines are folded"
    event = next(e for e in events(data) if str(e["UID"]) == ics_export.uid(session, first))
    assert str(event["SUMMARY"]) == HOSTILE
    assert str(event["DESCRIPTION"]).startswith(HOSTILE + "\n")
    assert f"Owner: {HOSTILE}" in str(event["DESCRIPTION"])


def test_the_command_line_writes_the_calendar(tmp_path, capsys):
    db = tmp_path / "t.db"
    repo = Repository.open(db)
    session = demo_session("nl", TODAY)
    repo.add(session)
    repo.close()
    out = tmp_path / "plan.ics"
    assert main(["export", session.id, "--format", "ics", "--db", str(db), "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert len(events(out.read_bytes())) == sum(1 for a in session.actions if a.due)
