"""The session document: lossless round trip, and every bad file refused with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.documents.export import export
from workshop_app.errors import DocumentError


def exported(repo, session_id, tmp_path: Path, name: str = "s.json") -> dict:
    path = export(repo, session_id, tmp_path / name, fmt="json")
    return json.loads(path.read_text("utf-8"))


def test_export_import_export_is_lossless(repo, demo, tmp_path, db_path):
    first = exported(repo, demo.id, tmp_path)
    repo.purge(demo.id)
    library.import_file(repo, tmp_path / "s.json")
    second = exported(repo, demo.id, tmp_path, "again.json")
    assert second == first
    assert set(first) == {
        "format",
        "version",
        "session",
        "participants",
        "assessment",
        "frictions",
        "role_swap",
        "goals",
        "role_map",
        "checklist",
        "agenda",
        "actions",
        "since_previous",
        "history",
        "notes",
    }


def test_hostile_text_survives_the_round_trip_literally(repo, demo, tmp_path):
    hostile = '<b>bold</b> & <img src="/etc/passwd"/> "quotes" 😀 Zażółć gęślą jaźń 销售与市场 שלום'
    repo.update_info(demo.id, notes=hostile, organisation="Łódź & Co <script>")
    doc = exported(repo, demo.id, tmp_path)
    assert doc["session"]["notes"] == hostile
    repo.purge(demo.id)
    session = library.import_file(repo, tmp_path / "s.json")
    assert session.info.notes == hostile
    assert repo.get(demo.id).info.organisation == "Łódź & Co <script>"


def test_importing_a_present_session_never_overwrites_silently(repo, demo, tmp_path):
    exported(repo, demo.id, tmp_path)
    with pytest.raises(DocumentError, match="already in the library"):
        library.import_file(repo, tmp_path / "s.json")
    copy = library.import_file(repo, tmp_path / "s.json", "copy")
    assert copy.id != demo.id and copy.info.title.endswith("(copy)")
    repo.update_info(demo.id, title="Changed here")
    library.import_file(repo, tmp_path / "s.json", "replace")
    assert repo.get(demo.id).info.title == demo.info.title
    assert len(repo.list_sessions()) == 2


def _mutate(doc: dict, change) -> dict:
    change(doc)
    return doc


BAD = {
    "not JSON": (b"{not json", "not valid JSON (line 1"),
    "not UTF-8": (b'{"format": "\xff"}', "not UTF-8"),
    "a list": (b"[]", "should be a JSON object"),
    "wrong format": (lambda d: d.update(format="other"), "not a Truce session document"),
    "newer version": (lambda d: d.update(version=2), "version 2"),
    "missing key": (lambda d: d.pop("actions"), "The document lacks the field “actions”"),
    "wrong type": (
        lambda d: d["session"].update(title=42),
        "session.title: must be a text of at most 500 characters (it is 42).",
    ),
    "bad date": (lambda d: d["session"].update(date="next Tuesday"), "session.date"),
    "unknown department": (
        lambda d: d["participants"][0].update(department="finance"),
        "participants[0].department",
    ),
    "control character": (
        lambda d: d["session"].update(notes="bell\x07"),
        "session.notes: contains a control character",
    ),
    "duplicate participant": (
        lambda d: d["participants"].append(dict(d["participants"][0])),
        "participants[10].id",
    ),
    "unexpected key": (
        lambda d: d["session"].update(path="/etc/passwd"),
        "session: has a field “path” that a session document does not have.",
    ),
    "too long": (lambda d: d["session"].update(notes="x" * 20001), "session.notes"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_a_bad_document_is_refused_and_nothing_is_written(repo, demo, tmp_path, case):
    change, message = BAD[case]
    good = exported(repo, demo.id, tmp_path)
    repo.purge(demo.id)
    data = change if isinstance(change, bytes) else json.dumps(_mutate(good, change)).encode()
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        library.import_file(repo, path)
    assert message in str(caught.value)
    assert len(str(caught.value)) < 400
    assert repo.list_sessions() == []


def test_deeply_nested_and_huge_files_are_refused(tmp_path, monkeypatch):
    with pytest.raises(DocumentError):
        session_document.loads("[" * 100_000 + "]" * 100_000)
    monkeypatch.setattr(session_document, "MAX_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(" " * 2000)
    with pytest.raises(DocumentError, match="larger than"):
        session_document.read(big)


def test_a_missing_file_gets_a_message_not_a_traceback(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        session_document.read(tmp_path / "nope.json")
