"""On a follow-up's action plan: how many of the previous workshop's open actions still wait for
a decision, and the way back to the review."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import prompts
from ui.store import SessionStore
from workshop_app import follow_up
from workshop_app.domain import Session


class PreviousActionsBar(QFrame):
    reviewed = Signal()  # the review dialog closed: actions may have been carried over

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(parent, objectName="previousActionsBar")
        self.store = store
        self.session_id = ""
        self.label = QLabel(objectName="previousActionsText", wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(
            self.tr("Review previous &workshop's actions…"), objectName="reviewPrevious"
        )
        self.button.clicked.connect(self.open_review)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
        # Decisions are written one by one (the review dialog, the tracker): count them as made.
        store.sessionChanged.connect(self._written)

    def _written(self, session_id: str) -> None:
        if session_id and session_id == self.session_id and not self.isHidden():
            self.show_for(self.store.load(session_id))

    def show_for(self, session: Session) -> None:
        self.session_id = session.id
        previous = self.store.previous_session(session.id) if session.info.previous_id else None
        if previous is None:
            self.hide()
            return
        waiting = len(follow_up.undecided(previous, session))
        decided = len(session.since_previous.items)
        if waiting:
            text = self.tr(
                "%n open action(s) from the previous workshop still await a decision.", "", waiting
            )
            self.label.setProperty("role", "warning")
        else:
            text = self.tr(
                "All %n open action(s) from the previous workshop have been decided.", "", decided
            )
            self.label.setProperty("role", "hint")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.label.setText(text)
        self.show()

    def open_review(self) -> None:
        if self.session_id:
            prompts.follow_up_review(self, self.store, self.session_id)
            self.reviewed.emit()
