"""Notes captured in the room: ranking by dots and turning a note into an action."""

from __future__ import annotations

import pytest

from workshop_app import room_notes
from workshop_app.action_plan import source_label
from workshop_app.content import load_content
from workshop_app.documents import session_document
from workshop_app.domain import Note, NoteKind, NoteSide, Session, SessionInfo
from workshop_app.errors import ValidationError


def _note(note_id: str, votes: int, stage: str = "frictions") -> Note:
    return Note(id=note_id, stage=stage, text=f"Note {note_id}", votes=votes)


def test_capture_strips_text_and_remembers_stage_kind_and_side():
    note = room_notes.capture("goals", "  One shared number on the wall  ", "concern", "sales")
    assert (note.stage, note.text, note.kind, note.side) == (
        "goals",
        "One shared number on the wall",
        NoteKind.CONCERN,
        NoteSide.SALES,
    )
    assert note.votes == 0 and note.action_id == ""


def test_an_empty_note_is_refused():
    with pytest.raises(ValidationError):
        room_notes.capture("goals", "   ")


def test_most_dots_first_and_ties_keep_capture_order():
    notes = [_note("a", 2), _note("b", 5), _note("c", 2), _note("d", 0)]
    assert [n.id for n in room_notes.ranked(notes)] == ["b", "a", "c", "d"]


def test_top_three_include_notes_tied_with_the_third():
    notes = [_note("a", 9), _note("b", 7), _note("c", 4), _note("d", 4), _note("e", 1)]
    assert room_notes.top_ids(notes) == {"a", "b", "c", "d"}


def test_notes_without_dots_are_never_top():
    assert room_notes.top_ids([_note("a", 0), _note("b", 0)]) == set()
    assert room_notes.top_ids([_note("a", 3), _note("b", 0)]) == {"a"}


def test_votes_stay_between_zero_and_the_maximum():
    note = _note("a", 0)
    room_notes.set_votes(note, -4)
    assert note.votes == 0
    room_notes.set_votes(note, 5000)
    assert note.votes == room_notes.MAX_VOTES


def test_only_the_stages_own_notes_are_shown():
    notes = [_note("a", 0, "goals"), _note("b", 0, "frictions"), _note("c", 0, "goals")]
    assert [n.id for n in room_notes.for_stage(notes, "goals")] == ["a", "c"]


@pytest.mark.parametrize(
    ("side", "department"),
    [(NoteSide.SALES, "sales"), (NoteSide.MARKETING, "marketing"), (NoteSide.BOTH, "")],
)
def test_a_note_becomes_an_action_of_its_sides_department(side, department):
    note = Note(id="n1", stage="frictions", text="Call hot leads the same day", side=side, votes=4)
    action = room_notes.to_action(note)
    assert action.title == "Call hot leads the same day"
    assert action.description == ""
    assert (action.source_kind, action.source_ref) == ("note", "n1")
    assert action.department == department
    assert action.votes == 4
    assert note.action_id == action.id


def test_a_long_note_gives_its_first_line_as_title_and_keeps_the_rest():
    note = Note(id="n1", stage="goals", text="Shared target\nRevenue first, then margin.")
    action = room_notes.to_action(note)
    assert action.title == "Shared target"
    assert action.description == "Shared target\nRevenue first, then margin."


def test_a_title_longer_than_a_line_is_shortened():
    assert len(room_notes.title_for("x" * 800)) == 500


def test_a_note_becomes_an_action_only_once():
    note = Note(id="n1", stage="goals", text="Shared target")
    room_notes.to_action(note)
    with pytest.raises(ValidationError):
        room_notes.to_action(note)


def test_an_action_from_a_note_says_where_it_came_from():
    session = Session(info=SessionInfo(id="s", title="T"))
    note = Note(id="n1", stage="goals", text="Shared target <b>& more</b>")
    session.notes.items.append(note)
    action = room_notes.to_action(note)
    session.actions.append(action)
    assert source_label(session, load_content("en"), action) == (
        "Note from the room: Shared target <b>& more</b>"
    )
    assert room_notes.action_of(session, note) is action


def test_a_document_without_notes_still_imports(tmp_path):
    session = Session(info=SessionInfo(id="s", title="T"))
    doc = session_document.to_document(session)
    del doc["notes"]
    assert session_document.from_document(doc).notes.items == []
