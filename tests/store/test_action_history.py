"""Following actions up: every status or due-date change is kept, dated, and travels with the
session; the tracker answers across sessions; a follow-up decides each open action once."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.domain import Action, ActionStatus, Decision, EventKind
from workshop_app.errors import DocumentError, ValidationError
from workshop_app.store import Repository, connection, migrations
from workshop_app.tracker import TrackerFilter, quick_view

TODAY = date(2026, 4, 2)


def stored(repo, session_id, action_id) -> Action:
    return next(a for a in repo.get(session_id).actions if a.id == action_id)


def test_a_status_change_is_recorded_with_its_comment(repo, demo):
    action = demo.actions[2]
    repo.update_action(demo.id, action.id, ActionStatus.IN_PROGRESS, comment="Tom started")
    events = repo.action_history(demo.id, action.id)
    assert [(e.kind, e.status, e.comment) for e in events] == [
        (EventKind.STATUS, ActionStatus.IN_PROGRESS, "Tom started")
    ]
    assert stored(repo, demo.id, action.id).status is ActionStatus.IN_PROGRESS


def test_history_accumulates_and_keeps_the_first_entry(repo, demo):
    action = demo.actions[3]
    repo.update_action(demo.id, action.id, ActionStatus.IN_PROGRESS, comment="first")
    repo.update_action(
        demo.id, action.id, ActionStatus.IN_PROGRESS, due="2026-05-01", comment="later"
    )
    repo.update_action(demo.id, action.id, ActionStatus.IN_PROGRESS, comment="just a note")
    events = repo.action_history(demo.id, action.id)
    assert [(e.kind, e.due, e.comment) for e in events] == [
        (EventKind.STATUS, action.due, "first"),
        (EventKind.DUE, "2026-05-01", "later"),
        (EventKind.NOTE, "2026-05-01", "just a note"),
    ]
    assert events[0].at <= events[1].at <= events[2].at


def test_an_update_that_changes_nothing_is_refused(repo, demo):
    action = demo.actions[3]
    with pytest.raises(ValidationError):
        repo.update_action(demo.id, action.id, action.status)
    assert repo.action_history(demo.id, action.id) == []


def test_saving_from_the_plan_records_status_and_date_changes_only(repo, demo):
    action = demo.actions[4]
    repo.save_action(demo.id, replace(action, owner="Someone else"))
    assert repo.action_history(demo.id, action.id) == []
    repo.save_action(demo.id, replace(action, due="2026-07-01"))
    repo.save_action(demo.id, replace(action, due="2026-07-01", status=ActionStatus.DONE))
    kinds = [e.kind for e in repo.action_history(demo.id, action.id)]
    assert kinds == [EventKind.DUE, EventKind.STATUS]


def test_the_history_travels_in_the_session_document(repo, demo, tmp_path):
    action = demo.actions[3]
    repo.update_action(demo.id, action.id, ActionStatus.DONE, comment="Łódź <b>& 销售")
    text = session_document.dumps(repo.get(demo.id))
    repo.purge(demo.id)
    library.import_session(repo, session_document.loads(text))
    comments = [e.comment for e in repo.action_history(demo.id, action.id)]
    assert comments == ["Łódź <b>& 销售"]
    # The demo's own history came along too.
    assert len(repo.get(demo.id).history) == 6


def test_a_history_entry_for_an_unknown_action_is_refused():
    doc = session_document.to_document(session_document.loads(_demo_text()))
    doc["history"][0]["action_id"] = "no-such-action"
    with pytest.raises(DocumentError, match=r"history\[0\]\.action_id"):
        session_document.validate(doc)


def _demo_text() -> str:
    from workshop_app.paths import resources_dir

    return (resources_dir() / "demo" / "en.json").read_text("utf-8")


def test_removing_an_action_removes_its_history_and_purging_the_session_all(repo, demo):
    action = demo.actions[3]
    repo.update_action(demo.id, action.id, ActionStatus.DONE)
    repo.remove_action(demo.id, action.id)
    assert repo.action_history(demo.id, action.id) == []
    repo.purge(demo.id)
    assert list(repo.db.query("SELECT * FROM action_events")) == []


def test_an_old_database_is_backed_up_then_migrated_keeping_its_actions(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr(connection, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(connection, "LATEST", 1)
    old = Repository.open(path)
    old.db.execute(
        "INSERT INTO sessions (id, title, created_at, updated_at) VALUES ('s1', 'Old', 'x', 'x')"
    )
    old.db.execute(
        "INSERT INTO actions (session_id, id, position, title) VALUES ('s1', 'a1', 0, 'Keep me')"
    )
    old.close()
    monkeypatch.undo()
    repo = Repository.open(path)
    assert repo.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert [a.title for a in repo.get("s1").actions] == ["Keep me"]
    assert repo.get("s1").actions[0].carried_from == ""
    backups = list((path.parent / "backups").glob(f"*before-schema-{migrations.LATEST}*"))
    assert backups, list(path.parent.rglob("*"))
    with sqlite3.connect(backups[0]) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    repo.close()


# ----------------------------------------------------------------- the tracker


def test_the_tracker_lists_actions_of_every_live_session(repo, demo):
    other = library.create_session(repo, "Autumn workshop")
    repo.save_action(other.id, Action(id="x1", title="Joint trade fair", owner="Łukasz Nowak"))
    rows = repo.tracked_actions(TrackerFilter())
    assert len(rows) == len(demo.actions) + 1
    assert {r.session_title for r in rows} == {demo.info.title, "Autumn workshop"}
    assert [r.title for r in repo.tracked_actions(TrackerFilter(owner="łukasz"))] == [
        "Joint trade fair"
    ]
    repo.delete(other.id)
    assert "Joint trade fair" not in {r.title for r in repo.tracked_actions(TrackerFilter())}


def test_quick_views_find_overdue_and_soon_due_open_actions(repo, demo):
    overdue = repo.tracked_actions(quick_view("overdue", TODAY))
    soon = repo.tracked_actions(quick_view("due_soon", TODAY))
    opened = repo.tracked_actions(quick_view("open", TODAY))
    by_id = {a.id: a for a in demo.actions}
    for row in overdue:
        assert by_id[row.action_id].due < TODAY.isoformat()
        assert row.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    assert overdue and soon
    assert all(TODAY.isoformat() <= r.due <= "2026-04-16" for r in soon)
    assert {r.action_id for r in opened} == {
        a.id for a in demo.actions if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    }


def test_the_tracker_filters_by_department_session_and_text(repo, demo):
    rows = repo.tracked_actions(TrackerFilter(department="marketing", text="case STUDY"))
    assert [r.title for r in rows] == ["Case study for each of the three segments"]
    assert repo.tracked_actions(TrackerFilter(session_id="nope")) == []
    last = repo.tracked_actions(TrackerFilter(text="qualified lead"))[0]
    assert last.last_update.startswith("2026-03-")


# ----------------------------------------------------------------- the follow-up review


@pytest.fixture
def follow_up(repo, demo):
    return repo.duplicate(demo.id, "Summer follow-up")


def test_a_follow_up_starts_without_the_old_actions(repo, demo, follow_up):
    assert repo.get(follow_up.id).actions == []
    assert repo.previous_session(follow_up.id).id == demo.id


def test_carrying_over_copies_the_action_and_marks_the_original(repo, demo, follow_up):
    original = demo.actions[2]
    outcome = repo.decide_follow_up(
        follow_up.id, original.id, Decision.CARRIED, new_due="2026-07-15", reason="Needs IT"
    )
    copy = repo.get(follow_up.id).actions[0]
    assert copy.id == outcome.copy.id != original.id
    assert (copy.title, copy.due, copy.carried_from) == (original.title, "2026-07-15", original.id)
    assert stored(repo, demo.id, original.id).status is ActionStatus.CARRIED_OVER
    (event,) = repo.action_history(demo.id, original.id)
    assert (event.kind, event.due, event.comment) == (
        EventKind.CARRIED_OVER,
        "2026-07-15",
        "Needs IT",
    )
    review = repo.get(follow_up.id).since_previous
    assert review.previous_title == demo.info.title
    assert [(i.decision, i.new_action_id) for i in review.items] == [(Decision.CARRIED, copy.id)]


def test_dropping_needs_a_reason_and_done_closes_the_original(repo, demo, follow_up):
    first, second = demo.actions[2], demo.actions[3]
    with pytest.raises(ValidationError, match="reason"):
        repo.decide_follow_up(follow_up.id, first.id, Decision.DROPPED, reason="  ")
    assert stored(repo, demo.id, first.id).status is ActionStatus.PLANNED
    repo.decide_follow_up(follow_up.id, first.id, Decision.DROPPED, reason="No budget")
    repo.decide_follow_up(follow_up.id, second.id, Decision.DONE)
    assert stored(repo, demo.id, first.id).status is ActionStatus.DROPPED
    assert stored(repo, demo.id, second.id).status is ActionStatus.DONE
    assert repo.get(follow_up.id).actions == []


def test_each_open_action_is_decided_once_and_the_rest_stay_listed(repo, demo, follow_up):
    from workshop_app.follow_up import undecided

    open_ids = [a.id for a in demo.actions if a.status in ("planned", "in_progress")]
    repo.decide_follow_up(follow_up.id, open_ids[0], Decision.DONE)
    left = undecided(repo.get(demo.id), repo.get(follow_up.id))
    assert [a.id for a in left] == open_ids[1:]
    with pytest.raises(ValidationError):
        repo.decide_follow_up(follow_up.id, open_ids[0], Decision.DONE)


def test_carrying_over_needs_a_real_date(repo, demo, follow_up):
    with pytest.raises(ValidationError, match="due date"):
        repo.decide_follow_up(follow_up.id, demo.actions[2].id, Decision.CARRIED, new_due="soon")
