"""The "Captured in the room" panel under every stage page: its notes, saved as they change.

StageFrame puts one under each page, so every stage gets capture, editing, dot votes and
note-to-action without the pages knowing about notes. Writes go through the page's ``write``
so refusals are shown like any other; every write lands on the undo history.
"""

from __future__ import annotations

from contextlib import nullcontext
from copy import deepcopy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from ui import prompts
from ui.dialogs import quick_note
from ui.labels import stage_title
from ui.messages import say
from ui.pages.base import StagePage
from ui.style import SPACING
from ui.widgets.note_board import NoteBoard
from workshop_app import room_notes
from workshop_app.domain import Note
from workshop_app.errors import TruceError


class NotesPanel(QWidget):
    def __init__(self, page: StagePage):
        super().__init__(objectName=f"{page.stage}_notes")
        self.page = page
        self.stage = page.stage
        self._dirty = False
        self._opened_by_user = False

        self.toggle = QToolButton(objectName=f"{page.stage}_notesToggle", checkable=True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._expand)
        self.toggle.clicked.connect(lambda: setattr(self, "_opened_by_user", True))
        self.add = QPushButton(self.tr("Capture Note…"), objectName=f"{page.stage}_addNote")
        self.add.setToolTip(self.tr("Capture a note for this stage (Ctrl+Shift+N)"))
        self.add.clicked.connect(self.capture)
        self._board: NoteBoard | None = None  # built when first needed (see ``board``)
        self._notes: list[Note] = []  # this stage's, as last loaded
        self.typing = page.debounced(self._save)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        phones = QPushButton(self.tr("From Phones…"), objectName=f"{page.stage}_notesFromPhones")
        phones.setToolTip(self.tr("Notes and dot votes for this board from participants' phones"))
        phones.clicked.connect(lambda: page.phonesRequested.emit("notes", self.stage))
        header.addWidget(phones)
        header.addWidget(self.add)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, SPACING, 0, 0)
        self._layout.addLayout(header)
        page.store.sessionChanged.connect(self._session_written)

    @property
    def board(self) -> NoteBoard:
        """The board, built on first use: a stage without notes shows only the folded header,
        and nine boards nobody unfolded cost ~2 ms each when a page was first shown."""
        if self._board is None:
            board = self._board = NoteBoard()
            board.setVisible(False)
            board.edited.connect(self._edited)
            board.deleteRequested.connect(self._delete)
            board.actionRequested.connect(self._to_action)
            board.mergeRequested.connect(self._merge)
            board.unmergeRequested.connect(self._unmerge)
            self._layout.addWidget(board)
            self._fill(board)
        return self._board

    # ------------------------------------------------------------ showing

    def load(self) -> None:
        """Show the session's notes for this stage; open when there are any, unless closed by hand."""
        self.refresh()
        if not self._opened_by_user:
            self.toggle.setChecked(bool(self._notes))

    def refresh(self) -> None:
        session = self.page.session
        if session is None:
            return
        self._dirty = False
        notes = room_notes.for_stage(session.notes.items, self.stage)
        self.toggle.setText(
            self.tr("Captured in the room (%1)").replace("%1", str(len(notes)))
            if notes
            else self.tr("Captured in the room")
        )
        self._notes = notes
        if self._board is not None:
            self._fill(self._board)
        elif notes:
            self.board.setVisible(self.toggle.isChecked())  # built, and filled, for its notes

    def _fill(self, board: NoteBoard) -> None:
        session = self.page.session
        if session is None:
            return
        notes = self._notes
        in_plan = {n.id for n in notes if room_notes.action_of(session, n) is not None}
        board.set_notes(notes, in_plan, session.notes.themes)

    def _expand(self, on: bool) -> None:
        self.board.setVisible(on)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _session_written(self, session_id: str) -> None:
        # A note captured from the window, or an action removed from the plan, changes the board.
        session = self.page.session
        if session is None or session.id != session_id or self.typing.pending:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def open_board(self) -> None:
        """Unfold the board and put the keyboard on it (Ctrl+Shift+E)."""
        self._opened_by_user = True
        self.toggle.setChecked(True)
        target = self.board.list if self.board.notes else self.add
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------ writing

    def _save(self) -> bool:
        session = self.page.session
        if session is None:
            return False
        return self.page.write(
            self.tr("Captured notes"),
            lambda: self.page.store.save_section(session.id, "notes", session.notes),
        )

    def _edited(self, typing: bool) -> None:
        if typing:
            self.typing.poke()
        else:
            self.typing.flush()
            self._save()

    def capture(self) -> None:
        session = self.page.session
        if session is None:
            return
        if self.page.read_only:
            # Said before anything is typed: a note taken here could not be kept.
            prompts.info(
                self,
                self.tr("Capture note"),
                self.tr(
                    "This session is open for review, so no note can be added to it. "
                    "Press Edit (Ctrl+Shift+R) first to capture notes."
                ),
            )
            return
        self.page.flush()
        entered = quick_note.ask(self.window(), stage_title(self.stage))
        if entered is None:
            return
        try:
            note = room_notes.capture(self.stage, entered.text, entered.kind, entered.side)
        except TruceError as exc:
            prompts.error(self, self.tr("Capture note"), say(exc))
            return
        session.notes.items.append(note)
        with self._label(self.tr("Capture Note")):
            saved = self._save()
        if saved:
            self._opened_by_user = True
            self.toggle.setChecked(True)
            self.refresh()
            self.board.select(note.id)

    def _delete(self, note_id: str) -> None:
        session = self.page.session
        if session is None:
            return
        self.typing.flush()
        session.notes.items = [n for n in session.notes.items if n.id != note_id]
        room_notes.forget_empty_themes(session.notes)
        with self._label(self.tr("Remove Note")):
            self._save()
        self.refresh()
        self.board.list.setFocus()

    def _merge(self, ids: list[str]) -> None:
        session = self.page.session
        if session is None:
            return
        self.typing.flush()
        name = prompts.text(
            self,
            self.tr("Merge into Theme"),
            self.tr("What do these notes have in common? Name the theme:"),
        )
        if name is None:
            return
        before = deepcopy(session.notes)
        try:
            theme = room_notes.merge(session.notes, self.stage, ids, name)
        except TruceError as exc:
            session.notes = before
            prompts.error(self, self.tr("Merge into Theme"), str(exc))
            return
        with self._label(self.tr("Merge into Theme")):
            saved = self._save()
        if not saved:
            session.notes = before
        self.refresh()
        self.board.select(theme.id if saved else "")

    def _unmerge(self, theme_id: str) -> None:
        session = self.page.session
        if session is None:
            return
        self.typing.flush()
        before = deepcopy(session.notes)
        freed = room_notes.unmerge(session.notes, theme_id)
        with self._label(self.tr("Split Theme")):
            if not self._save():
                session.notes = before
        self.refresh()
        if freed:
            self.board.select(freed[0].id)

    def _to_action(self, note_id: str) -> None:
        session = self.page.session
        note = next((n for n in (session.notes.items if session else []) if n.id == note_id), None)
        if session is None or note is None:
            return
        self.typing.flush()
        if room_notes.action_of(session, note) is None:
            note.action_id = ""  # its action was removed from the plan: it can become one again
        action = room_notes.to_action(note)
        store = self.page.store

        def work() -> None:
            with store.intent():  # the action and its note's link: both, or neither
                store.save_action(session.id, action)
                store.save_section(session.id, "notes", session.notes)

        with self._label(self.tr("Turn Note into Action")):
            if self.page.write(self.tr("Make action"), work):
                session.actions.append(action)
        self.refresh()

    def _label(self, text: str):
        history = self.page.store.history
        return history.labelled(text) if history is not None else nullcontext()
