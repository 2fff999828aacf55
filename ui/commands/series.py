"""The Series menu: compare a session's workshops over time, join or leave a series, the demo.

A series is a key shared by one organisation's workshops (SessionInfo.series_id). Duplicating a
session for a follow-up puts the copy in its series; these commands join sessions made another
way, or take a session out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui import prompts
from ui.commands import menu_action
from ui.exporting import choose_path, render_in_background, running, write
from ui.messages import say
from ui.settings import Settings
from ui.store import SessionStore
from workshop_app.domain.basics import SessionSummary, new_id
from workshop_app.errors import TruceError

if TYPE_CHECKING:
    from ui.commands.window import CommandWindow
    from workshop_app.domain import Session


class SeriesCommands(QObject):
    def __init__(self, window: CommandWindow, settings: Settings):
        super().__init__(window.widget())
        assert window.store is not None
        self.window = window
        self.store: SessionStore = window.store
        self.settings = settings
        self.current_id = window.current_session_id
        self.view: QWidget | None = None  # the comparison window last opened
        self.jobs: list = []  # render jobs, kept alive until they report back

    def build(self, menu: QMenu) -> list[QAction]:
        def add(text: str, slot: Callable[[], None], shortcut: str = "", name: str = "") -> QAction:
            action = menu_action(self.window.widget(), text, slot, shortcut, name)
            menu.addAction(action)
            return action

        self.compare_action = add(
            self.tr("&Compare Series…"), self.compare, "Ctrl+Shift+C", "actionCompareSeries"
        )
        menu.addSeparator()
        self.join_action = add(
            self.tr("&Add to Series…"), self.add_to_series, "", "actionAddToSeries"
        )
        self.leave_action = add(
            self.tr("&Remove from Series"), self.remove_from_series, "", "actionRemoveFromSeries"
        )
        menu.addSeparator()
        add(self.tr("Create the &Demo Series"), self.create_demo_series, "", "actionDemoSeries")
        return [self.compare_action, self.join_action, self.leave_action]

    def update(self) -> None:
        """Runs on every selection change, so it reads the library's rows, not the database."""
        session_id = self.current_id()
        listed = self._listed(session_id) if session_id else None
        self.compare_action.setEnabled(session_id is not None)
        self.join_action.setEnabled(session_id is not None)
        self.leave_action.setEnabled(
            session_id is not None and (listed is None or listed.series_size > 1)
        )

    # ------------------------------------------------------------------ helpers

    def _listed(self, session_id: str) -> SessionSummary | None:
        return self.window.listed_summary(session_id)

    def _summary(self, session_id: str) -> SessionSummary | None:
        return next((s for s in self.store.sessions() if s.id == session_id), None)

    def _status(self, message: str) -> None:
        self.window.status_message(message, 6000)

    def _guard(self, work: Callable[[], object]) -> object:
        try:
            return work()
        except TruceError as exc:
            prompts.error(self.window.widget(), self.tr("Series"), say(exc))
            return None

    # ------------------------------------------------------------------ commands

    def compare(self) -> None:
        from ui.series_view import SeriesWindow

        session_id = self.current_id()
        if session_id is None:
            return
        self.window.flush_session()  # typing not yet saved belongs in the comparison
        session = self.store.load(session_id)
        sessions = self.store.repo.series(session.info.series_id or session.id) or [session]
        self.view = SeriesWindow(
            sessions,
            export=lambda: self.export(sessions),
            add_to_series=self.add_to_series,
            parent=self.window.widget(),
        )
        self.view.show()

    def export(self, sessions: list[Session]) -> None:
        from workshop_app.documents.export import render_series

        parent = self.view or self.window.widget()
        latest = sessions[-1]
        path = choose_path(parent, self.settings, latest, "series", "pdf")
        if path is None:
            return
        paper = self.settings.get("export/paper")

        def save(data: bytes) -> None:
            if write(parent, path, data):
                self._status(self.tr("Exported to %1").replace("%1", str(path)))

        job = render_in_background(
            parent,
            self.tr("Preparing %1…").replace("%1", path.name),
            lambda: render_series(sessions, paper),
            save,
        )
        self.jobs = running(self.jobs, job)

    def add_to_series(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        rows = self.store.sessions()
        me = next((s for s in rows if s.id == session_id), None)
        if me is None:
            return
        # One choice per series, named by its latest workshop; the same organisation first.
        latest: dict[str, SessionSummary] = {}
        for row in rows:
            if row.series_id != me.series_id and (
                row.series_id not in latest
                or row.series_position > latest[row.series_id].series_position
            ):
                latest[row.series_id] = row
        choices = sorted(
            latest.values(),
            key=lambda s: (s.organisation != me.organisation, s.organisation, s.date),
        )
        if not choices:
            prompts.info(
                self.window.widget(),
                self.tr("Add to series"),
                self.tr(
                    "There is no other session to join. A series needs at least two workshops."
                ),
            )
            return
        labels = []
        for s in choices:
            label = (
                self.tr("%1 — %2 (%3)")
                .replace("%1", s.organisation or "–")
                .replace("%2", s.title)
                .replace("%3", s.date or "–")
            )
            if s.series_size > 1:
                label += self.tr(", the latest of %1 workshops").replace("%1", str(s.series_size))
            labels.append(label)
        picked = prompts.pick(
            self.window.widget(),
            self.tr("Add to series"),
            self.tr("Compare “%1” over time with the workshops of:").replace("%1", me.title),
            labels,
        )
        if picked is None:
            return
        series_id = choices[picked].series_id
        earlier = [
            s for s in self.store.repo.series(series_id) if (s.info.date, s.id) < (me.date, me.id)
        ]
        previous = earlier[-1].id if earlier else ""
        if self._guard(
            lambda: self.store.update_info(session_id, series_id=series_id, previous_id=previous)
        ):
            self._status(self.tr("“%1” joined the series.").replace("%1", me.title))
            self.update()
            if self.view is not None and self.view.isVisible():
                self.view.close()
                self.compare()

    def remove_from_series(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            return
        me = self._summary(session_id)
        if me is None or me.series_size < 2:
            return
        # A fresh key: the series may be keyed by this session's own id.
        if self._guard(
            lambda: self.store.update_info(session_id, series_id=new_id(), previous_id="")
        ):
            self._status(self.tr("“%1” is no longer part of its series.").replace("%1", me.title))
            self.update()

    def create_demo_series(self) -> None:
        sessions = self._guard(self.store.create_demo_series)
        if sessions:
            self.window.show_library(select=sessions[-1].id)
            self._status(
                self.tr(
                    "Created three demo workshops of one series. Compare them with Ctrl+Shift+C."
                )
            )
