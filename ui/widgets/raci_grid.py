"""A RACI grid the room fills with the keyboard (R, A, C, I; Delete clears) or the mouse
(double-click cycles the letters, right-click picks one)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from workshop_app.role_split import LETTERS

CYCLE = ("", *LETTERS)


class RaciGrid(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(90)
        # Rows share the height, so the grid fills the page (and the projector) however long
        # the funnel is.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(28)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(self._cycle)

    def _set(self, value: str, indexes: list[QModelIndex] | None = None) -> None:
        model = self.model()
        for index in indexes if indexes is not None else self.selectedIndexes():
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if plain and text in LETTERS:
            self._set(text)
            self._advance()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._set("")
            return
        super().keyPressEvent(event)

    def _advance(self) -> None:
        """After a letter, move one party to the right, so a row is typed in one go."""
        current = self.currentIndex()
        if len(self.selectedIndexes()) == 1 and current.column() + 1 < self.model().columnCount():
            self.setCurrentIndex(current.siblingAtColumn(current.column() + 1))

    def _cycle(self, index: QModelIndex) -> None:
        value = index.data() or ""
        following = CYCLE[(CYCLE.index(value) + 1) % len(CYCLE)] if value in CYCLE else ""
        self._set(following, [index])

    def _menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.setCurrentIndex(index)
        menu = QMenu(self)
        names = getattr(self.model(), "_names", {})
        for letter in LETTERS:
            action = menu.addAction(f"{letter} – {names.get(letter, letter)}")
            action.triggered.connect(lambda _=False, v=letter: self._set(v))
        menu.addSeparator()
        menu.addAction(self.tr("Clear")).triggered.connect(lambda: self._set(""))
        menu.exec(self.viewport().mapToGlobal(position))
