"""Joint actions: Sales and Marketing carry them out together. The database, the session document,
the filters, the tracker and the printed plan all know them; participants never are "joint"."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from workshop_app import library
from workshop_app.action_plan import ActionFilter
from workshop_app.demo import demo_session
from workshop_app.documents import markdown, session_document
from workshop_app.domain import Action
from workshop_app.domain.actions import JOINT, concerns
from workshop_app.errors import DocumentError
from workshop_app.store import Repository
from workshop_app.store.migrations import MIGRATIONS
from workshop_app.tracker import TrackerFilter

TODAY = date(2026, 4, 2)


def _version_4(db_path):
    """A library written by the previous version (schema 4), with an action in it."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    for number, script in MIGRATIONS:
        if number > 4:
            continue
        if isinstance(script, str):
            conn.executescript(script)
        else:
            conn.execute("BEGIN")
            for step in script:
                step(conn) if callable(step) else conn.execute(step)
            conn.execute("COMMIT")
    conn.execute("PRAGMA user_version = 4")
    conn.execute(
        "INSERT INTO sessions (id, title, created_at, updated_at) "
        "VALUES ('s1', 'Kept', '2026-01-01', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO actions (session_id, id, position, title, department) "
        "VALUES ('s1', 'a1', 0, 'Zażółć', 'sales')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO actions (session_id, id, position, title, department) "
            "VALUES ('s1', 'a2', 1, 'Joint', 'joint')"
        )
    return conn


def test_a_previous_library_learns_joint_actions_and_keeps_its_own(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _version_4(db_path).close()
    repo = Repository.open(db_path)
    try:
        assert repo.db.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1][0]
        repo.save_action("s1", Action(id="a2", title="Together", department=JOINT))
        assert [(a.title, a.department) for a in repo.get("s1").actions] == [
            ("Zażółć", "sales"),
            ("Together", "joint"),
        ]
        assert repo.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Still a rule, only a wider one; and a participant is never joint.
        with pytest.raises(sqlite3.IntegrityError):
            repo.db.execute("UPDATE actions SET department = 'both'")
        with pytest.raises(sqlite3.IntegrityError):
            repo.db.execute(
                "INSERT INTO participants (session_id, id, position, department) "
                "VALUES ('s1', 'p', 0, 'joint')"
            )
    finally:
        repo.close()


@pytest.mark.sqlite_only
def test_the_schema_stays_on_the_first_page_so_a_damaged_library_is_still_recognised(repo):
    pages = repo.db.execute("SELECT count(*) FROM dbstat WHERE name = 'sqlite_schema'").fetchone()[
        0
    ]
    assert pages == 1


def test_a_joint_action_travels_in_the_session_document_and_an_unknown_one_is_refused():
    session = demo_session("en", TODAY)
    session.actions[0].department = JOINT
    document = session_document.to_document(session)
    again = session_document.from_document(document)
    assert again.actions[0].department == JOINT
    document["actions"][0]["department"] = "both"
    with pytest.raises(DocumentError, match="department"):
        session_document.from_document(document)
    document["actions"][0]["department"] = JOINT
    document["participants"][0]["department"] = JOINT
    with pytest.raises(DocumentError, match="department"):
        session_document.from_document(document)


@pytest.mark.parametrize(
    ("department", "expected"),
    [("sales", True), ("marketing", True), ("leadership", False), ("other", False), (JOINT, True)],
)
def test_a_joint_action_is_on_the_sales_and_the_marketing_list(department, expected):
    joint = Action(id="j", title="Together", department=JOINT)
    assert ActionFilter(department=department).matches(joint, TODAY) is expected
    assert concerns("sales", "marketing") is False


def test_the_tracker_shows_a_department_head_the_joint_actions_too(repo):
    session = library.create_session(repo, "Tracked")
    repo.save_action(session.id, Action(id="j", title="Together", department=JOINT))
    repo.save_action(session.id, Action(id="s", title="Ours", department="sales"))
    repo.save_action(session.id, Action(id="l", title="Board", department="leadership"))

    def titles(department):
        return sorted(t.title for t in repo.tracked_actions(TrackerFilter(department=department)))

    assert titles("sales") == ["Ours", "Together"]
    assert titles("marketing") == ["Together"]
    assert titles("leadership") == ["Board"]
    assert titles(JOINT) == ["Together"]


@pytest.mark.parametrize(("language", "word"), [("en", "Joint"), ("pl", "Oba działy")])
def test_the_plan_grouped_by_department_has_a_joint_group(language, word):
    session = demo_session(language, TODAY)
    session.actions[0].department = JOINT
    text = markdown.render(session, "action-plan", "department", TODAY)
    assert f"### {word}" in text or f"## {word}" in text
