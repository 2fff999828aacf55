"""The library: every saved workshop session, searchable, with the trash one click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.messages import say
from ui.models.sessions import ListingSource, SessionTableModel
from ui.settings import Settings
from ui.store import SessionStore
from ui.style import MARGIN, SPACING, TITLE_POINT_DELTA, scaled_font
from ui.widgets.empty_library import empty_library
from workshop_app.domain.basics import LANGUAGES
from workshop_app.errors import TruceError
from workshop_app.store.faults import DatabaseError

SORT_ARROW = 16  # room for the header's sort indicator


class DeleteSession(QUndoCommand):
    """Deleting moves a session to the trash, so Undo can bring it back."""

    def __init__(self, store: SessionStore, session_id: str, title: str):
        super().__init__(
            QCoreApplication.translate("LibraryPage", "Delete “%1”").replace("%1", title)
        )
        self.store = store
        self.session_id = session_id

    def redo(self) -> None:
        self.store.delete(self.session_id)

    def undo(self) -> None:
        self.store.restore(self.session_id)


class LibraryPage(QWidget):
    openRequested = Signal(str)
    reviewRequested = Signal(str)  # open read-only
    followUpCreated = Signal(str)  # the id of a new follow-up session
    selectionChanged = Signal()

    def __init__(
        self,
        store: SessionStore,
        settings: Settings,
        undo: QUndoStack,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.undo = undo
        self.trash_mode = False

        self.heading = QLabel(self.tr("Workshop sessions"))
        self.heading.setFont(scaled_font(self.font(), TITLE_POINT_DELTA))
        self.search = QLineEdit(objectName="librarySearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Search title, organisation or facilitator  (Ctrl+F)")
        )
        self.search.textChanged.connect(self.refresh)
        self.trash_toggle = QPushButton(self.tr("Trash"), objectName="trashToggle", checkable=True)
        self.trash_toggle.toggled.connect(self._set_trash_mode)

        # The table and the empty state take turns in one place; each is made inside it.
        self.body = QStackedWidget(self)
        self.model = SessionTableModel(self)
        self.table = QTableView(self.body, objectName="sessionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths from typical values, not measured from the rows: measuring reads every row of
        # the model while the table is still hidden, all 10,000 of them in a large library.
        fm = self.table.fontMetrics()
        for column, sample in enumerate(SessionTableModel.WIDTH_SAMPLES):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(fm.horizontalAdvance(sample), fm.horizontalAdvance(title) + SORT_ARROW)
            header.resizeSection(column, width + 2 * MARGIN)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.sortByColumn(
            settings.get("library/sort_column"), Qt.SortOrder(settings.get("library/sort_order"))
        )
        header.sortIndicatorChanged.connect(self._remember_sort)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self.open_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        self.new_button = QPushButton(self.tr("New session…"), objectName="newSession")
        self.new_button.clicked.connect(self.new_session)
        self.open_button = QPushButton(self.tr("Open"), objectName="openSession")
        self.open_button.clicked.connect(self.open_selected)
        self.review_button = QPushButton(self.tr("Review"), objectName="reviewSession")
        self.review_button.setToolTip(self.tr("Open read-only, at the wrap-up (Ctrl+R)"))
        self.review_button.clicked.connect(self.review_selected)
        self.rename_button = QPushButton(self.tr("Rename…"), objectName="renameSession")
        self.rename_button.clicked.connect(self.rename_selected)
        self.duplicate_button = QPushButton(
            self.tr("Duplicate for follow-up…"), objectName="duplicateSession"
        )
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteSession")
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restoreSession")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete permanently…"), objectName="purgeSession")
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_trash_button = QPushButton(self.tr("Empty trash…"), objectName="emptyTrash")
        self.empty_trash_button.clicked.connect(self.empty_trash)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.trash_toggle)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.review_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
            self.empty_trash_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.empty_state, self.empty_title = empty_library(
            self.body, self.font(), self.new_session, self.create_demo
        )
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        store.libraryChanged.connect(self.refresh)
        # Edits inside a session (actions added, carried over by a follow-up review) change its
        # row's figures: read again when the library is next shown (catch_up), not on every
        # keystroke.
        self._written: set[str] = set()
        store.sessionChanged.connect(self._written.add)
        self.refresh()

    # ------------------------------------------------------------------ state

    def catch_up(self) -> None:
        """Read again if a session was edited since the library was last shown. The window calls
        this when it shows the library: a showEvent override would have PySide build Qt's event
        classes before the first paint."""
        if self._written:
            self.refresh()

    def refresh(self) -> None:
        self._written.clear()
        selected = self.selected_id()
        search, trash = self.search.text(), self.trash_mode
        self.model.set_source(
            ListingSource(
                ids=lambda column, descending: self.store.session_ids(
                    search, trash=trash, sort=column, descending=descending
                ),
                rows=self.store.summaries,
            )
        )
        rows = self.model.rowCount()
        searching = bool(self.search.text().strip())
        if rows or searching or self.trash_mode:
            self.body.setCurrentWidget(self.table)
        else:
            self.body.setCurrentWidget(self.empty_state)
        if selected and self.model.row_of(selected) >= 0:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def select(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.summary(rows[0].row()).id

    def _selected_title(self) -> str:
        session_id = self.selected_id()
        row = self.model.row_of(session_id) if session_id else -1
        return self.model.summary(row).title if row >= 0 else ""

    def _set_trash_mode(self, on: bool) -> None:
        self.trash_mode = on
        self.heading.setText(self.tr("Trash") if on else self.tr("Workshop sessions"))
        self.refresh()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (
            self.new_button,
            self.open_button,
            self.review_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
        ):
            button.setVisible(not self.trash_mode)
        for button in (self.restore_button, self.purge_button, self.empty_trash_button):
            button.setVisible(self.trash_mode)
        for button in (
            self.open_button,
            self.review_button,
            self.rename_button,
            self.duplicate_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ):
            button.setEnabled(has)
        self.empty_trash_button.setEnabled(self.model.rowCount() > 0)
        self.selectionChanged.emit()

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.settings.set("library/sort_column", column)
        self.settings.set("library/sort_order", order.value)

    def _guard(self, title: str, work) -> object:
        try:
            return work()
        except TruceError as exc:
            if not isinstance(exc, DatabaseError):  # a storage failure: the window told it
                prompts.error(self, title, say(exc))
            return None

    # ------------------------------------------------------------------ gestures

    def take_focus(self) -> None:
        """The keyboard starts on the list, or on "New session…" while there is nothing to list
        (the hidden list would hand it on to the next button, the trash's)."""
        if self.body.currentWidget() is self.table:
            self.table.setFocus()
        else:
            self.empty_state.findChild(QPushButton, "emptyNewSession").setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_session(self) -> None:
        details = prompts.new_session(self)
        if details is None:
            return
        session = self._guard(self.tr("New session"), lambda: self.store.create(**details))
        if session is not None:
            self.openRequested.emit(session.id)

    def create_demo(self) -> None:
        # The demo speaks the interface's language: a Polish facilitator gets the Warsaw team.
        chosen = self.settings.get("ui/language")
        from ui.dialogs.new_session import default_language

        language = chosen if chosen in LANGUAGES else default_language()
        session = self._guard(self.tr("Demo session"), lambda: self.store.create_demo(language))
        if session is not None:
            self.select(session.id)

    def open_selected(self) -> None:
        session_id = self.selected_id()
        if session_id and not self.trash_mode:
            self.openRequested.emit(session_id)

    def review_selected(self) -> None:
        session_id = self.selected_id()
        if session_id and not self.trash_mode:
            self.reviewRequested.emit(session_id)

    def rename_selected(self) -> None:
        session_id = self.selected_id()
        if not session_id:
            return
        title = prompts.text(
            self, self.tr("Rename session"), self.tr("New title:"), self._selected_title()
        )
        if title is not None and title.strip():
            self._guard(
                self.tr("Rename session"),
                lambda: self.store.update_info(session_id, title=title.strip()),
            )

    def duplicate_selected(self) -> None:
        session_id = self.selected_id()
        if not session_id:
            return
        title = prompts.text(
            self,
            self.tr("Duplicate for a follow-up workshop"),
            self.tr("Title of the follow-up session:"),
            self.tr("%1 – follow-up").replace("%1", self._selected_title()),
        )
        if title is None or not title.strip():
            return
        copy = self._guard(
            self.tr("Duplicate session"), lambda: self.store.duplicate(session_id, title.strip())
        )
        if copy is not None:
            self.select(copy.id)
            self.followUpCreated.emit(copy.id)

    def delete_selected(self) -> None:
        session_id = self.selected_id()
        if not session_id or self.trash_mode:
            return
        title = self._selected_title()
        if prompts.confirm(
            self,
            self.tr("Delete session"),
            self.tr(
                "Move “%1” to the trash? You can restore it from the trash, or undo with Ctrl+Z."
            ).replace("%1", title),
            self.tr("Move to trash"),
        ):
            self._guard(
                self.tr("Delete session"),
                lambda: self.undo.push(DeleteSession(self.store, session_id, title)),
            )

    def restore_selected(self) -> None:
        session_id = self.selected_id()
        if session_id:
            self._guard(self.tr("Restore session"), lambda: self.store.restore(session_id))

    def purge_selected(self) -> None:
        session_id = self.selected_id()
        if session_id and prompts.confirm(
            self,
            self.tr("Delete permanently"),
            self.tr("Delete “%1” for good? This cannot be undone.").replace(
                "%1", self._selected_title()
            ),
            self.tr("Delete permanently"),
        ):
            self.undo.clear()
            self._guard(self.tr("Delete permanently"), lambda: self.store.purge(session_id))

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if count and prompts.confirm(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Delete the %n session(s) in the trash for good? This cannot be undone.", "", count
            ),
            self.tr("Empty trash"),
        ):
            self.undo.clear()
            self._guard(self.tr("Empty trash"), self.store.empty_trash)
