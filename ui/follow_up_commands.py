"""Review and follow-up commands of the main window: open a session read-only, switch review
mode, the action tracker, and the review of a new follow-up's inherited actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.commands import menu_action

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.tracker import TrackerPage


class FollowUpCommands(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        assert window.store is not None
        self.store = window.store
        self._tracker: TrackerPage | None = None
        window.library.reviewRequested.connect(self.review)
        window.library.followUpCreated.connect(self.start_follow_up)
        self._create_actions()

    def _create_actions(self) -> None:
        w = self.window
        self.review_action = menu_action(
            w, self.tr("Open for &Review"), self.review_selected, "Ctrl+R", "actionReview"
        )
        self.review_mode_action = QAction(self.tr("&Review Mode (Read Only)"), w)
        self.review_mode_action.setObjectName("actionReviewMode")
        self.review_mode_action.setCheckable(True)
        self.review_mode_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.review_mode_action.toggled.connect(self._toggle_review)
        self.tracker_action = menu_action(
            w, self.tr("Action &Tracker"), self.show_tracker, "Ctrl+T", "actionTracker"
        )

    def build(self, file: QMenu, edit: QMenu, go: QMenu, open_before: QAction) -> None:
        file.insertAction(open_before, self.review_action)
        edit.addSeparator()
        edit.addAction(self.review_mode_action)
        go.insertAction(go.actions()[0], self.tracker_action)
        go.insertSeparator(go.actions()[1])

    def update(self, in_session: bool, in_library: bool, has_selection: bool) -> None:
        self.review_action.setEnabled(in_library and has_selection)
        self.review_mode_action.setEnabled(in_session)
        self.review_mode_action.blockSignals(True)
        self.review_mode_action.setChecked(in_session and self.window.session_view.review)
        self.review_mode_action.blockSignals(False)

    # ------------------------------------------------------------------ review mode

    def review_selected(self) -> None:
        session_id = self.window.library.selected_id()
        if session_id and self.window.pages.currentWidget() is self.window.library:
            self.review(session_id)

    def review(self, session_id: str) -> None:
        """Read-only, landing on the wrap-up: what was agreed, at a glance."""
        self.window.open_session(session_id)
        self.window.session_view.set_review(True)
        self.window.session_view.go("wrap_up")

    def _toggle_review(self, on: bool) -> None:
        if self.window.in_session():
            self.window.session_view.set_review(on)

    def review_changed(self, on: bool) -> None:
        self.review_mode_action.blockSignals(True)
        self.review_mode_action.setChecked(on)
        self.review_mode_action.blockSignals(False)
        self.window.update_title()
        if self.window.in_session():
            self.window.statusBar().showMessage(
                self.tr("Review mode: read only.")
                if on
                else self.tr("Editing: changes are saved as you go."),
                4000,
            )

    # ------------------------------------------------------------------ the tracker

    @property
    def tracker(self) -> TrackerPage:
        """The tracker page, built the first time it is opened: not needed to start."""
        if self._tracker is None:
            from ui.tracker import TrackerPage

            self._tracker = TrackerPage(self.store)
            self.window.pages.addWidget(self._tracker)
            self._tracker.openRequested.connect(self.open_from_tracker)
            self._tracker.selectionChanged.connect(self.window.update_actions)
        return self._tracker

    def tracker_on_screen(self) -> TrackerPage | None:
        if self._tracker is not None and self.window.pages.currentWidget() is self._tracker:
            return self._tracker
        return None

    def show_tracker(self) -> None:
        w = self.window
        if w.pages.currentWidget() is w.session_view:
            w.session_view.flush()
        w.pages.setCurrentWidget(self.tracker)
        self.tracker.focus()
        w.update_actions()
        w.setWindowTitle(self.tr("Action tracker — Truce"))

    def open_from_tracker(self, session_id: str, action_id: str) -> None:
        self.window.open_session(session_id)
        view = self.window.session_view
        view.go("actions")
        page = view.page("actions")
        page.reset_filters()
        page.select_action(action_id)

    # ------------------------------------------------------------------ follow-up

    def start_follow_up(self, session_id: str) -> None:
        """A new follow-up opens on its action plan with the previous workshop's open actions."""
        self.window.open_session(session_id)
        view = self.window.session_view
        view.go("actions")
        previous = self.store.previous_session(session_id)
        from workshop_app import follow_up

        if previous is not None and follow_up.undecided(previous, self.store.load(session_id)):
            view.page("actions").previous.open_review()
