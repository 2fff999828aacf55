"""A board of the notes captured during one stage: sticky notes with their dot votes, and
themes the room merged some of them into (a theme's dots are its notes' dots summed).

Keyboard on the list: + and − add or take a dot, digits type the number of dots, Delete removes
the note, Enter edits its text (or a theme's name). Shift- or Ctrl-click picks several lines to
merge. With ``read_only`` it only shows the notes. The board changes the notes it was given and
says so; whoever owns them saves, and asks for a theme's name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.labels import department_name
from ui.style import NOTE_COLOURS, NOTE_TEXT, SPACING, THEME_COLOUR
from workshop_app import room_notes
from workshop_app.domain import Note, NoteKind, Notes, NoteSide, NoteTheme
from workshop_app.domain.limits import LINE, TEXT
from workshop_app.errors import TruceError

# Digits typed closer together than this make one number ("1", "2" → 12 dots).
DIGIT_PAUSE_MS = 900
ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_LIST_MAX_HEIGHT = 360


translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {
        NoteKind.IDEA: translate("NoteBoard", "Idea"),
        NoteKind.CONCERN: translate("NoteBoard", "Concern"),
        NoteKind.INSIGHT: translate("NoteBoard", "Insight"),
    }[NoteKind(kind)]


def side_name(side: str) -> str:
    return translate("NoteBoard", "Both sides") if side == NoteSide.BOTH else department_name(side)


class NoteList(QListWidget):
    """The notes themselves; turns the board's keys into requests."""

    votesTyped = Signal(int)  # change by this many dots
    votesSet = Signal(int)
    deletePressed = Signal()
    editPressed = Signal()

    def __init__(self, read_only: bool):
        super().__init__(objectName="noteList")
        self.read_only = read_only
        self._digits = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.read_only or self.currentItem() is None:
            super().keyPressEvent(event)
            return
        text = event.text()
        if text in ("+", "="):
            self.votesTyped.emit(1)
        elif text in ("-", "−"):
            self.votesTyped.emit(-1)
        elif text.isdigit() and text.isascii():
            fresh = not self._since.isValid() or self._since.elapsed() > DIGIT_PAUSE_MS
            self._digits = (text if fresh else self._digits + text)[-3:]
            self._since.start()
            self.votesSet.emit(int(self._digits))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.deletePressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.editPressed.emit()
        else:
            super().keyPressEvent(event)


