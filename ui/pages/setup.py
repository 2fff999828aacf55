"""Setup: the session's details and the people in the room."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import date_pattern
from ui.labels import department_name, language_name
from ui.models.participants import DEPARTMENT, NAME, ParticipantsModel
from ui.pages.base import StagePage
from ui.store import SessionStore
from ui.style import SPACING
from ui.widgets.date_edit import DateEdit
from ui.widgets.editors import ChoiceDelegate, commit_open_editor
from workshop_app.domain import Department, Participant, new_id
from workshop_app.domain.limits import LINE, TEXT

LINE_FIELDS = ("title", "organisation", "location", "facilitator")


def _qdate(value: str) -> QDate:
    parsed = QDate.fromString(value, "yyyy-MM-dd")
    return parsed if parsed.isValid() else QDate.currentDate()


class SetupPage(StagePage):
    stage = "setup"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False

        # --- details
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "title": self.tr("&Title:"),
            "organisation": self.tr("&Organisation:"),
            "location": self.tr("&Location:"),
            "facilitator": self.tr("&Facilitator:"),
        }
        for name in LINE_FIELDS:
            edit = QLineEdit(objectName=f"setup_{name}", maxLength=LINE)
            edit.textEdited.connect(self._details_typed)
            edit.editingFinished.connect(self._save_details_now)
            self.fields[name] = edit
        self.date = DateEdit(objectName="setup_date", calendarPopup=True)
        self.date.setDisplayFormat(date_pattern())
        self.date.dateChanged.connect(self._dates_changed)
        self.follow_up_enabled = QCheckBox(
            self.tr("Planned for"), objectName="setup_follow_up_enabled"
        )
        self.follow_up = DateEdit(objectName="setup_follow_up", calendarPopup=True)
        self.follow_up.setDisplayFormat(date_pattern())
        self.follow_up_enabled.toggled.connect(self._dates_changed)
        self.follow_up.dateChanged.connect(self._dates_changed)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_enabled)
        follow_row.addWidget(self.follow_up)
        follow_row.addStretch(1)
        self.language = QLabel(objectName="setup_language")
        self.language.setProperty("role", "hint")
        self.notes = QPlainTextEdit(objectName="setup_notes")
        self.notes.setPlaceholderText(
            self.tr("Context for the facilitator: why this workshop, what happened before…")
        )
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._notes_typed)
        self.notes_warning = QLabel(objectName="setup_notes_warning")
        self.notes_warning.setProperty("role", "warning")
        self.notes_warning.hide()

        form.addRow(labels["title"], self.fields["title"])
        form.addRow(labels["organisation"], self.fields["organisation"])
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(labels["location"], self.fields["location"])
        form.addRow(labels["facilitator"], self.fields["facilitator"])
        form.addRow(self.tr("Follow-up workshop:"), follow_row)
        form.addRow(self.tr("Workshop language:"), self.language)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self.notes_warning)
        details = QGroupBox(self.tr("Session details"))
        details.setLayout(form)
        self.save_details = self.debounced(self._save_details_now)

        # --- participants
        self.model = ParticipantsModel(self)
        self.model.edited.connect(self._save_participants)
        self.table = QTableView(objectName="participantsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            DEPARTMENT,
            ChoiceDelegate(lambda: [(d.value, department_name(d)) for d in Department], self.table),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(240)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)

        self.add_button = QPushButton(self.tr("Add participant"), objectName="addParticipant")
        self.add_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_button.setToolTip(self.tr("Add a named participant (Ctrl+Shift+A)"))
        self.add_button.clicked.connect(
            lambda: self.add_participant(Department.SALES, anonymous=False)
        )
        self.add_sales = QPushButton(self.tr("Add anonymous Sales"), objectName="addAnonymousSales")
        self.add_sales.clicked.connect(
            lambda: self.add_participant(Department.SALES, anonymous=True)
        )
        self.add_marketing = QPushButton(
            self.tr("Add anonymous Marketing"), objectName="addAnonymousMarketing"
        )
        self.add_marketing.clicked.connect(
            lambda: self.add_participant(Department.MARKETING, anonymous=True)
        )
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeParticipant")
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move up"), objectName="moveParticipantUp")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"), objectName="moveParticipantDown")
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.add_sales, self.add_marketing):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        # Move and Remove act on the selected participant: with nobody chosen they wait.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.counts = QLabel(objectName="participantCounts")
        self.counts.setProperty("role", "hint")
        hint = QLabel(
            self.tr(
                "Anonymous participants are recorded only by a label and their department, so their answers "
                "still count for their side."
            ),
            wordWrap=True,
        )
        hint.setProperty("role", "hint")

        people = QGroupBox(self.tr("Participants"))
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.counts)
        # The buttons sit above the table so they stay on screen at 1280×720 without scrolling.
        people_layout.addLayout(buttons)
        people_layout.addWidget(self.table, 1)
        people_layout.addWidget(hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(details)
        layout.addWidget(people, 1)

    # ------------------------------------------------------------------ model → widgets

    def entry_widget(self) -> QWidget | None:
        return self.fields["title"]

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        info = self.session.info
        for name, edit in self.fields.items():
            if edit.text() != getattr(info, name):
                edit.setText(getattr(info, name))
        self.date.setDate(_qdate(info.date))
        self.follow_up_enabled.setChecked(bool(info.follow_up_date))
        self.follow_up.setEnabled(bool(info.follow_up_date))
        self.follow_up.setDate(
            _qdate(info.follow_up_date) if info.follow_up_date else _qdate(info.date).addDays(90)
        )
        self.language.setText(
            self.tr("%1 (chosen when the session was created)").replace(
                "%1", language_name(info.language)
            )
        )
        if self.notes.toPlainText() != info.notes:
            self.notes.setPlainText(info.notes)
        self.model.set_participants(self.session.participants)
        self._update_counts()
        self._loading = False

    def _update_counts(self) -> None:
        counts = Counter(p.department for p in self.model.participants)
        parts = [f"{department_name(d)}: {counts[d]}" for d in Department if counts[d]]
        total = len(self.model.participants)
        self.counts.setText(
            self.tr("%n participant(s)", "", total)
            + ("  ·  " + "  ·  ".join(parts) if parts else "")
        )

    # ------------------------------------------------------------------ widgets → store

    def _details_typed(self) -> None:
        if not self._loading:
            self.save_details.poke()

    def _notes_typed(self) -> None:
        if self._loading:
            return
        too_long = len(self.notes.toPlainText()) > TEXT
        self.notes_warning.setVisible(too_long)
        if too_long:
            self.notes_warning.setText(
                self.tr(
                    "These notes are %1 characters long; the most a note can hold is %2. They are not saved "
                    "until you shorten them."
                )
                .replace("%1", f"{len(self.notes.toPlainText()):,}")
                .replace("%2", f"{TEXT:,}")
            )
            return
        self.save_details.poke()

    def _dates_changed(self) -> None:
        self.follow_up.setEnabled(self.follow_up_enabled.isChecked())
        if not self._loading:
            self._save_details_now()

    def _save_details_now(self) -> None:
        if self._loading or self.session is None:
            return
        changes = {name: edit.text().strip() for name, edit in self.fields.items()}
        if not changes["title"]:
            changes.pop("title")  # a session keeps its last title until a new one is typed
        if len(self.notes.toPlainText()) <= TEXT:
            changes["notes"] = self.notes.toPlainText()
        changes["date"] = self.date.date().toString("yyyy-MM-dd")
        changes["follow_up_date"] = (
            self.follow_up.date().toString("yyyy-MM-dd")
            if self.follow_up_enabled.isChecked()
            else ""
        )
        current = {k: getattr(self.session.info, k) for k in changes}
        if current == changes:
            return
        session = self.session
        session.info = replace(session.info, **changes)
        self.write(
            self.tr("Session details"), lambda: self.store.update_info(session.id, **changes)
        )

    def _save_participants(self) -> None:
        if self.session is None:
            return
        session = self.session
        session.participants = list(self.model.participants)
        self.write(
            self.tr("Participants"),
            lambda: self.store.save_participants(session.id, session.participants),
        )
        self._update_counts()

    # ------------------------------------------------------------------ gestures

    def add_participant(self, department: Department, anonymous: bool) -> None:
        if anonymous:
            same = sum(
                1 for p in self.model.participants if p.department == department and p.anonymous
            )
            name = f"{department_name(department)} {same + 1}"
        else:
            name = ""
        row = self.model.add(
            Participant(id=new_id(), name=name, department=department, anonymous=anonymous)
        )
        index = self.model.index(row, NAME)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        if not anonymous:
            self.table.edit(index)

    def _update_buttons(self) -> None:
        row = self._selected_row()
        count = len(self.model.participants)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.model.remove(row)

    def _move(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0:
            target = self.model.move(row, delta)
            self.table.selectRow(target)

    def flush(self) -> None:
        super().flush()
        commit_open_editor(self.table)
