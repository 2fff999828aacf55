"""Running the workshop live: the Session menu's commands, the live toolbar and the projector.

The main window builds one ``LiveCommands`` and tells it when a session opens or closes; the
commands do the rest. Both clocks are injectable so tests run them by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from ui import prompts
from ui.icons import action_icon
from ui.live.bar import LiveBar
from ui.live.clock import WorkshopClock, local_now
from ui.session_view import SessionView
from ui.settings import Settings
from ui.store import SessionStore
from ui.widgets.timer import Countdown
from workshop_app import agenda as rules

if TYPE_CHECKING:
    from ui.projector import ProjectorWindow

MESSAGE_MS = 8000


class LiveCommands(QObject):
    def __init__(
        self,
        window: QMainWindow,
        view: SessionView,
        store: SessionStore,
        settings: Settings,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = local_now,
    ):
        super().__init__(window)
        self.window, self.view, self.store, self.settings = window, view, store, settings
        self.countdown = Countdown(10, clock, self)
        self.clock = WorkshopClock(store, now, self)
        self._projector: ProjectorWindow | None = None  # built on first use: F5
        self._bound_role_swap = False

        def make(
            name: str, text: str, slot, shortcut: str = "", checkable: bool = False
        ) -> QAction:
            action = QAction(text, self)
            action.setObjectName(f"actionLive_{name}")
            action.setCheckable(checkable)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
            if checkable:
                action.toggled.connect(slot)
            else:
                action.triggered.connect(lambda _checked=False: slot())
            return action

        self.actions = {
            "agenda": make("agenda", self.tr("&Agenda…"), self.edit_agenda, "Shift+F9"),
            "workshop": make("workshop", self.tr("&Start Workshop"), self.toggle_workshop, "F9"),
            "timer": make("timer", self.tr("Start &Countdown"), self.countdown.toggle, "F7"),
            "extend": make(
                "extend", self.tr("+1 &Minute"), lambda: self.countdown.extend(60), "F8"
            ),
            "reset": make("reset", self.tr("&Reset Countdown"), self.countdown.reset, "Shift+F7"),
            "sound": make(
                "sound", self.tr("&Sound When Time Is Up"), self._sound_toggled, "", True
            ),
            "projector": make("projector", self.tr("&Projector"), self.show_projector, "F5", True),
            "freeze": make("freeze", self.tr("&Freeze Projector"), self.freeze, "F6", True),
            "screen": make(
                "screen", self.tr("Projector on &Next Screen"), self.next_screen, "Shift+F5"
            ),
        }
        # Short names on the toolbar; the menu keeps the full ones.
        for name, short in (
            ("agenda", self.tr("Agenda")),
            ("timer", self.tr("Start")),
            ("extend", self.tr("+1 min")),
            ("reset", self.tr("Reset")),
            ("projector", self.tr("Projector")),
            ("freeze", self.tr("Freeze")),
        ):
            self.actions[name].setIconText(short)
        self.actions["projector"].setIcon(action_icon("projector"))
        self.actions["sound"].setChecked(bool(settings.get("live/timer_sound")))
        self.actions["freeze"].setToolTip(
            self.tr("Keep the projector on this stage while you look ahead (F6)")
        )

        self.bar = LiveBar(self.countdown, self.actions, self._fill_presets, window)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()

        self.countdown.changed.connect(self._countdown_changed)
        self.countdown.finished.connect(self._time_up)
        self.clock.changed.connect(self._show_clock)
        view.stageChanged.connect(self._stage_changed)
        view.reviewChanged.connect(self._review_changed)
        store.sessionChanged.connect(self._session_written)
        self._countdown_changed()

    def build(self, menu: QMenu) -> None:
        a = self.actions
        for item in (a["agenda"], a["workshop"], None, a["timer"], a["extend"], a["reset"], a["sound"], None,
                     a["projector"], a["freeze"], a["screen"]):  # fmt: skip
            menu.addSeparator() if item is None else menu.addAction(item)

    # ------------------------------------------------------------------ the session

    def opened(self) -> None:
        """A session is on screen (just opened, or back from the library)."""
        session = self.view.session
        self.clock.open(session)
        stage = self.view.current_stage()
        self._bind_round_timer(stage)
        if self._projector is not None:
            if self._projector.frozen:
                self.actions["freeze"].setChecked(False)
            self._projector.set_session(session, stage)
        self._apply_preset(stage)
        self._review_changed(self.view.review)

    def closed(self) -> None:
        """Back to the library: the room sees no session, and no list of them either."""
        self.bar.hide()
        self.clock.open(None)
        if self._projector is not None:
            self._projector.set_session(None, "")

    def set_enabled(self, in_session: bool) -> None:
        for action in self.actions.values():
            action.setEnabled(in_session)
        self._review_changed(self.view.review)

    def _review_changed(self, review: bool) -> None:
        """Reading a past session is not running one: the live toolbar goes, and the agenda and
        the workshop clock cannot be changed. The projector stays, to show results to a room."""
        live = self.window.in_session() and not review
        self.bar.setVisible(live)
        for name in ("agenda", "workshop"):
            self.actions[name].setEnabled(live)

    def _bind_round_timer(self, stage: str) -> None:
        """The role-swap page's round timer is the session countdown too: bound when that page
        first comes on screen, so opening a session does not build a page nobody looks at yet."""
        if stage == "role_swap" and not self._bound_role_swap:
            self.view.page("role_swap").timer.bind(self.countdown)
            self._bound_role_swap = True

    def _stage_changed(self, stage: str) -> None:
        if self.view.session is None:
            return
        self._bind_round_timer(stage)
        if not self.view.review:
            self.clock.entered(stage)
        if self._projector is not None:
            self._projector.follow(stage)
        self._apply_preset(stage)
        self._show_clock()  # the stage's minutes show only while the stage is on screen

    def _session_written(self, session_id: str) -> None:
        if self.view.session is not None and self.view.session.id == session_id:
            if self._projector is not None:
                self._projector.data_changed()
            self._show_clock()

    # ------------------------------------------------------------------ agenda and clock

    def edit_agenda(self) -> None:
        session = self.view.session
        if session is None:
            return
        from ui.agenda_dialog import AgendaDialog

        dialog = AgendaDialog(rules.complete(session.agenda), self.window)
        if dialog.exec():
            session.agenda = dialog.agenda
            self.store.save_section(session.id, "agenda", session.agenda)

    def toggle_workshop(self) -> None:
        if self.view.session is None:
            return
        state = self.clock.status().state
        if state == "running":
            if prompts.confirm(
                self.window,
                self.tr("End workshop"),
                self.tr("End the workshop now? The clock stops and the day's times are kept."),
                self.tr("End workshop"),
            ):
                self.clock.end()
            return
        if state == "ended" and not prompts.confirm(
            self.window,
            self.tr("Start workshop again"),
            self.tr("Start the clock again? The times recorded for this workshop are cleared."),
            self.tr("Start again"),
        ):
            return
        self.clock.start(self.view.current_stage())
        self.window.statusBar().showMessage(self.tr("Workshop started."), MESSAGE_MS)

    def _show_clock(self) -> None:
        status = self.clock.status()
        self.actions["workshop"].setText(
            {
                "not_started": self.tr("&Start Workshop"),
                "running": self.tr("&End Workshop"),
                "ended": self.tr("&Start Workshop Again…"),
            }[status.state]
        )
        self.bar.show_clock(
            self.clock.summary(self.view.current_stage()),
            status.behind if status.state != "not_started" else None,
        )

    # ------------------------------------------------------------------ the countdown

    def _apply_preset(self, stage: str) -> None:
        session = self.view.session
        presets = rules.timer_presets(session, stage) if session is not None else []
        if presets and self.countdown.idle:
            self.countdown.set_minutes(presets[0].minutes)

    def _fill_presets(self, menu: QMenu) -> None:
        menu.clear()
        session = self.view.session
        if session is None:
            return
        names = {
            "round": self.tr("Role-swap round: %1 min"),
            "exercise": self.tr("Exercise: %1 min"),
            "stage": self.tr("Whole stage on the agenda: %1 min"),
        }
        for preset in rules.timer_presets(session, self.view.current_stage()):
            action = menu.addAction(names[preset.kind].replace("%1", str(preset.minutes)))
            action.triggered.connect(lambda _c=False, m=preset.minutes: self._use_preset(m))
        for minutes in (2, 5, 15, 30):
            action = menu.addAction(self.tr("%1 min").replace("%1", str(minutes)))
            action.triggered.connect(lambda _c=False, m=minutes: self._use_preset(m))

    def _use_preset(self, minutes: int) -> None:
        self.countdown.set_minutes(minutes)
        if not self.countdown.idle:
            self.countdown.reset()

    def _countdown_changed(self) -> None:
        running = self.countdown.running
        self.actions["timer"].setText(
            self.tr("Pause &Countdown") if running else self.tr("Start &Countdown")
        )
        # A symbol beside the word: the toolbar's other Start (the workshop's) is a few buttons away.
        self.actions["timer"].setIconText(
            "❚❚ " + self.tr("Pause") if running else "▶ " + self.tr("Start")
        )

    def _time_up(self) -> None:
        self.bar.time_up()
        self.window.statusBar().showMessage(self.tr("Time's up."), MESSAGE_MS)
        if self.actions["sound"].isChecked():
            QApplication.beep()

    def _sound_toggled(self, on: bool) -> None:
        self.settings.set("live/timer_sound", on)

    # ------------------------------------------------------------------ the projector

    @property
    def projector(self) -> ProjectorWindow:
        """The audience window, built the first time it is asked for (it is not needed to
        start, and its charts are not cheap to import)."""
        if self._projector is None:
            from ui.projector import ProjectorWindow

            self._projector = ProjectorWindow(self.countdown, self.window)
            # The keys work while the projector window has the focus, too: the live ones and
            # the stage navigation, which moves the facilitator's view (and so the room's).
            self._projector.addActions(list(self.actions.values()))
            window = self.window
            self._projector.addActions(
                [window.previous_action, window.next_action, *window.stage_actions]
            )
            self._projector.closed.connect(lambda: self.actions["projector"].setChecked(False))
            if self.view.session is not None:
                self._projector.set_session(self.view.session, self.view.current_stage())
        return self._projector

    def hide_projector(self) -> None:
        if self._projector is not None and self._projector.isVisible():
            self._projector.hide()
            self.window.activateWindow()

    def show_projector(self, on: bool) -> None:
        if not on:
            self.hide_projector()
            return
        if self.projector.session is not self.view.session or not self.projector.stage:
            self.projector.set_session(self.view.session, self.view.current_stage())
        projector = self.projector
        projector.present(self.window.screen())
        if not projector.shares_display:
            # The facilitator keeps working in the main window; the room has its own screen.
            self.window.activateWindow()

    def freeze(self, on: bool) -> None:
        self.projector.set_frozen(on, self.view.current_stage())
        self.window.statusBar().showMessage(
            self.tr("The projector stays on this stage until you unfreeze it (F6).")
            if on
            else self.tr("The projector follows you again."),
            MESSAGE_MS,
        )

    def next_screen(self) -> None:
        if not self.projector.isVisible():
            self.actions["projector"].setChecked(True)
        else:
            self.projector.present(self.window.screen(), step=1)