class NoteBoard(QWidget):
    # The selected note changed; True when it was typing (save after a pause).
    edited = Signal(bool)
    deleteRequested = Signal(str)
    actionRequested = Signal(str)
    mergeRequested = Signal(list)  # the ids of the chosen notes and themes
    unmergeRequested = Signal(str)  # a theme's id

    def __init__(self, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.read_only = read_only
        self.notes: list[Note] = []
        self.themes: list[NoteTheme] = []
        self.stage = ""
        self.in_plan: set[str] = set()  # notes whose action is still in the plan
        self._loading = False

        self.list = NoteList(read_only)
        self.list.setAccessibleName(self.tr("Captured notes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._show_merge)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As tall as its notes, up to a point: a page with two notes keeps its room.
        self.list.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.list.setMaximumHeight(NOTE_LIST_MAX_HEIGHT)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.rank = QCheckBox(self.tr("Rank by &dots"), objectName="rankNotes")
        self.rank.toggled.connect(lambda _on: self._fill())
        self.empty = QLabel(
            self.tr("No notes yet. Press Ctrl+Shift+N to capture what the room says."),
            wordWrap=True,
        )
        self.empty.setProperty("role", "hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.rank)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        self.editor = self._build_editor()
        layout.addWidget(self.editor)
        self.editor.setVisible(not read_only)
        self.list.votesTyped.connect(lambda delta: self._set_votes(self._votes() + delta))
        self.list.votesSet.connect(self._set_votes)
        self.list.deletePressed.connect(self._delete)
        self.list.editPressed.connect(self.text.setFocus)

    def _build_editor(self) -> QWidget:
        box = QWidget()
        self.text = QLineEdit(objectName="noteText")
        self.text.setPlaceholderText(self.tr("The note's text"))
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.textEdited.connect(self._text_typed)
        self.text.editingFinished.connect(lambda: self.edited.emit(False))
        self.kind = QComboBox(objectName="noteKind")
        self.kind.setAccessibleName(self.tr("Kind of note"))
        for kind in NoteKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.side = QComboBox(objectName="noteSide")
        self.side.setAccessibleName(self.tr("Whose point it is"))
        for side in (NoteSide.SALES, NoteSide.MARKETING, NoteSide.BOTH):
            self.side.addItem(side_name(side), side.value)
        self.votes = QSpinBox(objectName="noteVotes", maximum=room_notes.MAX_VOTES)
        self.votes.setAccessibleName(self.tr("Dots"))
        self.votes.valueChanged.connect(lambda n: self.votes.setSuffix(self.tr(" dot(s)", "", n)))
        self.votes.setSuffix(self.tr(" dot(s)", "", 0))
        self.kind.activated.connect(lambda _i: self._retag())
        self.side.activated.connect(lambda _i: self._retag())
        self.votes.valueChanged.connect(self._set_votes)
        self.to_action = QPushButton(self.tr("Make &Action"), objectName="noteToAction")
        self.to_action.setToolTip(self.tr("Add this note to the action plan"))
        self.to_action.clicked.connect(lambda: self._request(self.actionRequested))
        self.merge = QPushButton(self.tr("Merge into &Theme…"), objectName="noteMerge")
        self.merge.setToolTip(
            self.tr("Merge the selected notes into one theme; their dots are added up")
        )
        self.merge.clicked.connect(self._merge)
        self.unmerge = QPushButton(self.tr("&Split Theme"), objectName="noteUnmerge")
        self.unmerge.setToolTip(self.tr("Put this theme's notes back on the board on their own"))
        self.unmerge.clicked.connect(self._unmerge)
        self.delete = QPushButton(self.tr("&Remove"), objectName="noteDelete")
        self.delete.setToolTip(self.tr("Remove this note (Ctrl+Z brings it back)"))
        self.delete.clicked.connect(self._delete)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.side, self.votes):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.merge)
        row.addWidget(self.unmerge)
        row.addWidget(self.to_action)
        row.addWidget(self.delete)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addLayout(row)
        return box

    # ------------------------------------------------------------ showing

    def set_notes(
        self,
        notes: list[Note],
        in_plan: set[str] | None = None,
        themes: list[NoteTheme] | None = None,
    ) -> None:
        current = self._current_id()
        self.notes = notes
        self.themes = themes or []
        self.stage = notes[0].stage if notes else ""
        self.in_plan = in_plan or set()
        self._fill(current)

    def _current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def selected(self) -> Note | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((n for n in self.notes if n.id == item.data(ID_ROLE)), None)

    def selected_theme(self) -> NoteTheme | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((t for t in self.themes if t.id == item.data(ID_ROLE)), None)

    def chosen(self) -> list[str]:
        """The ids of every selected line, notes and themes, top to bottom."""
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [str(self.list.item(row).data(ID_ROLE)) for row in rows]

    def select(self, note_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == note_id:
                self.list.setCurrentRow(row)
                return

    def entries(self) -> list[room_notes.Entry]:
        board = room_notes.entries(Notes(self.notes, self.themes), self.stage)
        return room_notes.ranked_entries(board) if self.rank.isChecked() else board

    def _fill(self, keep: str = "") -> None:
        keep = keep or self._current_id()
        shown = self.entries()
        top = room_notes.top_entries(shown)
        self._loading = True
        self.list.clear()
        for entry in shown:
            if entry.theme is None:
                assert entry.note is not None
                self._add(entry.note.id, self._label(entry.note, entry.id in top), entry.note)
                continue
            self._add(entry.theme.id, self._theme_label(entry, entry.id in top), None)
            for note in entry.members:
                self._add(note.id, self._label(note, False, inside=True), note)
        self._loading = False
        self.empty.setVisible(not self.notes)
        self.list.setVisible(bool(self.notes))
        self.rank.setVisible(len(self.notes) > 1)
        if keep:
            self.select(keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _add(self, item_id: str, text: str, note: Note | None) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        item.setBackground(NOTE_COLOURS[note.kind] if note is not None else THEME_COLOUR)
        item.setForeground(NOTE_TEXT)
        if text.startswith("★") or note is None:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
        self.list.addItem(item)

    def _label(self, note: Note, top: bool, inside: bool = False) -> str:
        parts = [kind_name(note.kind), side_name(note.side)]
        if note.votes:
            parts.append(self.tr("%n dot(s)", "", note.votes))
        if note.id in self.in_plan:
            parts.append(self.tr("✓ in the action plan"))
        star = "★ " if top else ""
        indent = "      " if inside else ""
        return f"{indent}{star}{note.text}\n{indent}{'  ·  '.join(parts)}"

    def _theme_label(self, entry: room_notes.Entry, top: bool) -> str:
        assert entry.theme is not None
        parts = [
            self.tr("Theme of %n note(s)", "", len(entry.members)),
            self.tr("%n dot(s) in all", "", entry.votes),
        ]
        star = "★ " if top else ""
        return f"{star}{entry.theme.name}\n{'  ·  '.join(parts)}"

    def _relabel(self, note: Note) -> None:
        self._fill(note.id)

    def _show_merge(self) -> None:
        if self.read_only:
            return
        chosen = set(self.chosen())
        members = {n.id for n in self.notes if n.id in chosen or (n.theme and n.theme in chosen)}
        # Two lines at least: a theme alone is renamed where it stands, not merged again.
        self.merge.setEnabled(len(chosen) >= 2 and len(members) >= 2)

    def _show_selected(self) -> None:
        if self._loading or self.read_only:
            return
        note = self.selected()
        theme = self.selected_theme()
        self.editor.setEnabled(note is not None or theme is not None)
        self._loading = True
        self.text.setMaxLength(LINE if theme is not None else TEXT)
        self.text.setText(note.text if note else theme.name if theme else "")
        self.kind.setCurrentIndex(self.kind.findData(note.kind.value if note else "idea"))
        self.side.setCurrentIndex(self.side.findData(note.side.value if note else "both"))
        self.votes.setValue(note.votes if note else 0)
        for widget in (self.kind, self.side, self.votes, self.delete):
            widget.setEnabled(note is not None)
        self.to_action.setEnabled(note is not None and note.id not in self.in_plan)
        self.unmerge.setVisible(theme is not None)
        self._loading = False
        self._show_merge()

    # ------------------------------------------------------------ editing

    def _votes(self) -> int:
        note = self.selected()
        return note.votes if note else 0

    def _set_votes(self, votes: int) -> None:
        note = self.selected()
        if self._loading or note is None or self.read_only:
            return
        before = note.votes
        room_notes.set_votes(note, votes)
        if note.votes == before:
            return
        self._loading = True
        self.votes.setValue(note.votes)
        self._loading = False
        self._relabel(note)
        self.edited.emit(False)

    def _retag(self) -> None:
        note = self.selected()
        if self._loading or note is None:
            return
        note.kind = NoteKind(self.kind.currentData())
        note.side = NoteSide(self.side.currentData())
        self._relabel(note)
        self.edited.emit(False)

    def _text_typed(self, text: str) -> None:
        note, theme = self.selected(), self.selected_theme()
        if self._loading or (note is None and theme is None) or not text.strip():
            return  # an emptied note keeps its last text until something is typed
        item = self.list.currentItem()
        top = item.text().startswith("★")
        if theme is not None:
            try:
                room_notes.rename(theme, text)
            except TruceError:
                return  # a name the rules refuse is not taken; the last good one stays
            entry = next(e for e in self.entries() if e.id == theme.id)
            item.setText(self._theme_label(entry, top))
        elif note is not None:
            note.text = text.strip()
            item.setText(self._label(note, top, inside=bool(note.theme)))
        self.edited.emit(True)

    def _merge(self) -> None:
        if self.merge.isEnabled():
            self.mergeRequested.emit(self.chosen())

    def _unmerge(self) -> None:
        theme = self.selected_theme()
        if theme is not None:
            self.unmergeRequested.emit(theme.id)

    def _request(self, signal: Signal) -> None:
        note = self.selected()
        if note is not None:
            signal.emit(note.id)

    def _delete(self) -> None:
        self._request(self.deleteRequested)
