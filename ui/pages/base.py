"""What every stage page shares: the session it shows, the store it writes through, saving text
as it is typed without writing on every keystroke."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from ui import prompts
from ui.messages import say
from ui.review_mode import ReadOnlySwitch
from ui.store import SessionStore
from workshop_app.domain import Session
from workshop_app.errors import TruceError
from workshop_app.store.faults import DatabaseError

# Typing pauses this long before a text field is written; leaving the field writes at once.
TYPING_PAUSE_MS = 400


class Debounced(QObject):
    """Runs ``action`` once typing pauses; ``flush`` runs a pending one now."""

    def __init__(self, action: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._action = action
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._action)

    def poke(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._action()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


class StagePage(QWidget):
    stage = ""
    # A page's entry to a round of answers from phones: (round kind, stage), opened by the window.
    phonesRequested = Signal(str, str)

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session: Session | None = None
        self._debounced: list[Debounced] = []
        self.read_only = False
        self._review = ReadOnlySwitch(self)
        self._baseline: tuple[str, Session | None] = ("", None)

    def debounced(self, action: Callable[[], None]) -> Debounced:
        pending = Debounced(action, self)
        self._debounced.append(pending)
        return pending

    def load(self, session: Session) -> None:
        self.flush()
        self.session = session
        self.refresh()
        self._review.apply(self.read_only)

    def phone_button(self, kind: str, text: str) -> QPushButton:
        """A button that opens a round of answers from phones of ``kind`` for this stage."""
        button = QPushButton(text, objectName=f"phones_{kind}")
        button.setToolTip(
            self.tr("Participants answer on their own phones (Session ▸ Answers from Phones)")
        )
        button.clicked.connect(lambda: self.phonesRequested.emit(kind, self.stage))
        return button

    def set_read_only(self, on: bool) -> None:
        """Review mode: everything readable, nothing editable (see ui/review_mode.py)."""
        self.flush()
        self.read_only = on
        self._review.apply(on)

    def refresh(self) -> None:
        """Redraw every widget from ``self.session``."""

    def baseline(self) -> Session | None:
        """The workshop this one follows up, whose findings the page shows greyed beside the
        empty ones to fill in; None for a first workshop (or when that one was deleted)."""
        previous = self.session.info.previous_id if self.session is not None else ""
        if not previous:
            return None
        if self._baseline[0] != previous:
            try:
                self._baseline = (previous, self.store.load(previous))
            except TruceError:
                self._baseline = (previous, None)
        return self._baseline[1]

    def baseline_heading(self) -> str:
        """“Last workshop (12/03/2026)”, naming the baseline's date."""
        from ui.i18n import show_date

        earlier = self.baseline()
        day = show_date(earlier.info.date) if earlier is not None else ""
        return self.tr("Last workshop (%1)").replace("%1", day) if day else self.tr("Last workshop")

    def entry_widget(self) -> QWidget | None:
        """Where typing starts when the stage is entered by keyboard; None: the first control."""
        return None

    def flush(self) -> None:
        """Write whatever is still waiting for a typing pause."""
        for pending in self._debounced:
            pending.flush()

    def write_section(self, title: str, kind: str, value: Any) -> bool:
        """Write this page's ``kind`` section over the one it drew (what it did not change is
        kept as stored: SessionStore.save_section); the page's session then holds what was
        stored."""
        assert self.session is not None
        session = self.session
        written = value

        def work() -> None:
            nonlocal written
            written = self.store.save_section(session.id, kind, value, getattr(session, kind))

        if not self.write(title, work):
            return False
        setattr(session, kind, written)
        return True

    def write(self, title: str, work: Callable[[], object]) -> bool:
        """Run one store write after the page has changed ``self.session`` to match.

        If the core refuses, the user is told why and the session is read back from the database,
        so what the pages show is always what is stored. In review mode nothing is written.
        """
        if self.read_only:
            announce(self, self.tr("This session is open for review: switch to Edit to change it."))
            self.refresh()
            self._review.apply(True)
            return False
        try:
            work()
        except TruceError as exc:
            if not isinstance(exc, DatabaseError):  # the window has told the storage failure
                prompts.error(self, title, say(exc))
            if self.session is not None:
                try:
                    fresh = self.store.load(self.session.id)
                except (TruceError, OSError, sqlite3.Error):
                    return False  # not readable either: the window says so
                self.session.__dict__.update(fresh.__dict__)
            self.refresh()
            return False
        return True


MESSAGE_MS = 6000


def announce(page: QWidget, message: str) -> None:
    """A quiet confirmation in the window's status bar, where "Saved" also appears."""
    window = page.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, MESSAGE_MS)
