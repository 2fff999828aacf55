"""A board of the notes captured during one stage: sticky notes with their dot votes.

Keyboard on the list: + and − add or take a dot, digits type the number of dots, Delete removes
the note, Enter edits its text. With ``read_only`` (the projector) it only shows the notes.
The board changes the notes it was given and says so; whoever owns them saves.
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
from ui.style import NOTE_COLOURS, NOTE_TEXT, SPACING
from workshop_app import room_notes
from workshop_app.domain import Note, NoteKind, NoteSide

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

    def __init__(self, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.read_only = read_only
        self.notes: list[Note] = []
        self.in_plan: set[str] = set()  # notes whose action is still in the plan
        self._loading = False

        self.list = NoteList(read_only)
        self.list.setAccessibleName(self.tr("Captured notes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        self.delete = QPushButton(self.tr("&Remove"), objectName="noteDelete")
        self.delete.setToolTip(self.tr("Remove this note (Ctrl+Z brings it back)"))
        self.delete.clicked.connect(self._delete)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.side, self.votes):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.to_action)
        row.addWidget(self.delete)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addLayout(row)
        return box

    # ------------------------------------------------------------ showing

    def set_notes(self, notes: list[Note], in_plan: set[str] | None = None) -> None:
        selected = self.selected()
        self.notes = notes
        self.in_plan = in_plan or set()
        self._fill(selected.id if selected else "")

    def selected(self) -> Note | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((n for n in self.notes if n.id == item.data(ID_ROLE)), None)

    def select(self, note_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == note_id:
                self.list.setCurrentRow(row)
                return

    def _fill(self, keep: str = "") -> None:
        keep = keep or (self.selected().id if self.selected() else "")
        shown = room_notes.ranked(self.notes) if self.rank.isChecked() else list(self.notes)
        top = room_notes.top_ids(self.notes)
        self._loading = True
        self.list.clear()
        for note in shown:
            item = QListWidgetItem(self._label(note, note.id in top))
            item.setData(ID_ROLE, note.id)
            item.setBackground(NOTE_COLOURS[note.kind])
            item.setForeground(NOTE_TEXT)
            if note.id in top:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self._loading = False
        self.empty.setVisible(not self.notes)
        self.list.setVisible(bool(self.notes))
        self.rank.setVisible(len(self.notes) > 1)
        if keep:
            self.select(keep)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _label(self, note: Note, top: bool) -> str:
        parts = [kind_name(note.kind), side_name(note.side)]
        if note.votes:
            parts.append(self.tr("%n dot(s)", "", note.votes))
        if note.id in self.in_plan:
            parts.append(self.tr("✓ in the action plan"))
        star = "★ " if top else ""
        return f"{star}{note.text}\n{'  ·  '.join(parts)}"

    def _relabel(self, note: Note) -> None:
        top = room_notes.top_ids(self.notes)
        if self.rank.isChecked():
            self._fill(note.id)
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            other = next(n for n in self.notes if n.id == item.data(ID_ROLE))
            item.setText(self._label(other, other.id in top))
            item.setBackground(NOTE_COLOURS[other.kind])
            font = QFont(self.list.font())
            font.setBold(other.id in top)
            item.setFont(font)

    def _show_selected(self) -> None:
        if self._loading or self.read_only:
            return
        note = self.selected()
        self.editor.setEnabled(note is not None)
        self._loading = True
        self.text.setText(note.text if note else "")
        self.kind.setCurrentIndex(self.kind.findData(note.kind.value if note else "idea"))
        self.side.setCurrentIndex(self.side.findData(note.side.value if note else "both"))
        self.votes.setValue(note.votes if note else 0)
        self.to_action.setEnabled(note is not None and note.id not in self.in_plan)
        self._loading = False

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
        note = self.selected()
        if self._loading or note is None or not text.strip():
            return  # an emptied note keeps its last text until something is typed
        note.text = text.strip()
        item = self.list.currentItem()
        item.setText(self._label(note, note.id in room_notes.top_ids(self.notes)))
        self.edited.emit(True)

    def _request(self, signal: Signal) -> None:
        note = self.selected()
        if note is not None:
            signal.emit(note.id)

    def _delete(self) -> None:
        self._request(self.deleteRequested)
