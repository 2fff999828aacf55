"""Undo only undoes itself: a tracker update or a follow-up decision made after an edit is never
taken back by Ctrl+Z; the step refuses, and says so. A state machine interleaves edits, tracker
updates, follow-up decisions, undo and redo, and checks that no write the user did not undo is
lost."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ui.store import SessionStore
from ui.undo import EditHistory
from workshop_app import library
from workshop_app.domain import Action, ActionStatus, Decision
from workshop_app.follow_up import undecided
from workshop_app.store import Repository


def undo_action(window):
    return window.findChild(type(window.find_action), "actionUndo")


def settle(qtbot, window):
    turn = window.history._turn
    qtbot.waitUntil(lambda: window.history._turn > turn or not window.history._turn_open)


def plan(window, session_id):
    return {a.id: a for a in window.store.load(session_id).actions}


def test_undoing_a_rename_keeps_the_status_the_tracker_set_and_says_so(
    window, demo, qtbot, answers
):
    window.open_session(demo.id)
    target = next(a for a in demo.actions if a.status == ActionStatus.IN_PROGRESS)
    # The rename, on the action plan.
    window.store.save_action(demo.id, replace(target, title="Renamed in the room"))
    settle(qtbot, window)
    # Marked done in the tracker.
    window.follow_up.tracker_action.trigger()
    page = window.follow_up.tracker
    page.show_view("all")
    page.select(demo.id, target.id)
    answers.update_action = {"status": ActionStatus.DONE, "due": None, "comment": "Shipped"}
    qtbot.mouseClick(page.update_button, Qt.MouseButton.LeftButton)
    assert plan(window, demo.id)[target.id].status is ActionStatus.DONE
    # Ctrl+Z.
    window.open_session(demo.id)
    undo_action(window).trigger()
    stored = plan(window, demo.id)[target.id]
    assert stored.status is ActionStatus.DONE  # the tracker's update survives
    assert stored.title == "Renamed in the room"  # the undo was refused, as a whole
    message = window.statusBar().currentMessage()
    assert "Cannot undo" in message and "action plan" in message
    assert window.undo.canUndo()  # the step is still there: a barrier, not forgotten


def test_undoing_an_added_action_never_loses_a_carried_over_copy(window, demo, qtbot, answers):
    follow = window.store.duplicate(demo.id, "Summer follow-up")
    window.open_session(follow.id)
    window.store.save_action(follow.id, Action(id="new-1", title="Weekly pipeline call"))
    settle(qtbot, window)
    original = next(a for a in demo.actions if a.status == ActionStatus.PLANNED)
    outcome = window.store.decide_follow_up(
        follow.id, original.id, Decision.CARRIED, new_due="2026-09-01"
    )
    undo_action(window).trigger()
    after = window.store.load(follow.id)
    ids = [a.id for a in after.actions]
    assert outcome.copy.id in ids  # the carried copy is still in the plan ...
    assert [(i.action_id, i.decision) for i in after.since_previous.items] == [
        (original.id, Decision.CARRIED)
    ]  # ... and the review that says "carried" tells the truth
    previous = plan(window, demo.id)[original.id]
    assert previous.status is ActionStatus.CARRIED_OVER
    assert "Cannot undo" in window.statusBar().currentMessage()


def test_an_undo_of_an_untouched_part_still_works_after_a_tracker_update(window, demo, qtbot):
    window.open_session(demo.id)
    window.store.update_info(demo.id, location="Harbour Room")
    settle(qtbot, window)
    target = next(a for a in demo.actions if a.status == ActionStatus.PLANNED)
    window.store.update_action(demo.id, target.id, ActionStatus.IN_PROGRESS)
    undo_action(window).trigger()
    assert window.store.load(demo.id).info.location == demo.info.location
    assert plan(window, demo.id)[target.id].status is ActionStatus.IN_PROGRESS


# ------------------------------------------------------------------ the state machine

STATUSES = [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE]


def view(actions) -> tuple:
    return tuple((a.id, a.title, str(a.status)) for a in actions)


class UndoMachine(RuleBasedStateMachine):
    """A model of what the database must hold: every edit, tracker update and decision applied,
    undone steps taken back. Undo (and redo) must succeed exactly when the step's part is still
    what the step left, and change nothing otherwise."""

    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="truce-undo-"))
        self.repo = Repository.open(self.folder / "truce.db")
        earlier = library.create_session(self.repo, "Spring workshop")
        for n in range(4):
            self.repo.save_action(earlier.id, Action(id=f"old-{n}", title=f"Old {n}"))
        self.previous_id = earlier.id
        self.session_id = self.repo.duplicate(earlier.id, "Summer follow-up").id
        self.store = SessionStore(self.repo)
        self.stack = QUndoStack()
        self.history = EditHistory(self.store, self.stack, lambda _id: "actions")
        self.counter = 0
        # The model.
        self.actions: list[tuple] = []
        self.notes = ""
        self.previous = {f"old-{n}": "planned" for n in range(4)}
        self.reviewed: list[tuple[str, str]] = []
        self.done: list[tuple[str, object, object]] = []  # steps: (kind, before, after)
        self.undone: list[tuple[str, object, object]] = []

    def teardown(self) -> None:
        if hasattr(self, "repo"):
            self.stack.clear()
            self.repo.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------ model helpers

    def _part(self, kind: str):
        return tuple(self.actions) if kind == "actions" else self.notes

    def _set(self, kind: str, value) -> None:
        if kind == "actions":
            self.actions = list(value)
        else:
            self.notes = value

    def _edited(self, kind: str, before) -> None:
        self.history.end_turn()  # each rule is its own gesture
        self.done.append((kind, before, self._part(kind)))
        self.undone.clear()

    # ------------------------------------------------------------ edits (on the undo stack)

    @rule()
    def add_action(self) -> None:
        self.counter += 1
        before = self._part("actions")
        action = Action(id=f"new-{self.counter}", title=f"New {self.counter}")
        self.store.save_action(self.session_id, action)
        self.actions.append((action.id, action.title, "planned"))
        self._edited("actions", before)

    @precondition(lambda self: self.actions)
    @rule(data=st.data())
    def rename_action(self, data) -> None:
        index = data.draw(st.integers(0, len(self.actions) - 1))
        self.counter += 1
        before = self._part("actions")
        stored = {a.id: a for a in self.repo.get(self.session_id).actions}[self.actions[index][0]]
        title = f"Renamed {self.counter}"
        self.store.save_action(self.session_id, replace(stored, title=title))
        self.actions[index] = (stored.id, title, self.actions[index][2])
        self._edited("actions", before)

    @precondition(lambda self: self.actions)
    @rule(data=st.data())
    def remove_action(self, data) -> None:
        index = data.draw(st.integers(0, len(self.actions) - 1))
        before = self._part("actions")
        self.store.remove_action(self.session_id, self.actions[index][0])
        del self.actions[index]
        self._edited("actions", before)

    @rule()
    def edit_notes(self) -> None:
        self.counter += 1
        before = self._part("notes")
        self.store.update_info(self.session_id, notes=f"Notes {self.counter}")
        self.notes = f"Notes {self.counter}"
        self._edited("notes", before)

    # ------------------------------------------------------------ writes not on the stack

    @precondition(lambda self: self.actions)
    @rule(data=st.data())
    def tracker_update(self, data) -> None:
        index = data.draw(st.integers(0, len(self.actions) - 1))
        action_id, title, status = self.actions[index]
        new = data.draw(st.sampled_from([s for s in STATUSES if str(s) != status]))
        self.store.update_action(self.session_id, action_id, new, comment="from the tracker")
        self.actions[index] = (action_id, title, str(new))

    @precondition(
        lambda self: (
            any(v in ("planned", "in_progress") for k, v in self.previous.items())
            and len(self.reviewed) < 4
        )
    )
    @rule(data=st.data())
    def follow_up_decision(self, data) -> None:
        open_ids = [
            a.id for a in undecided(self.repo.get(self.previous_id), self.repo.get(self.session_id))
        ]
        if not open_ids:
            return
        action_id = data.draw(st.sampled_from(open_ids))
        decision = data.draw(st.sampled_from([Decision.DONE, Decision.CARRIED]))
        outcome = self.store.decide_follow_up(
            self.session_id, action_id, decision, new_due="2026-09-01"
        )
        self.previous[action_id] = str(outcome.original.status)
        self.reviewed.append((action_id, str(decision)))
        if outcome.copy is not None:
            self.actions.append((outcome.copy.id, outcome.copy.title, str(outcome.copy.status)))

    # ------------------------------------------------------------ undo and redo

    @rule()
    def undo(self) -> None:
        expected = None
        if self.done:
            kind, before, after = self.done[-1]
            expected = self._part(kind) == after
        result = self.history.step("undo") if self.stack.canUndo() else None
        if expected is None:
            assert result is None
            return
        assert result is expected
        if expected:
            kind, before, after = self.done.pop()
            self._set(kind, before)
            self.undone.append((kind, before, after))

    @rule()
    def redo(self) -> None:
        expected = None
        if self.undone:
            kind, before, after = self.undone[-1]
            expected = self._part(kind) == before
        result = self.history.step("redo") if self.stack.canRedo() else None
        if expected is None:
            assert result is None
            return
        assert result is expected
        if expected:
            kind, before, after = self.undone.pop()
            self._set(kind, after)
            self.done.append((kind, before, after))

    # ------------------------------------------------------------ nothing lost

    @invariant()
    def the_database_is_the_model(self) -> None:
        if not hasattr(self, "repo"):
            return
        current = self.repo.get(self.session_id)
        assert view(current.actions) == tuple(self.actions)
        assert current.info.notes == self.notes
        assert [(i.action_id, str(i.decision)) for i in current.since_previous.items] == (
            self.reviewed
        )
        earlier = {a.id: str(a.status) for a in self.repo.get(self.previous_id).actions}
        assert earlier == self.previous
        assert self.stack.count() == len(self.done) + len(self.undone)
        assert self.stack.index() == len(self.done)


def test_no_write_the_user_did_not_undo_is_ever_lost(qapp, truce_home):
    run_state_machine_as_test(
        UndoMachine,
        settings=settings(
            max_examples=40,
            stateful_step_count=14,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
