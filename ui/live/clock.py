"""The workshop clock: starting and ending the day, recording when each stage is reached, and
saying in a line how the room stands against its agenda.

The times are written into the session's agenda section, so a restart in the middle of the day
loses nothing. The wall clock is injected (``now``), so tests drive it by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ui.labels import stage_title
from ui.store import SessionStore
from workshop_app import agenda as rules
from workshop_app.domain import Session

REFRESH_MS = 1000


def local_now() -> datetime:
    return datetime.now().astimezone()


def hours_minutes(delta: timedelta) -> str:
    minutes = max(0, int(delta.total_seconds() // 60))
    return f"{minutes // 60}:{minutes % 60:02d}"


class WorkshopClock(QObject):
    changed = Signal()  # the line to show has changed (every second while running)

    def __init__(
        self,
        store: SessionStore,
        now: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.now = now
        self.session: Session | None = None
        self._ticker = QTimer(self, interval=REFRESH_MS)
        self._ticker.timeout.connect(self.changed)

    # ------------------------------------------------------------------ state

    def open(self, session: Session | None) -> None:
        self.session = session
        if session is not None:
            # Complete it in place: sessions made before agendas existed get the half-day plan.
            session.agenda = rules.complete(session.agenda)
        self._follow()

    def status(self) -> rules.ClockStatus:
        if self.session is None:
            return rules.ClockStatus("not_started")
        return rules.clock_status(self.session.agenda, self.now())

    @property
    def running(self) -> bool:
        return self.status().state == "running"

    def start(self, stage: str) -> None:
        assert self.session is not None
        rules.start(self.session.agenda, stage, self.now())
        self._save()

    def end(self) -> None:
        assert self.session is not None
        rules.end(self.session.agenda, self.now())
        self._save()

    def entered(self, stage: str) -> None:
        if self.session is not None and rules.enter(self.session.agenda, stage, self.now()):
            self._save()

    def _save(self) -> None:
        assert self.session is not None
        self.store.save_section(self.session.id, "agenda", self.session.agenda)
        self._follow()

    def _follow(self) -> None:
        if self.running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.changed.emit()

    # ------------------------------------------------------------------ words

    def summary(self, on_screen: str = "") -> str:
        """One line for the facilitator's toolbar. The minutes spent in the stage the room has
        reached are counted while that stage is on screen (or ``on_screen`` is not given): once
        the facilitator looks back at another stage, its minutes are not the ones on screen."""
        if self.session is None:
            return ""
        agenda = self.session.agenda
        status = self.status()
        if status.state == "not_started":
            start = agenda.start_time or rules.DEFAULT_START
            return (
                self.tr("Not started · planned %1–%2")
                .replace("%1", start)
                .replace("%2", rules.clock_time(start, rules.planned_minutes(agenda)))
            )
        assert status.started is not None and status.planned_end is not None
        if status.state == "ended":
            ended = status.started + status.elapsed
            return (
                self.tr("Ran %1–%2 · %3")
                .replace("%1", status.started.strftime("%H:%M"))
                .replace("%2", ended.strftime("%H:%M"))
                .replace("%3", self.deviation(status.behind, finished=True))
            )
        parts = [
            self.tr("Elapsed %1").replace("%1", hours_minutes(status.elapsed)),
            self.tr("planned end %1").replace("%1", status.planned_end.strftime("%H:%M")),
            self.deviation(status.behind),
        ]
        if status.stage and on_screen in ("", status.stage):
            parts.append(
                self.tr("%1: %2 of %3 min")
                .replace("%1", stage_title(status.stage))
                .replace("%2", str(int(status.stage_elapsed.total_seconds() // 60)))
                .replace("%3", str(status.stage_planned))
            )
        return " · ".join(parts)

    def deviation(self, behind: int, *, finished: bool = False) -> str:
        amount = abs(behind)
        text = (
            self.tr("%1 min").replace("%1", str(amount))
            if amount < 60
            else self.tr("%1 h %2 min")
            .replace("%1", str(amount // 60))
            .replace("%2", str(amount % 60))
        )
        if behind == 0:
            return self.tr("on plan")
        if finished:
            return (self.tr("%1 over plan") if behind > 0 else self.tr("%1 under plan")).replace(
                "%1", text
            )
        return (self.tr("%1 behind") if behind > 0 else self.tr("%1 ahead")).replace("%1", text)
