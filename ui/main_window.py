"""The main window: the library or an open session, menus, shortcuts and the saved indicator."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from ui import maintenance, prompts
from ui.capture import CaptureCommands
from ui.commands.backup import BackupCommands, recover
from ui.commands.series import SeriesCommands
from ui.context import AppContext
from ui.exporting import ExportCommands
from ui.follow_up_commands import FollowUpCommands
from ui.labels import stage_title
from ui.library import LibraryPage
from ui.menus import build_menus
from ui.messages import say
from ui.save_status import SaveIndicator
from ui.store import SessionStore
from ui.style import initial_size
from ui.undo import attach_history
from workshop_app.domain.basics import SessionSummary
from workshop_app.errors import NotFound, TruceError
from workshop_app.store import Repository
from workshop_app.store.faults import DatabaseDamaged

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ui.live.commands import LiveCommands
    from ui.session_view import SessionView

# After the window's first paint: setting the guarded style repolishes what is shown (~15 ms).
GUARD_INPUT_AFTER_MS = 200


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.settings = context.settings
        self.store: SessionStore | None = None
        self.phone_round = None  # the open round of answers from phones (ui.dialogs.phone_round)
        self.maintenance: maintenance.StartupMaintenance | None = None
        self.undo = QUndoStack(self)
        # No value changed by the wheel while scrolling, Tab leaves text boxes: the guarded style
        # is set once the window has painted, and settles the widgets shown by then.
        QTimer.singleShot(GUARD_INPUT_AFTER_MS, self, self._guard_input)
        self.setWindowTitle("Truce")
        self._fit_to_screen()
        self.saved_label = SaveIndicator(self)
        self.statusBar().addPermanentWidget(self.saved_label)

    # ------------------------------------------------------------------ start-up

    def _fit_to_screen(self) -> None:
        """Until the user sizes it (and the size is remembered), the window takes most of the
        screen it opens on, centred."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 800)
            return
        area = screen.availableGeometry()
        size = initial_size(area.width(), area.height())
        self.resize(*size)
        self.move(
            area.x() + (area.width() - size[0]) // 2, area.y() + (area.height() - size[1]) // 2
        )

    def _guard_input(self) -> None:
        # Imported here, with the widget classes it checks: the first paint needs none of them.
        from ui.widgets import input_guard

        app = QApplication.instance()
        if isinstance(app, QApplication):
            input_guard.install(app)

    def open_store(self) -> bool:
        path = self.context.db_path
        try:
            # The full integrity check and the daily backup run once the window shows.
            repo = Repository.open(path, check=False)
        except DatabaseDamaged as exc:
            repo = recover(path, say(exc))
            if repo is None:
                return False
        except (TruceError, OSError) as exc:
            prompts.error(None, self.tr("Truce cannot start"), say(exc))
            return False
        self.attach(SessionStore(repo, self))
        self.maintenance = maintenance.attach(self)
        return True

    def attach(self, store: SessionStore) -> None:
        self.store = store
        # Each widget is made inside its parent, top down: moving a built page into its parent
        # has Qt work through all of its children again.
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.library = LibraryPage(store, self.settings, self.undo, self.pages)
        self.pages.addWidget(self.library)
        # The session's pages and its live commands are built when a session is first opened:
        # the library comes up without them (see the session_view property).
        self._view: SessionView | None = None
        self._live: LiveCommands | None = None
        self.library.openRequested.connect(self.open_session)
        self.library.selectionChanged.connect(self.update_actions)
        store.saved.connect(self._saved)
        store.saveFailed.connect(self.saved_label.not_saved)
        self.exports = ExportCommands(self, self.settings, self._current_session)
        self.backups = BackupCommands(self)
        self.backups.closeRequested.connect(self.close)
        store.reopened.connect(self.undo.clear)
        self.follow_up = FollowUpCommands(self)
        self.series = SeriesCommands(self, self.settings)
        store.libraryChanged.connect(self.update_actions)
        self.history = attach_history(self)
        self.capture = CaptureCommands(self)
        self.restart_requested = False  # set by Preferences; ui.app relaunches after closing
        build_menus(self)
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        last = self.settings.get("session/last_opened")
        if last:
            try:
                self.open_session(last, self.settings.get("session/last_stage") or "setup")
            except NotFound:
                self.show_library()
        else:
            self.show_library()

    @property
    def session_view(self) -> SessionView:
        return self._session_part()[0]

    @property
    def live(self) -> LiveCommands:
        return self._session_part()[1]

    def _session_part(self) -> tuple[SessionView, LiveCommands]:
        """The session view and its live commands, built together on first use."""
        if self._view is None or self._live is None:
            from ui.live.commands import LiveCommands
            from ui.session_view import SessionView

            assert self.store is not None
            view = self._view = SessionView(self.store)
            self.pages.addWidget(view)
            view.stageChanged.connect(self._stage_shown)
            view.reviewChanged.connect(self.follow_up.review_changed)
            view.phonesRequested.connect(self.open_phone_round)
            self._live = LiveCommands(self, view, self.store, self.settings)
            self._live.build(self.session_menu)
            self._live.set_enabled(self.in_session())
            self.session_menu.removeAction(self.phone_round_action)  # last, after the live ones
            self.session_menu.addSeparator()
            self.session_menu.addAction(self.phone_round_action)
        return self._view, self._live

    def open_phone_round(self, kind: str = "", stage: str = "") -> None:
        """Answers from phones, for a page's round kind (its web server loads only now)."""
        if self.in_session():
            from ui.dialogs.phone_round import open_phone_round

            open_phone_round(self, kind, stage)

    def flush_session(self) -> None:
        """Save the open session's pending typing (nothing to do before a session was opened)."""
        if self._view is not None:
            self._view.flush()

    # ------------------------------------------------------------------ what commands may ask
    # (ui/commands/window.py: CommandWindow)

    def widget(self) -> QMainWindow:
        return self

    def library_path(self) -> Path:
        return self.context.db_path

    def settle(self) -> None:
        if self.maintenance is not None:
            self.maintenance.wait()

    def status_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def listed_summary(self, session_id: str) -> SessionSummary | None:
        """The library's row of a session, without reading the database."""
        row = self.library.model.row_of(session_id)
        return self.library.model.summary(row) if row >= 0 else None

    # ------------------------------------------------------------------ navigation

    def show_library(self, select: str | None = None) -> None:
        view = self._view
        if view is not None and self.pages.currentWidget() is view:
            view.flush()
            if view.session is not None:
                self.library.select(view.session.id)
        if select is not None:
            self.library.select(select)
        self.pages.setCurrentWidget(self.library)
        self.library.catch_up()
        if self._live is not None:
            self._live.closed()
        self.settings.set("session/last_opened", "")
        self.library.take_focus()
        self.update_actions()
        self.update_title()

    def open_session(self, session_id: str, stage: str = "setup") -> None:
        assert self.store is not None
        session = self.store.load(session_id)
        self.history.scope(session_id)
        self.session_view.open(session, stage)
        self.pages.setCurrentWidget(self.session_view)
        self.live.opened()
        self.settings.set("session/last_opened", session_id)
        self.settings.set("session/last_stage", self.session_view.current_stage())
        self.settings.sync()  # a crash right after must still come back to this session
        self.update_actions()
        self.update_title()
        self.session_view.focus_page()  # the keyboard goes on in the page, not in the hidden library

    def _stage_shown(self, stage: str) -> None:
        self.settings.set("session/last_stage", stage)  # QSettings writes it out shortly after
        self.update_title()

    def report_abnormal_exit(self) -> None:
        """Said once at start when the last window on this database did not close normally."""
        message = self.tr(
            "Truce did not close normally last time. Everything that was shown as saved has been "
            "kept."
        )
        if self.in_session():
            message += " " + self.tr("The session is open where you left it.")
        self.statusBar().showMessage(message, 60_000)
        prompts.info(self, self.tr("Welcome back"), message)

    def flush_open_session(self) -> None:
        if self.in_session():
            self.session_view.flush()

    def go_to_stage(self, stage: str) -> None:
        if self.in_session():
            self.session_view.go(stage)
            self.session_view.focus_page()

    def step_stage(self, delta: int) -> None:
        if self.in_session():
            self.session_view.step(delta)
            self.session_view.focus_page()

    def find_session(self) -> None:
        self.show_library()
        self.library.focus_search()

    def in_session(self) -> bool:
        """A session is open and on screen (not the library)."""
        view = self._view
        return view is not None and self.pages.currentWidget() is view and view.session is not None

    # ui/follow_up_commands.py, ui/capture.py and ui/live/commands.py still ask by this name.
    def current_session_id(self) -> str | None:
        """The session that Export, Duplicate and the Series commands act on: the open one, the
        one whose action is chosen in the tracker, or the one selected in the library."""
        if self.in_session():
            assert self.session_view.session is not None
            return self.session_view.session.id
        tracker = self.follow_up.tracker_on_screen()
        if tracker is not None:
            chosen = tracker.selected()
            return chosen.session_id if chosen is not None else None
        return self.library.selected_id()

    def _current_session(self):
        """The session to export: the open one (with pending typing saved), or the selected one."""
        session_id = self.current_session_id()
        if session_id is None or self.store is None:
            return None
        if self.in_session():
            self.session_view.flush()
        return self.store.load(session_id)

    def update_actions(self) -> None:
        in_session = self.in_session()
        has = self.current_session_id() is not None
        for action in self.export_actions:
            action.setEnabled(has)
        self.duplicate_action.setEnabled(has)
        in_library = self.pages.currentWidget() is self.library
        self.library_action.setEnabled(not in_library)
        self.follow_up.update(in_session, in_library, self.library.selected_id() is not None)
        self.series.update()
        for action in (
            self.previous_action,
            self.next_action,
            *self.stage_actions,
            *self.capture.actions,
        ):
            action.setEnabled(in_session)
        if self._live is not None:
            self._live.set_enabled(in_session)

    # ui/follow_up_commands.py still calls it by its earlier, private name.
    def update_title(self) -> None:
        if self.in_session():
            assert self.session_view.session is not None
            read_only = self.tr("(read only)")
            review = f" {read_only}" if self.session_view.review else ""
            # The session's title is the user's text: isolated (FSI…PDI), a right-to-left override
            # typed into it cannot reorder the rest of the window's title.
            title = f"\u2068{self.session_view.session.info.title}\u2069"
            stage = stage_title(self.session_view.current_stage())
            self.setWindowTitle(f"{title} — {stage}{review} — Truce")
        else:
            self.setWindowTitle("Truce")

    def _saved(self, when: datetime) -> None:
        self.saved_label.saved(when)
        self.update_title()

    # ------------------------------------------------------------------ commands

    def duplicate_session(self) -> None:
        session_id = self.current_session_id()
        if session_id:
            self.show_library()
            self.library.select(session_id)
            self.library.duplicate_selected()

    def show_about(self) -> None:
        from ui.dialogs.new_session import default_language

        language = (
            self.session_view.session.info.language if self.in_session() else default_language()
        )
        prompts.about(self, language)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        phone_round = self.phone_round
        if phone_round is not None:
            phone_round.phones.close_room()  # the room's server stops with the window
        if self.store is not None:
            self.flush_session()
            if self._live is not None:
                self._live.hide_projector()
            self.settings.set("window/geometry", self.saveGeometry())
            self.settings.sync()
            if self.maintenance is not None:
                self.maintenance.wait(timeout=30)  # let today's backup finish
        super().closeEvent(event)
