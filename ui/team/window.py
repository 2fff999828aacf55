"""The team library's window: its sessions with who changed each and when, kept current while
other people write, beside the main window and this computer's library (which it never blocks).

Its Presence (ui/team/presence.py) asks what changed; the list is read again when something did. When the server cannot be reached the status bar says so, in words,
and the window keeps trying; the local library in the main window works on as before.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.messages import say
from ui.team.presence import LOST_STYLE, Presence
from workshop_app.store.faults import StorageUnavailable
from workshop_app.store.team.address import label
from workshop_app.store.team.repository import TeamRepository

POLL_MS = 2000
Index = QModelIndex | QPersistentModelIndex


class TeamRows(QAbstractTableModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.headings = [
            self.tr("Title"),
            self.tr("Organisation"),
            self.tr("Date"),
            self.tr("Actions"),
            self.tr("Version"),
            self.tr("Changed by"),
            self.tr("Changed"),
        ]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 6:
            changed = row["changed_at"]
            return changed.astimezone().strftime("%Y-%m-%d %H:%M") if changed else ""
        key = ("title", "organisation", "date", "actions", "version", "changed_by")[column]
        return str(row[key])


class TeamLibraryWindow(QMainWindow):
    takeOutRequested = Signal(str)  # a session's id in the team library

    def __init__(self, team: TeamRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.team = team
        self.connected = False
        self.setObjectName("teamLibraryWindow")
        self.setWindowTitle(self.tr("Team Library — Truce"))
        self.resize(1000, 600)
        self.model = TeamRows(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.take_out())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, organisation, facilitator…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.take_out_button = QPushButton(self.tr("&Take Out to This Computer"))
        self.take_out_button.setObjectName("takeOutButton")
        self.take_out_button.clicked.connect(self.take_out)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        self.where = QLabel(
            self.tr("Sessions in the team library %1").replace("%1", label(team.address))
        )
        self.where.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(refresh)
        top.addWidget(self.take_out_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.where)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(body)
        self.state = QLabel()
        self.state.setObjectName("teamConnectionState")
        self.statusBar().addPermanentWidget(self.state, 1)
        self.presence = Presence(team.address, self, POLL_MS)
        self.presence.stateChanged.connect(self._state)
        self.presence.changed.connect(self.reload)
        self._state(self.presence.connected is not False, self.presence.words)
        self.reload()
        self.presence.look()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def selected_id(self) -> str | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.rows[chosen[0].row()]["id"] if chosen else None

    def _selection_changed(self, *_args: object) -> None:
        self.take_out_button.setEnabled(self.connected and self.selected_id() is not None)

    def reload(self) -> None:
        keep = self.selected_id()
        try:
            rows = self.team.changes(self.search.text())
        except StorageUnavailable as exc:
            self.presence.lost(say(exc))
            return
        self.model.set_rows(rows)
        for number, row in enumerate(rows):
            if row["id"] == keep:
                self.table.selectRow(number)
        self._selection_changed()

    def _state(self, connected: bool, words: str) -> None:
        self.connected = connected
        self.state.setText(words)
        self.state.setToolTip(self.presence.detail)
        self.state.setStyleSheet("" if connected else LOST_STYLE)
        self._selection_changed()

    def take_out(self) -> None:
        session_id = self.selected_id()
        if session_id is not None and self.connected:
            self.takeOutRequested.emit(session_id)

    def closeEvent(self, event: Any) -> None:
        self.presence.stop()
        self.team.close()
        super().closeEvent(event)
