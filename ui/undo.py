"""Undo and redo for every edit, recorded where all edits pass: the SessionStore.

Each store write (a section, the participants, the session details, the action plan) becomes a
command holding the stored value before and after. Undo writes the "before" value back through the
store, so it is saved like any other edit, and the window reopens the affected page.

Granularity: typing is already saved once per pause, so one pause is one step. Writes made in the
same turn of the event loop (one click that saves the action plan and a section) merge into one
step, so a single gesture is undone with a single Ctrl+Z.

Undo only undoes itself. Each step remembers what its write left; before a step is replayed the
store checks, in the same transaction that writes it back, that the part is still exactly that
(a digest of it). A part changed since by a write that is not on the stack (a tracker update, a
follow-up decision, another window) makes the step refuse, with a word in the status bar: the
step stays where it is, a barrier, and the other write is kept. A replay of several parts (a
gesture that wrote two) is one transaction: all of it or none.

Text fields: while a text field that still has typing of its own to undo has the focus, Ctrl+Z
undoes inside that field, as every desktop app does (the next save records the result). Once the
field has nothing left to undo, Ctrl+Z goes on to the session's history. The Edit menu always
acts on the session's history.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from ui.labels import stage_title
from ui.messages import say
from workshop_app.errors import TruceError
from workshop_app.stages import section_stages

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

# The page that shows each kind of stored value, to name the step ("Edit Friction map").
SECTION_STAGES = section_stages()

# What Ctrl+Z can take back. Not the agenda: the workshop clock writes the times the room really
# reached each stage (facts, not edits), and the agenda dialog has its own Cancel.
UNDOABLE = {*SECTION_STAGES, "notes"}


translate = QCoreApplication.translate

# The widgets that keep a history of their own typing (a spin box's is in its line edit).
TEXT_FIELDS = ("QLineEdit", "QAbstractSpinBox", "QTextEdit", "QPlainTextEdit")


@dataclass
class Change:
    """One stored value before and after a write. ``kind`` is a section name, "participants",
    "info" (``before``/``after`` are dicts of the changed fields) or "actions" (the whole plan)."""

    kind: str
    before: Any
    after: Any


class SessionEdit(QUndoCommand):
    MERGE_ID = 8108

    def __init__(
        self, history: EditHistory, session_id: str, change: Change, stage: str, turn: int
    ):
        super().__init__(history.label(change))
        self.history = history
        self.session_id = session_id
        self.changes = [change]
        self.stage = stage
        self.turn = turn
        self._done = True  # pushed after the write already happened
        self._hold = False  # a replay was refused: the stack's move back is not a replay

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SessionEdit):
            return False
        if other.turn != self.turn or other.session_id != self.session_id:
            return False
        self.changes.extend(other.changes)
        return True

    def redo(self) -> None:
        if self._done or self._hold:
            self._done = self._hold = False
            return
        self.history.replay(self, [(c.kind, c.before, c.after) for c in self.changes], "redo")

    def undo(self) -> None:
        if self._hold:
            self._hold = False
            return
        self.history.replay(
            self, [(c.kind, c.after, c.before) for c in reversed(self.changes)], "undo"
        )


class EditHistory(QObject):
    """Records the store's writes on the window's undo stack and replays them."""

    # (session id, stage): an undo or redo rewrote this session; show this stage.
    replayed = Signal(str, str)
    # An undo or redo was refused (the part changed since, or the disk refused): why, in words.
    refused = Signal(str)

    def __init__(
        self,
        store: Any,
        stack: QUndoStack,
        where: Callable[[str], str | None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.where = where
        self.session_id = ""
        self._replaying = False
        self._turn = 0
        self._turn_open = False
        self._label = ""
        self._refusal: tuple[SessionEdit, str] | None = None
        # Ctrl+Z in a field with nothing to undo reaches this history (attach_history sets it).
        self.text_filter: QObject | None = None
        store.history = self

    # ------------------------------------------------------------ recording

    @property
    def recording(self) -> bool:
        return not self._replaying

    def record(self, session_id: str, kind: str, before: Any, after: Any) -> None:
        if self._replaying or kind not in UNDOABLE:
            return
        if session_id != self.session_id:
            self.scope(session_id)
        if not self._turn_open:
            self._turn_open = True
            QTimer.singleShot(0, self.end_turn)
        change = Change(kind, before, copy.deepcopy(after))
        stage = self.where(session_id) or ""  # "" for edits made outside the session's pages
        command = SessionEdit(self, session_id, change, stage, self._turn)
        if self._label:
            command.setText(self._label)
        self.stack.push(command)

    def end_turn(self) -> None:
        """Later writes start a new undo step."""
        if self._turn_open:
            self._turn_open = False
            self._turn += 1

    @contextmanager
    def labelled(self, text: str) -> Iterator[None]:
        """Name the step the writes inside make ("Turn Note into Action")."""
        self._label = text
        try:
            yield
        finally:
            self._label = ""

    def scope(self, session_id: str) -> None:
        """The history belongs to one session: opening another starts afresh."""
        if session_id != self.session_id:
            self.end_turn()
            self.stack.clear()
            self.session_id = session_id

    def label(self, change: Change) -> str:
        if change.kind == "notes":
            return translate("undo", "Edit Captured Notes")
        if change.kind == "participants":
            return translate("undo", "Edit Participants")
        if change.kind == "info":
            return translate("undo", "Edit Session Details")
        if change.kind == "actions":
            before = {a.id for a in change.before}
            after = {a.id for a in change.after}
            if after - before:
                return translate("undo", "Add Action")
            if before - after:
                return translate("undo", "Delete Action")
            if [a.id for a in change.before] != [a.id for a in change.after]:
                return translate("undo", "Reorder Actions")
            return translate("undo", "Edit Action Plan")
        return translate("undo", "Edit %1").replace("%1", stage_title(SECTION_STAGES[change.kind]))

    # ------------------------------------------------------------ replaying

    def replay(
        self, command: SessionEdit, steps: list[tuple[str, Any, Any]], direction: str
    ) -> None:
        """Write a step's values back: (kind, what the part must still be, what to write)."""
        from workshop_app.store.replay import PartChanged

        self._replaying = True
        try:
            self.store.put_parts(
                command.session_id,
                [(kind, copy.deepcopy(left), copy.deepcopy(value)) for kind, left, value in steps],
            )
        except PartChanged as exc:
            self._refusal = (command, direction)
            self.refused.emit(self._changed_words(command.text(), exc.kind, direction))
            return
        except TruceError as exc:  # the disk refused: the store has said so already
            self._refusal = (command, direction)
            self.refused.emit(say(exc))
            return
        finally:
            self._replaying = False
        self.replayed.emit(command.session_id, command.stage)

    def _changed_words(self, step: str, kind: str, direction: str) -> str:
        if kind == "actions":
            part = translate("undo", "the action plan")
        elif kind == "participants":
            part = translate("undo", "the list of participants")
        elif kind == "info":
            part = translate("undo", "the session details")
        elif kind == "notes":
            part = translate("undo", "the captured notes")
        else:
            part = translate("undo", "the %1 page").replace(
                "%1", stage_title(SECTION_STAGES.get(kind, kind))
            )
        text = (
            translate(
                "undo",
                "Cannot undo “%1”: %2 has changed since (a tracker update, a follow-up decision "
                "or another window). Undo stops here, so that change is kept.",
            )
            if direction == "undo"
            else translate(
                "undo",
                "Cannot redo “%1”: %2 has changed since. Redo stops here, so that change is kept.",
            )
        )
        return text.replace("%1", step).replace("%2", part)

    def step(self, direction: str) -> bool:
        """Undo or redo one step; False (the stack left where it was) if it was refused."""
        self._refusal = None
        if direction == "undo":
            self.stack.undo()
        else:
            self.stack.redo()
        if self._refusal is None:
            return True
        command, _ = self._refusal
        # The stack moved past the refused step: move it back without replaying anything.
        command._hold = True
        if direction == "undo":
            self.stack.redo()
        else:
            self.stack.undo()
        self._refusal = None
        return False

    # ------------------------------------------------------------ the Edit menu

    def build_actions(self, parent: QWidget, flush: Callable[[], None]) -> tuple[QAction, QAction]:
        """Undo and Redo menu items that save pending typing first and say what they will do."""
        undo = QAction(parent, objectName="actionUndo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = QAction(parent, objectName="actionRedo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        def run(step: Callable[[], None]) -> None:
            if self.session_id in self.store.under_review:
                # Replaying would write to a session opened read-only; the store refuses it.
                parent.statusBar().showMessage(
                    translate("undo", "Review mode: switch to Edit to undo or redo changes."), 5000
                )
                return
            flush()
            self.end_turn()
            step()

        undo.triggered.connect(lambda: run(lambda: self.step("undo")))
        redo.triggered.connect(lambda: run(lambda: self.step("redo")))

        def update() -> None:
            if not shiboken6.isValid(self.stack) or not shiboken6.isValid(undo):
                return  # the window is closing
            undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
            undo.setText(
                translate("undo", "&Undo %1").replace("%1", undo_text)
                if undo_text
                else translate("undo", "&Undo")
            )
            redo.setText(
                translate("undo", "&Redo %1").replace("%1", redo_text)
                if redo_text
                else translate("undo", "&Redo")
            )
            # Enabled even when empty: pending typing may be saved (and so undoable) on trigger.
            undo.setEnabled(True)
            redo.setEnabled(self.stack.canRedo())

        self.stack.indexChanged.connect(lambda _index: update())
        self.stack.cleanChanged.connect(lambda _clean: update())
        update()
        return undo, redo


class TextUndoFilter(QObject):
    """Lets Ctrl+Z reach the session's history when the focused field has nothing to undo.

    It watches the focused text field only (nothing else can take a Ctrl+Z for itself). Watching
    the whole application would hand every event of Qt's internal objects to Python, and even a
    focused button's events would have PySide build Qt's event classes before the first paint."""

    def __init__(self, app: QApplication, parent: QObject | None = None):
        super().__init__(parent)
        app.focusChanged.connect(self._follow)

    def _follow(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        # By class name: isinstance would have PySide build the four classes.
        if new is not None and any(new.inherits(name) for name in TEXT_FIELDS):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Here, not at the top: the first paint needs no event class (see the class's note).
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            wanted = "undo"
        elif event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
            event.keyCombination()
        ) == QKeySequence("Ctrl+Y"):
            wanted = "redo"
        else:
            return False
        available = _field_can(watched, wanted)
        # None: not a text field; True: the field undoes its own typing.
        return available is False


def _field_can(widget: QObject, wanted: str) -> bool | None:
    # Here, not at the top: PySide builds these classes and their enums when they are imported.
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit) or widget
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isUndoAvailable() if wanted == "undo" else widget.isRedoAvailable()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isUndoAvailable() if wanted == "undo" else document.isRedoAvailable()
    return None


def attach_history(window: Any) -> EditHistory:
    """Give the main window's undo stack the store's edits, and show what an undo changed."""

    def where(session_id: str) -> str | None:
        if window.in_session() and window.session_view.session.id == session_id:
            return window.session_view.current_stage()
        return None

    def show(session_id: str, stage: str) -> None:
        view = window.session_view
        if where(session_id) is not None:
            view.open(window.store.load(session_id), stage or view.current_stage())
        elif stage:
            window.open_session(session_id)
            view.go(stage)

    history = EditHistory(window.store, window.undo, where, window)
    history.replayed.connect(show)
    history.refused.connect(lambda text: window.statusBar().showMessage(text, 15000))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        history.text_filter = TextUndoFilter(app, window)  # the window keeps it (its parent)
    return history
