"""What `import` is given as a file: only a regular file of sane size is read, and how it is read
stays cheap whatever the file holds."""

from __future__ import annotations

import json
import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from tests.documents.hostile_catalogue import BASE
from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.errors import DocumentError


def refused(path: Path) -> str:
    """The message reading ``path`` ends with; fails if reading does not end within 20 s."""
    outcome: list[BaseException | object] = []

    def attempt() -> None:
        try:
            outcome.append(session_document.read(path))
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(20)
    assert outcome, f"reading {path} did not end"
    assert isinstance(outcome[0], DocumentError), outcome[0]
    message = str(outcome[0])
    assert "\n" not in message
    return message


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "session.json"
    os.mkfifo(fifo)
    assert "device, pipe or socket" in refused(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path):
    assert "device, pipe or socket" in refused(Path("/dev/zero"))
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    assert "device, pipe or socket" in refused(link)


def test_a_folder_a_huge_file_and_invalid_utf8_are_refused(tmp_path):
    assert "is a folder" in refused(tmp_path)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(session_document.MAX_BYTES + 1)  # sparse: nothing is written
    assert "larger than 20 MB" in refused(huge)
    latin = tmp_path / "latin.json"
    latin.write_bytes(
        json.dumps(BASE, ensure_ascii=False).encode("utf-8").replace(b"Bright", b"Bright\xff")
    )
    assert "not UTF-8 text" in refused(latin)


def test_many_tiny_invalid_items_fail_at_the_first_in_bounded_memory(tmp_path):
    doc = dict(BASE, history=[{"id": "x", "at": 3}] * 30_000)
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(doc))
    assert path.stat().st_size > 600_000
    tracemalloc.start()
    try:
        message = refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message.startswith("history[0]: lacks the field “action_id”")
    # Collecting every error (each with its context) took gigabytes for 99,000 of them, and
    # grows with their number: 30,000 would still take several times this bound.
    assert peak < 120 * 1024 * 1024


def test_a_copy_of_a_title_at_the_limit_is_shortened_to_fit(repo, tmp_path):
    doc = json.loads(json.dumps(BASE))
    doc["session"]["title"] = "Workshop " + "é" * 491
    path = tmp_path / "long.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    first = library.import_file(repo, path)
    copy = library.import_file(repo, path, "copy")
    assert len(first.info.title) == 500
    assert len(copy.info.title) <= 500 and copy.info.title.endswith("… (copy)")
    again = library.import_file(repo, path, "copy")
    assert again.info.title == copy.info.title and again.id != copy.id
    exported = session_document.dumps(repo.get(copy.id))
    assert session_document.loads(exported).info.title == copy.info.title


def test_a_new_session_needs_a_title_that_shows(repo):
    from workshop_app.errors import ValidationError

    with pytest.raises(ValidationError, match="character that shows"):
        library.create_session(repo, "\u200b\u200d\u3164")
    assert repo.list_sessions() == []
