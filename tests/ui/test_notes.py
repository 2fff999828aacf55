"""Notes captured in the room: one shortcut to capture, a board to edit, vote and act on them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from ui.dialogs import quick_note
from ui.dialogs.quick_note import CapturedNote, QuickNoteDialog
from ui.widgets.note_board import NoteBoard
from workshop_app.demo import create_demo
from workshop_app.domain import Note, NoteKind, NoteSide


@pytest.fixture
def session(window, qtbot):
    demo = create_demo(window.store.repo, "en")
    window.open_session(demo.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return demo


def stored_notes(window, session, stage):
    return [n for n in window.store.load(session.id).notes.items if n.stage == stage]


def panel(window, stage):
    window.session_view.go(stage)
    return window.session_view.current_frame().notes


def test_ctrl_shift_n_captures_a_note_for_the_stage_on_screen(window, session, qtbot, monkeypatch):
    window.session_view.go("goals")
    asked = []

    def ask(parent, stage_label):
        asked.append(stage_label)
        return CapturedNote(
            "Marketing <b>owns</b> the pipeline & 漏斗 🎯", NoteKind.CONCERN, NoteSide.MARKETING
        )

    monkeypatch.setattr(quick_note, "ask", ask)
    qtbot.keyClick(
        window.session_view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: len(stored_notes(window, session, "goals")) == 3)
    assert asked == ["Shared goals"]
    note = stored_notes(window, session, "goals")[-1]
    assert (note.text, note.kind, note.side) == (
        "Marketing <b>owns</b> the pipeline & 漏斗 🎯",
        NoteKind.CONCERN,
        NoteSide.MARKETING,
    )
    board = window.session_view.current_frame().notes.board
    assert board.isVisible()
    assert board.selected().id == note.id
    assert board.list.currentItem().text().startswith("Marketing <b>owns</b>")
    assert window.undo.undoText() == "Capture Note"


def test_the_popup_picks_kind_and_side_with_one_key_and_saves_on_enter(qtbot):
    dialog = QuickNoteDialog("Friction map")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics reach only the active window
    qtbot.waitUntil(dialog.text.hasFocus)
    assert not dialog.save.isEnabled()
    qtbot.keyClicks(dialog.text, "Leads wait until Friday")
    concern = dialog.findChild(QRadioButton, "quickNote_concern")
    sales = dialog.findChild(QRadioButton, "quickNote_sales")
    qtbot.keyClick(dialog.text, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        concern.isChecked
    )  # a mnemonic "animates" the click, so it lands a moment later
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(sales.isChecked)
    assert dialog.text.hasFocus()  # typing can go on
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QuickNoteDialog.DialogCode.Accepted
    assert dialog.note() == CapturedNote(
        "Leads wait until Friday", NoteKind.CONCERN, NoteSide.SALES
    )


def test_escape_cancels_the_popup(qtbot):
    dialog = QuickNoteDialog("Setup")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setText("Never mind")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert dialog.result() == QuickNoteDialog.DialogCode.Rejected


def test_dots_are_typed_on_the_selected_note_and_rank_the_board(window, session, qtbot):
    notes = panel(window, "frictions")
    board = notes.board
    board.select("demo-note-09")  # 2 dots
    board.list.setFocus()
    qtbot.keyClicks(board.list, "++")
    assert (
        next(n for n in stored_notes(window, session, "frictions") if n.id == "demo-note-09").votes
        == 4
    )
    qtbot.keyClicks(board.list, "12")
    assert (
        next(n for n in stored_notes(window, session, "frictions") if n.id == "demo-note-09").votes
        == 12
    )
    assert board.votes.value() == 12
    board.rank.setFocus()
    qtbot.keyClick(board.rank, Qt.Key.Key_Space)
    assert board.list.item(0).data(Qt.ItemDataRole.UserRole) == "demo-note-09"
    assert board.list.item(0).font().bold()  # among the top three
    assert not board.list.item(3).font().bold()  # the fourth, with 4 dots
    board.list.setFocus()
    qtbot.keyClick(board.list, Qt.Key.Key_Minus)
    assert (
        next(n for n in stored_notes(window, session, "frictions") if n.id == "demo-note-09").votes
        == 11
    )


def test_text_kind_and_side_are_edited_and_saved(window, session, qtbot):
    board = panel(window, "role_swap").board
    board.select("demo-note-11")
    board.text.setText("Marketers have not visited a customer since the autumn fair")
    board.text.textEdited.emit(board.text.text())
    qtbot.waitUntil(lambda: not window.session_view.current_frame().notes.typing.pending)
    board.kind.setCurrentIndex(board.kind.findData("insight"))
    board.kind.activated.emit(board.kind.currentIndex())
    board.side.setCurrentIndex(board.side.findData("both"))
    board.side.activated.emit(board.side.currentIndex())
    note = next(n for n in stored_notes(window, session, "role_swap") if n.id == "demo-note-11")
    assert note.text == "Marketers have not visited a customer since the autumn fair"
    assert (note.kind, note.side) == (NoteKind.INSIGHT, NoteSide.BOTH)


def test_a_removed_note_comes_back_with_undo(window, session, qtbot):
    board = panel(window, "goals").board
    board.select("demo-note-12")
    board.list.setFocus()
    qtbot.keyClick(board.list, Qt.Key.Key_Delete)
    assert [n.id for n in stored_notes(window, session, "goals")] == ["demo-note-13"]
    window.history.end_turn()
    assert window.undo.undoText() == "Remove Note"
    window.findChild(type(window.find_action), "actionUndo").trigger()
    assert [n.id for n in stored_notes(window, session, "goals")] == [
        "demo-note-12",
        "demo-note-13",
    ]
    assert window.session_view.current_frame().notes.board.list.count() == 2


def test_a_note_becomes_an_action_in_one_step(window, session, qtbot):
    notes = panel(window, "role_split")
    board = notes.board
    board.select("demo-note-15")
    frame = window.session_view.current_frame()

    def scrolled_to_button() -> bool:  # as the facilitator scrolls down to the board
        frame.ensureWidgetVisible(board.to_action)
        return not board.to_action.visibleRegion().isEmpty()

    qtbot.waitUntil(scrolled_to_button)
    qtbot.mouseClick(board.to_action, Qt.MouseButton.LeftButton)
    stored = window.store.load(session.id)
    action = stored.actions[-1]
    assert (action.source_kind, action.source_ref) == ("note", "demo-note-15")
    assert action.title.startswith("Let product marketing join")
    assert action.department == "marketing" and action.votes == 3
    note = next(n for n in stored.notes.items if n.id == "demo-note-15")
    assert note.action_id == action.id
    assert "in the action plan" in board.list.currentItem().text()
    assert not board.to_action.isEnabled()
    # The plan page shows it, and says where it came from.
    window.session_view.go("actions")
    plan = window.session_view.page("actions")
    assert plan.model.rowCount() == len(session.actions) + 1
    # One gesture, one undo: the action and the mark on the note go together.
    window.history.end_turn()
    assert window.undo.undoText() == "Turn Note into Action"
    window.findChild(type(window.find_action), "actionUndo").trigger()
    stored = window.store.load(session.id)
    assert len(stored.actions) == len(session.actions)
    assert next(n for n in stored.notes.items if n.id == "demo-note-15").action_id == ""
    assert window.session_view.current_stage() == "role_split"


def test_ctrl_shift_e_unfolds_the_stage_notes_and_focuses_them(window, session, qtbot):
    window.session_view.go("actions")
    notes = window.session_view.current_frame().notes
    notes.toggle.setChecked(False)
    qtbot.keyClick(
        window.session_view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert notes.board.isVisible()
    qtbot.waitUntil(notes.board.list.hasFocus)


def test_a_read_only_board_shows_notes_without_editing(qtbot):
    board = NoteBoard(read_only=True)
    qtbot.addWidget(board)
    notes = [Note(id="a", stage="goals", text="One number", votes=3)]
    board.set_notes(notes)
    board.show()
    assert not board.editor.isVisible()
    board.list.setCurrentRow(0)
    qtbot.keyClicks(board.list, "+5")
    assert notes[0].votes == 3
    assert board.list.item(0).text().startswith("★ One number")


def test_a_note_that_cannot_become_an_action_leaves_neither_half(
    window, session, qtbot, answers, monkeypatch
):
    import sqlite3

    notes = panel(window, "role_split")
    notes.board.select("demo-note-15")
    repo = window.store.repo

    def full(*args, **kwargs):  # the second write of the gesture finds the disk full
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repo, "save_section", full)
    count = window.undo.count()
    notes._to_action("demo-note-15")
    stored = window.store.load(session.id)
    assert len(stored.actions) == len(session.actions)  # the action was not kept alone
    assert next(n for n in stored.notes.items if n.id == "demo-note-15").action_id == ""
    assert "Not saved" in window.saved_label.text()
    window.history.end_turn()
    assert window.undo.count() == count  # and no undo step for writes that were undone


def test_each_capture_starts_as_an_idea_from_both_sides(qtbot):
    first = QuickNoteDialog("Friction map")
    qtbot.addWidget(first)
    first.findChild(QRadioButton, "quickNote_concern").setChecked(True)
    first.findChild(QRadioButton, "quickNote_sales").setChecked(True)
    first.text.setText("Leads wait until Friday")
    first.accept()
    second = QuickNoteDialog("Friction map")
    qtbot.addWidget(second)
    second.text.setText("Pricing sheet is outdated")
    assert (second.note().kind, second.note().side) == (NoteKind.IDEA, NoteSide.BOTH)


def test_capture_in_review_mode_is_refused_before_anything_is_typed(
    window, session, qtbot, monkeypatch, answers
):
    window.session_view.set_review(True)
    asked = []
    monkeypatch.setattr(quick_note, "ask", lambda *args: asked.append(args))
    before = len(window.store.load(session.id).notes.items)
    window.capture.capture()
    assert asked == []
    assert len(answers.infos) == 1 and "review" in answers.infos[0][1]
    assert len(window.store.load(session.id).notes.items) == before
