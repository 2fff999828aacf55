"""Room notes merged into themes: dots summed, notes kept inside, a theme taken apart again."""

from __future__ import annotations

import pytest

from workshop_app import room_notes
from workshop_app.documents import session_document
from workshop_app.domain import Note, Notes, NoteTheme, Session, SessionInfo
from workshop_app.errors import ValidationError

HOSTILE = '<b>Leads</b> & "follow-up" 😀 Zażółć 销售线索'


def board(*votes: int, stage: str = "frictions") -> Notes:
    return Notes([Note(f"n{i}", stage, f"Note {i}", votes=v) for i, v in enumerate(votes)])


def test_merged_notes_become_one_theme_with_their_dots_summed():
    notes = board(2, 5, 1, 0)
    theme = room_notes.merge(notes, "frictions", ["n0", "n2", "n3"], "  Lead   follow-up ")
    assert theme.name == "Lead follow-up"
    lines = room_notes.entries(notes, "frictions")
    # The theme stands where its first note was captured; the notes keep their own dots inside.
    assert [e.id for e in lines] == [theme.id, "n1"]
    assert [n.id for n in lines[0].members] == ["n0", "n2", "n3"]
    assert lines[0].votes == 3 and [n.votes for n in lines[0].members] == [2, 1, 0]
    assert [e.id for e in room_notes.ranked_entries(lines)] == ["n1", theme.id]
    notes.items[3].votes = 4  # a dot more on a note inside: the theme's sum follows
    assert [e.id for e in room_notes.ranked_entries(room_notes.entries(notes, "frictions"))] == [
        theme.id,
        "n1",
    ]


def test_a_theme_is_taken_apart_with_every_note_and_dot_back():
    notes = board(2, 5, 1)
    theme = room_notes.merge(notes, "frictions", ["n0", "n1"], "Pricing")
    freed = room_notes.unmerge(notes, theme.id)
    assert [n.id for n in freed] == ["n0", "n1"] and notes.themes == []
    assert [(e.id, e.votes) for e in room_notes.entries(notes, "frictions")] == [
        ("n0", 2),
        ("n1", 5),
        ("n2", 1),
    ]


def test_merging_a_theme_with_more_notes_makes_one_theme_of_all():
    notes = board(1, 1, 1, 1)
    first = room_notes.merge(notes, "frictions", ["n0", "n1"], "Leads")
    second = room_notes.merge(notes, "frictions", [first.id, "n3"], "Leads and data")
    assert [t.id for t in notes.themes] == [second.id]
    assert {n.id for n in notes.items if n.theme == second.id} == {"n0", "n1", "n3"}


@pytest.mark.parametrize(
    ("ids", "name", "message"),
    [
        (["n0", "n1"], "   ", "needs a name"),
        (["n0"], "Alone", "at least two notes"),
        (["n0", "elsewhere"], "Across stages", "at least two notes"),
        (["n0", "n1"], "x" * 501, "500"),
        (["n0", "n1"], "bell\x07", "control character"),
    ],
)
def test_a_bad_merge_is_refused_and_changes_nothing(ids, name, message):
    notes = board(1, 1)
    notes.items.append(Note("elsewhere", "goals", "Other stage"))
    with pytest.raises(ValidationError, match=message):
        room_notes.merge(notes, "frictions", ids, name)
    assert notes.themes == [] and all(n.theme == "" for n in notes.items)


def test_a_theme_name_keeps_markup_emoji_and_chinese_as_typed():
    notes = board(1, 1)
    theme = room_notes.merge(notes, "frictions", ["n0", "n1"], HOSTILE)
    assert theme.name == HOSTILE
    room_notes.rename(theme, "Nowa nazwa: ąę")
    assert theme.name == "Nowa nazwa: ąę"


def test_a_note_naming_a_missing_theme_stands_on_its_own_and_empty_themes_go():
    notes = board(3, 1)
    notes.items[0].theme = "gone"
    notes.themes.append(NoteTheme("empty", "frictions", "Nobody here"))
    assert [e.id for e in room_notes.entries(notes, "frictions")] == ["n0", "n1"]
    room_notes.forget_empty_themes(notes)
    assert notes.themes == []


def test_top_lines_count_a_theme_by_its_sum():
    notes = board(3, 3, 5, 4, 1)
    theme = room_notes.merge(notes, "frictions", ["n0", "n1"], "Six dots")
    top = room_notes.top_entries(room_notes.entries(notes, "frictions"))
    assert top == {theme.id, "n2", "n3"}


def test_themes_survive_the_session_document():
    session = Session(SessionInfo("s1", "Workshop"), notes=board(2, 2))
    theme = room_notes.merge(session.notes, "frictions", ["n0", "n1"], HOSTILE)
    again = session_document.loads(session_document.dumps(session))
    assert again.notes.themes == [theme]
    assert [n.theme for n in again.notes.items] == [theme.id, theme.id]
