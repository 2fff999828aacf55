"""The revenue cascade and the joint meeting in the session document and the library: stored and
read back whole, old sessions without them still load, figures that cannot be are refused."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.documents.export import export
from workshop_app.domain import CascadeTarget, JointMeeting, RevenueCascade
from workshop_app.errors import DocumentError, ValidationError


def exported(repo, session_id, tmp_path: Path, name: str = "s.json") -> dict:
    path = export(repo, session_id, tmp_path / name, fmt="json")
    return json.loads(path.read_text("utf-8"))


def test_the_demo_cascade_and_meeting_survive_export_and_import(repo, demo, tmp_path):
    doc = exported(repo, demo.id, tmp_path)
    assert doc["goals"]["cascade"]["rates"]["sal"] == 50
    assert doc["goals"]["cascade"]["targets"][0] == {
        "department": "marketing",
        "stage": "mql",
        "figure": 800,
    }
    assert doc["goals"]["meeting"]["frequency"] == "monthly"
    repo.purge(demo.id)
    session = library.import_file(repo, tmp_path / "s.json")
    assert session.goals.cascade == demo.goals.cascade
    assert session.goals.meeting == demo.goals.meeting


def test_a_session_written_before_them_loads_without_them(repo, demo, tmp_path):
    doc = exported(repo, demo.id, tmp_path)
    del doc["goals"]["cascade"], doc["goals"]["meeting"]
    session = session_document.from_document(doc)
    assert session.goals.cascade is None and session.goals.meeting is None
    assert session.goals.shared == demo.goals.shared
    again = session_document.to_document(session)
    assert again["goals"]["cascade"] is None  # and null is a valid document
    session_document.validate(again)


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        (["cascade", "rates", "sal"], 100, "goals.cascade.rates.sal"),
        (["cascade", "rates", "mql"], 0, "goals.cascade.rates.mql"),
        (["cascade", "deal_size"], -48000, "goals.cascade.deal_size"),
        (["cascade", "currency"], "zł", "goals.cascade.currency"),
        (["cascade", "targets", 0, "figure"], 800.5, "goals.cascade.targets[0].figure"),
        (["meeting", "frequency"], "daily", "goals.meeting.frequency"),
        (["meeting", "minutes"], 0, "goals.meeting.minutes"),
    ],
)
def test_a_document_with_an_impossible_figure_is_refused(repo, demo, tmp_path, path, value, where):
    doc = exported(repo, demo.id, tmp_path)
    node = doc["goals"]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    repo.purge(demo.id)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(DocumentError) as caught:
        library.import_file(repo, bad)
    assert where in str(caught.value)
    assert repo.list_sessions() == []


@pytest.mark.parametrize(
    ("cascade", "meeting", "words"),
    [
        (RevenueCascade(rates={"sal": 100.0}), None, "above 0 % and below 100 %"),
        (RevenueCascade(rates={"sal": 0.0}), None, "above 0 % and below 100 %"),
        (RevenueCascade(currency="eur"), None, "three-letter ISO code"),
        (RevenueCascade(targets=[CascadeTarget("marketing", "mql", -1)]), None, "target"),
        (None, JointMeeting(minutes=601), "from 5 to 600 minutes"),
        (None, JointMeeting(purpose="a\x00b"), "control character"),
    ],
)
def test_the_library_refuses_them_in_words_and_keeps_what_it_had(
    repo, demo, cascade, meeting, words
):
    goals = replace(demo.goals, cascade=cascade or demo.goals.cascade, meeting=meeting)
    with pytest.raises(ValidationError, match=words):
        repo.save_section(demo.id, "goals", goals)
    stored = repo.get(demo.id).goals
    assert stored.cascade == demo.goals.cascade and stored.meeting == demo.goals.meeting
