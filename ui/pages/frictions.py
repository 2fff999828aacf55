"""Friction map: how much each driver of conflict hurts each side, and which ones to work on.

Ratings are typed like the questionnaire: a digit 0–5 in a department's column rates the driver
and moves down, so one side's sheet goes in top to bottom. + and − count dot votes.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.labels import friction_score
from ui.models.frictions import CARRY, DRIVER, RATING_COLUMNS, VOTES, FrictionsModel
from ui.pages.base import StagePage
from ui.pages.follow_up import add_action
from ui.store import SessionStore
from ui.style import SPACING
from workshop_app.content import Content, load_content
from workshop_app.domain import Friction, FrictionMap, new_id
from workshop_app.domain.limits import TEXT
from workshop_app.friction_map import DEFAULT_CARRY, ranked, summarise, top


class FrictionTable(QTableView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        text = event.text()
        if isinstance(model, FrictionsModel) and index.isValid():
            row, column = index.row(), index.column()
            if column in RATING_COLUMNS and text and text in "012345":
                model.setData(index, int(text))
                if row + 1 < model.rowCount():
                    self.setCurrentIndex(model.index(row + 1, column))
                return
            if column in RATING_COLUMNS and event.key() in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                model.setData(index, None)
                return
            if text in ("+", "-", "−"):
                votes = model.items[row].votes + (1 if text == "+" else -1)
                model.setData(model.index(row, VOTES), votes)
                return
        super().keyPressEvent(event)


class FrictionsPage(StagePage):
    stage = "frictions"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False
        self.content: Content | None = None
        self.model = FrictionsModel(self)
        self.model.edited.connect(self._save_items)
        self.table = FrictionTable(objectName="frictionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DRIVER, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(330)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove_if_custom)

        keys = QLabel(
            self.tr(
                "In a pain column type 0–5 (0 no pain, 5 hurts a lot): the cursor moves down to the next "
                "driver. + and − count dot votes. Space ticks “carry forward”."
            ),
            wordWrap=True,
        )
        keys.setProperty("role", "hint")
        self.baseline_note = QLabel(objectName="frictionBaseline", wordWrap=True)
        self.baseline_note.setProperty("role", "hint")
        self.baseline_note.hide()

        self.add_button = QPushButton(self.tr("&Add a driver…"), objectName="addFriction")
        self.add_button.clicked.connect(self.add_driver)
        self.remove_button = QPushButton(self.tr("&Remove driver"), objectName="removeFriction")
        self.remove_button.clicked.connect(self.remove_driver)
        self.carry_button = QPushButton(
            self.tr("Carry the top %1 forward").replace("%1", str(DEFAULT_CARRY)),
            objectName="carryTop",
        )
        self.carry_button.setToolTip(
            self.tr(
                "Marks the most painful drivers (pain of both sides plus votes) as topics for the action plan"
            )
        )
        self.carry_button.clicked.connect(self.carry_top)
        self.action_button = QPushButton(
            self.tr("Turn into an &action"), objectName="frictionAction"
        )
        self.action_button.clicked.connect(self.turn_into_action)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.phone_button("frictions", self.tr("Ratings from Phones…")))
        buttons.addWidget(self.phone_button("votes", self.tr("Dot Votes from Phones…")))
        buttons.addStretch(1)
        buttons.addWidget(self.carry_button)
        buttons.addWidget(self.action_button)

        self.description = QLabel(objectName="frictionDescription", wordWrap=True)
        self.notes = QPlainTextEdit(objectName="frictionNotes")
        self.notes.setPlaceholderText(self.tr("What the room said about this driver…"))
        self.notes.setMaximumHeight(80)
        self.notes.textChanged.connect(self._notes_typed)
        self.save_notes = self.debounced(self._save_notes_now)
        self._notes_row = -1
        detail = QGroupBox(self.tr("Selected driver"))
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.description)
        detail_layout.addWidget(self.notes)
        detail_layout.addStretch(1)

        self.summary = QLabel(objectName="frictionSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary_box = QGroupBox(self.tr("What the map says"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary)
        summary_layout.addStretch(1)
        # The table takes the full width, so the driver names are readable beside six columns;
        # what the map says sits under it, next to the selected driver.
        self.table.setMinimumHeight(330)
        below = QHBoxLayout()
        below.setSpacing(SPACING * 2)
        below.addWidget(detail, 1, Qt.AlignmentFlag.AlignTop)
        below.addWidget(summary_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.baseline_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys)
        layout.addLayout(buttons)
        layout.addLayout(below)

    # ------------------------------------------------------------------ model → widgets

    def entry_widget(self) -> QWidget | None:
        return self.table

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        self.content = load_content(self.session.info.language)
        row = max(self.table.currentIndex().row(), 0)
        earlier = self.baseline()
        self.baseline_note.setVisible(earlier is not None)
        if earlier is not None:
            self.baseline_note.setText(
                self.tr(
                    "%1: its ratings are shown greyed, in brackets, until this workshop's are typed."
                ).replace("%1", self.baseline_heading())
            )
        self.model.load(
            self.session.frictions.items,
            self.content,
            earlier.frictions.items if earlier is not None else None,
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 2))
        self._loading = False
        self._show_selected()
        self._show_summary()

    def _show_selected(self) -> None:
        self.save_notes.flush()
        row = self.table.currentIndex().row()
        valid = 0 <= row < self.model.rowCount()
        self._notes_row = row if valid else -1
        self.notes.setEnabled(valid)
        self.remove_button.setEnabled(valid and self.model.is_custom(row))
        self.action_button.setEnabled(valid)
        self._loading, was_loading = True, self._loading
        if valid:
            friction = self.model.items[row]
            self.description.setText(
                self.model.description(friction)
                or self.tr("A driver the room added: %1").replace("%1", friction.custom_title)
            )
            if self.notes.toPlainText() != friction.notes:
                self.notes.setPlainText(friction.notes)
        else:
            self.description.setText(self.tr("Select a driver to see what it means."))
            self.notes.clear()
        self._loading = was_loading

    def _show_summary(self) -> None:
        items = self.model.items
        summary = summarise(items)
        title = self.model.title
        parts = ["<p><b>" + escape(self.tr("Most painful")) + "</b></p><ol>"]
        for friction in top(items, 5):
            mark = " ✓" if friction.carry_forward else ""
            parts.append(
                f"<li>{escape(title(friction))} <span style='color:gray'>({escape(friction_score(friction))})</span>{mark}</li>"
            )
        parts.append("</ol>")
        if not top(items, 1):
            parts = [
                "<p>" + escape(self.tr("Rate the drivers to see which ones hurt most.")) + "</p>"
            ]
        if summary.agreed_pains:
            parts.append("<p><b>" + escape(self.tr("Both sides feel it")) + "</b></p><ul>")
            parts += [f"<li>{escape(title(f))}</li>" for f in summary.agreed_pains]
            parts.append("</ul>")
        if summary.differences:
            parts.append(
                "<p><b>" + escape(self.tr("The two sides see it differently")) + "</b></p><ul>"
            )
            for f in summary.differences:
                line = (
                    self.tr("%1: Sales %2, Marketing %3")
                    .replace("%2", str(f.sales_rating))
                    .replace("%3", str(f.marketing_rating))
                    .replace("%1", title(f))  # last: a driver's own title may hold "%2"
                )
                parts.append(f"<li>{escape(line)}</li>")
            parts.append("</ul>")
        if summary.unrated:
            parts.append(
                "<p style='color:gray'>"
                + escape(self.tr("%n driver(s) not yet rated by both sides.", "", summary.unrated))
                + "</p>"
            )
        carried = [title(f) for f in items if f.carry_forward]
        if carried:
            parts.append(
                "<p><b>" + escape(self.tr("Carried forward to the action plan")) + "</b></p><ul>"
            )
            parts += [f"<li>{escape(t)}</li>" for t in carried]
            parts.append("</ul>")
        self.summary.setText("".join(parts))

    # ------------------------------------------------------------------ widgets → store

    def _save(self, frictions: FrictionMap) -> None:
        self.write_section(self.tr("Friction map"), "frictions", frictions)
        self._show_summary()

    def _save_items(self) -> None:
        if self.session is not None and not self._loading:
            self._save(replace(self.session.frictions, items=list(self.model.items)))

    def _notes_typed(self) -> None:
        if not self._loading and len(self.notes.toPlainText()) <= TEXT:
            self.save_notes.poke()

    def _save_notes_now(self) -> None:
        row = self._notes_row
        if 0 <= row < self.model.rowCount():
            self.model.update(row, notes=self.notes.toPlainText())

    # ------------------------------------------------------------------ gestures

    def add_driver(self) -> None:
        if self.session is None or self.content is None:
            return
        groups = ["economic", "cultural", "process"]
        entered = prompts.new_driver(
            self,
            self.tr("Add a friction driver"),
            [self.content.text(f"frictions.groups.{g}", g).split(":")[0] for g in groups],
        )
        if entered is None or not entered[0].strip():
            return
        title, choice = entered
        row = self.model.add(
            Friction(
                id=f"custom-{new_id()[:12]}",
                group=groups[choice],
                custom_title=" ".join(title.split()),
            )
        )
        self.table.setCurrentIndex(self.model.index(row, RATING_COLUMNS[0]))
        self.table.setFocus()

    def _remove_if_custom(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and index.column() in RATING_COLUMNS:
            self.model.setData(index, None)
        elif index.isValid() and self.model.is_custom(index.row()):
            self.remove_driver()

    def remove_driver(self) -> None:
        row = self.table.currentIndex().row()
        if not (0 <= row < self.model.rowCount()) or not self.model.is_custom(row):
            return
        title = self.model.title(self.model.items[row])
        if prompts.confirm(
            self,
            self.tr("Remove driver"),
            self.tr("Remove “%1” and its ratings from the friction map?").replace("%1", title),
            self.tr("Remove"),
        ):
            self._notes_row = -1
            self.model.remove(row)
            self._show_selected()

    def carry_top(self) -> None:
        chosen = {id(f) for f in top(self.model.items)}
        if not chosen:
            prompts.info(
                self,
                self.tr("Carry forward"),
                self.tr("Rate some drivers first: nothing hurts yet."),
            )
            return
        for row, friction in enumerate(self.model.items):
            if id(friction) in chosen and not friction.carry_forward:
                self.model.setData(
                    self.model.index(row, CARRY),
                    Qt.CheckState.Checked.value,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def turn_into_action(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        friction = self.model.items[row]
        title = self.model.title(friction)
        add_action(
            self,
            self.tr("Tackle: %1").replace("%1", title),
            source_kind="friction",
            source_ref=friction.id,
            description=friction.notes or self.model.description(friction),
        )

    def ranked_titles(self) -> list[str]:
        return [self.model.title(f) for f in ranked(self.model.items)]

    def select_row(self, row: int, column: int = DRIVER) -> None:
        index: QModelIndex = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
