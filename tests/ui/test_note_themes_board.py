"""Merging room notes into a theme on the board: named, dots summed, undone, split again."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from workshop_app.demo import create_demo

HOSTILE = '<b>Leads</b> & "follow-up" 😀 Zażółć 销售线索'


def frictions_board(window, qtbot):
    demo = create_demo(window.store.repo, "en")
    window.open_session(demo.id)
    window.session_view.go("frictions")
    panel = window.session_view.current_frame().notes
    panel.toggle.setChecked(True)
    return demo, panel, panel.board


def pick(board, *ids: str) -> None:
    board.list.clearSelection()
    for row in range(board.list.count()):
        if board.list.item(row).data(0x0100) in ids:
            board.list.selectionModel().select(
                board.list.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
            )


def stored(window, demo):
    """The demo's notes, its own theme on the diagnosis left out: these tests work the friction map."""
    notes = window.store.load(demo.id).notes
    notes.themes = [t for t in notes.themes if t.stage == "frictions"]
    return notes


def test_two_notes_merge_into_a_named_theme_with_their_dots_summed(window, qtbot, answers):
    demo, panel, board = frictions_board(window, qtbot)
    pick(board, "demo-note-08", "demo-note-09")  # 4 and 2 dots
    assert board.merge.isEnabled()
    answers.text = HOSTILE
    board.merge.click()
    notes = stored(window, demo)
    (theme,) = notes.themes
    assert theme.name == HOSTILE and theme.stage == "frictions"
    assert {n.id for n in notes.items if n.theme == theme.id} == {"demo-note-08", "demo-note-09"}
    # The theme's line says its name as typed and the dots of its notes added up; the notes stay
    # below it with their own dots.
    assert board.selected_theme().id == theme.id
    # 6 dots in all: among the top three lines (8, 7, 6), so starred like a note would be.
    assert board.list.currentItem().text() == f"★ {HOSTILE}\nTheme of 2 note(s)  ·  6 dot(s) in all"
    texts = [board.list.item(r).text() for r in range(board.list.count())]
    assert len(texts) == 5 and sum("4 dot(s)" in t for t in texts) == 1
    # A dot more on a note inside the theme, and the sum follows.
    board.select("demo-note-09")
    board.votes.setValue(3)
    board.select(theme.id)
    assert "7 dot(s) in all" in board.list.currentItem().text()
    board.rank.setChecked(True)
    order = [board.list.item(r).data(0x0100) for r in range(board.list.count())]
    # 8 dots, then 7 and the theme's 7: a tie keeps the board's order, the theme's notes below it.
    assert order == ["demo-note-06", "demo-note-07", theme.id, "demo-note-08", "demo-note-09"]


def test_merging_is_one_undo_step_and_a_theme_splits_back(window, qtbot, answers):
    demo, panel, board = frictions_board(window, qtbot)
    pick(board, "demo-note-06", "demo-note-07")
    answers.text = "Pricing and credit"
    board.merge.click()
    window.history.end_turn()
    assert window.undo.undoText() == "Merge into Theme"
    window.undo.undo()
    assert stored(window, demo).themes == []
    assert all(n.theme == "" for n in stored(window, demo).items if n.stage == "frictions")
    assert board.list.count() == 4
    window.undo.redo()
    (theme,) = stored(window, demo).themes
    board.select(theme.id)
    assert board.unmerge.isVisible() and not board.merge.isEnabled()
    board.unmerge.click()
    notes = stored(window, demo)
    assert notes.themes == [] and all(n.theme == "" for n in notes.items if n.stage == "frictions")
    assert [n.votes for n in notes.items if n.stage == "frictions"] == [8, 7, 4, 2]
    window.history.end_turn()
    assert window.undo.undoText() == "Split Theme"


def test_a_nameless_theme_or_a_lone_note_changes_nothing(window, qtbot, answers):
    demo, panel, board = frictions_board(window, qtbot)
    pick(board, "demo-note-06")
    assert not board.merge.isEnabled()
    pick(board, "demo-note-06", "demo-note-07")
    answers.text = "   "
    board.merge.click()
    assert answers.errors and "needs a name" in answers.errors[-1][1]
    assert stored(window, demo).themes == []
    answers.text = None  # cancelled
    board.merge.click()
    assert stored(window, demo).themes == [] and board.list.count() == 4


def test_renaming_a_theme_on_the_board_is_saved(window, qtbot, answers):
    demo, panel, board = frictions_board(window, qtbot)
    pick(board, "demo-note-06", "demo-note-07")
    answers.text = "Credit"
    board.merge.click()
    board.text.setText("Credit for revenue 销售")
    board.text.textEdited.emit("Credit for revenue 销售")
    board.text.editingFinished.emit()
    assert stored(window, demo).themes[0].name == "Credit for revenue 销售"
    assert board.list.currentItem().text().startswith("★ Credit for revenue 销售\n")


def test_the_demo_board_shows_its_theme_on_the_diagnosis(window, qtbot):
    demo = create_demo(window.store.repo, "en")
    window.open_session(demo.id)
    window.session_view.go("diagnosis")
    board = window.session_view.current_frame().notes.board
    (theme,) = demo.notes.themes
    lines = [board.list.item(r).text() for r in range(board.list.count())]
    assert lines[0] == f"★ {theme.name}\nTheme of 2 note(s)  ·  8 dot(s) in all"
    assert lines[1].startswith("      Marketing scored")
