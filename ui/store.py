"""The window's door to the repository: calls it, then announces what changed.

Pages never speak SQL; they call these methods and redraw on the signals. Every method returns
only after the repository has committed, so "Saved" in the status bar is the truth. A write the
disk refuses (full, read-only, locked past the busy timeout, unreachable) is announced with
``saveFailed`` in plain words and raised as a TruceError, which the pages show and answer by
reading the session back from the database: what is on screen is what is stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ui.messages import say
from workshop_app.errors import TruceError
from workshop_app.merge import merge_fields
from workshop_app.store.faults import DatabaseError, explain

if TYPE_CHECKING:
    from workshop_app.domain import (
        Action,
        ActionEvent,
        ActionStatus,
        Decision,
        Participant,
        Session,
        SessionInfo,
        SessionSummary,
    )
    from workshop_app.store import Repository
    from workshop_app.tracker import TrackedAction, TrackerFilter


class UnderReview(TruceError):
    """A write to a session that is open read-only."""


class SessionStore(QObject):
    libraryChanged = Signal()
    sessionChanged = Signal(str)  # the id of the session that was written
    saved = Signal(datetime)
    saveFailed = Signal(str)  # why the last write was not saved, in words
    reopened = Signal()  # the library's file was replaced (a restore): undo steps are void

    def __init__(self, repo: Repository, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo
        # Sessions open in review mode: the last line of defence against a stray write.
        self.under_review: set[str] = set()
        # ui.undo.EditHistory, when the window keeps one: every edit below is recorded there.
        self.history: Any = None
        # Inside intent(): what to announce once its transaction has committed.
        self._deferred: list[Callable[[], None]] | None = None

    # ------------------------------------------------------------------ the library itself

    def let_go(self) -> None:
        """Before the library's file is replaced (a restore): close this window's connection."""
        self.repo.close()

    def reopen(self, repo: Repository) -> None:
        """The library again, after its file was replaced: what the window remembered of the
        old one (undo steps) is void, and every view of it is stale."""
        self.repo = repo
        self.reopened.emit()
        self.libraryChanged.emit()

    def _writable(self, session_id: str) -> None:
        if session_id in self.under_review:
            raise UnderReview(
                self.tr("This session is open for review only. Switch to Edit to change it.")
            )

    @contextmanager
    def _saving(self) -> Iterator[None]:
        """Around every write: a refusal of the disk is announced, then raised in words."""
        try:
            yield
        except (DatabaseError, sqlite3.Error, OSError) as exc:
            error = explain(exc, self.repo.path)
            self.saveFailed.emit(say(error))
            if error is exc:
                raise
            raise error from exc

    @contextmanager
    def intent(self) -> Iterator[None]:
        """Several writes of one gesture in one transaction (all stored, or none). "Saved" and
        the undo step are announced once it has committed, never for writes rolled back."""
        if self._deferred is not None:
            yield
            return
        self._deferred = []
        try:
            with self._saving(), self.repo.intent():
                yield
            deferred = self._deferred
        finally:
            self._deferred = None
        for announce in deferred:
            announce()

    def _wrote(self, session_id: str, *, library_too: bool = False) -> None:
        if self._deferred is not None:
            self._deferred.append(lambda: self._wrote(session_id, library_too=library_too))
            return
        self.saved.emit(datetime.now())
        self.sessionChanged.emit(session_id)
        if library_too:
            self.libraryChanged.emit()

    # -------------------------------------------------------------- library

    def sessions(self, search: str = "", *, trash: bool = False) -> list[SessionSummary]:
        return self.repo.list_sessions(search, trash=trash)

    def session_ids(
        self, search: str = "", *, trash: bool = False, sort: str = "date", descending: bool = True
    ) -> list[str]:
        return self.repo.session_ids(search, trash=trash, sort=sort, descending=descending)

    def summaries(self, session_ids: Sequence[str]) -> list[SessionSummary]:
        return self.repo.summaries(session_ids)

    def load(self, session_id: str) -> Session:
        return self.repo.get(session_id)

    def create(self, title: str, **details: Any) -> Session:
        from workshop_app import library  # with the document code: not needed to start

        with self._saving():
            session = library.create_session(self.repo, title, **details)
        self._wrote(session.id, library_too=True)
        return session

    def create_demo(self, language: str = "en") -> Session:
        from workshop_app.demo import create_demo

        with self._saving():
            session = create_demo(self.repo, language)
        self._wrote(session.id, library_too=True)
        return session

    def create_demo_series(self, language: str = "en") -> list[Session]:
        from workshop_app.demo import create_demo_series

        with self._saving():
            sessions = create_demo_series(self.repo, language)
        self._wrote(sessions[-1].id, library_too=True)
        return sessions

    def duplicate(self, session_id: str, title: str) -> Session:
        with self._saving():
            session = self.repo.duplicate(session_id, title)
        self._wrote(session.id, library_too=True)
        return session

    def delete(self, session_id: str) -> None:
        with self._saving():
            self.repo.delete(session_id)
        self._wrote(session_id, library_too=True)

    def restore(self, session_id: str) -> None:
        with self._saving():
            self.repo.restore(session_id)
        self._wrote(session_id, library_too=True)

    def purge(self, session_id: str) -> None:
        with self._saving():
            self.repo.purge(session_id)
        self.libraryChanged.emit()

    def empty_trash(self) -> int:
        with self._saving():
            count = self.repo.empty_trash()
        self.libraryChanged.emit()
        return count

    def import_file(self, path: Path, on_conflict: str = "error") -> Session:
        from workshop_app import library

        with self._saving():
            session = library.import_file(self.repo, path, on_conflict)
        self._wrote(session.id, library_too=True)
        return session

    def announce_stored(self, session_id: str) -> None:
        """A session written to this library by another road (taken out of a team library):
        announced as an import is."""
        self._wrote(session_id, library_too=True)

    # -------------------------------------------------------------- edits

    def _stored(self, session_id: str, kind: str) -> Any:
        """The part an edit replaces, as stored before it, when an undo history wants it."""
        if self.history is None or not self.history.recording:
            return None
        return self.repo.part(session_id, kind)

    def _record(self, session_id: str, kind: str, before: Any) -> None:
        """Put the write on the undo stack: what it replaced, and what it left as the database
        holds it (read back, so that an undo can tell whether it is still there)."""
        if self.history is not None and before is not None:
            try:
                after = self.repo.part(session_id, kind)
            except (DatabaseError, sqlite3.Error, OSError):
                return  # saved, but not readable just now: not undoable, never wrong
            self._remember(session_id, kind, before, after)

    def _remember(self, session_id: str, kind: str, before: Any, after: Any) -> None:
        if self._deferred is not None:  # on the undo stack once the gesture has committed
            self._deferred.append(lambda: self._remember(session_id, kind, before, after))
        elif self.history is not None:
            self.history.record(session_id, kind, before, after)

    def update_info(self, session_id: str, **changes: Any) -> SessionInfo:
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "info")
            info = self.repo.update_info(session_id, **changes)
        self._wrote(
            session_id,
            library_too=bool(
                {"title", "organisation", "date", "facilitator", "series_id"} & set(changes)
            ),
        )
        if old is not None:
            before = {k: getattr(old, k) for k in changes}
            self._remember(session_id, "info", before, {k: getattr(info, k) for k in changes})
        return info

    def save_participants(self, session_id: str, participants: list[Participant]) -> None:
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "participants")
            self.repo.save_participants(session_id, participants)
        self._wrote(session_id, library_too=True)
        self._record(session_id, "participants", old)

    def save_section(self, session_id: str, name: str, value: Any, drawn: Any = None) -> Any:
        """Store ``value`` as the section ``name``; returns what was stored. ``drawn``, the
        section as a page last drew it: what ``value`` left as there is kept as stored, for
        answers from phones are stored a moment before the pages draw them
        (phone_round.REDRAW_MS), and the page's copy would drop them."""
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, name)
            if drawn is not None:
                stored = self.repo.part(session_id, name) if old is None else old
                value = merge_fields(drawn, value, stored)
            self.repo.save_section(session_id, name, value)
        self._wrote(session_id)
        self._record(session_id, name, old)
        return value

    def save_action(self, session_id: str, action: Action) -> None:
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "actions")
            self.repo.save_action(session_id, action)
        self._wrote(session_id)
        self._record(session_id, "actions", old)

    def remove_action(self, session_id: str, action_id: str) -> None:
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "actions")
            self.repo.remove_action(session_id, action_id)
        self._wrote(session_id)
        self._record(session_id, "actions", old)

    def save_actions(self, session_id: str, actions: list[Action]) -> None:
        """One gesture over several actions: one transaction, one undo step."""
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "actions")
            self.repo.save_actions(session_id, actions)
        self._wrote(session_id)
        self._record(session_id, "actions", old)

    def remove_actions(self, session_id: str, action_ids: list[str]) -> None:
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "actions")
            self.repo.remove_actions(session_id, action_ids)
        self._wrote(session_id)
        self._record(session_id, "actions", old)

    def reorder_actions(self, session_id: str, action_ids: list[str]) -> None:
        self._writable(session_id)
        with self._saving():
            old = self._stored(session_id, "actions")
            self.repo.reorder_actions(session_id, action_ids)
        self._wrote(session_id)
        self._record(session_id, "actions", old)

    def put_parts(self, session_id: str, steps: Sequence[tuple[str, Any, Any]]) -> None:
        """An undo or redo: parts written back in one transaction, each only if it is still
        what the step left (else workshop_app.store.replay.PartChanged, nothing written)."""
        self._writable(session_id)
        with self._saving():
            self.repo.put_parts(session_id, steps)
        self._wrote(
            session_id, library_too=any(kind in ("info", "participants") for kind, _, _ in steps)
        )

    # -------------------------------------------------------------- following actions up
    # Neither is on the undo stack: they are facts reported later, not edits. An undo step whose
    # part they changed is refused (its digest no longer matches), so it never takes them back.

    def tracked_actions(self, rule: TrackerFilter) -> list[TrackedAction]:
        return self.repo.tracked_actions(rule)

    def tracker_sessions(self) -> list[tuple[str, str]]:
        return self.repo.tracker_sessions()

    def action_history(self, session_id: str, action_id: str) -> list[ActionEvent]:
        return self.repo.action_history(session_id, action_id)

    def update_action(
        self,
        session_id: str,
        action_id: str,
        status: ActionStatus,
        due: str | None = None,
        comment: str = "",
    ) -> Action:
        self._writable(session_id)
        with self._saving():
            action = self.repo.update_action(session_id, action_id, status, due, comment)
        self._wrote(session_id)
        return action

    def previous_session(self, session_id: str) -> Session | None:
        return self.repo.previous_session(session_id)

    def decide_follow_up(
        self,
        session_id: str,
        action_id: str,
        decision: Decision,
        *,
        new_due: str = "",
        reason: str = "",
    ):  # a workshop_app.follow_up.Outcome
        self._writable(session_id)
        with self._saving():
            outcome = self.repo.decide_follow_up(
                session_id, action_id, decision, new_due=new_due, reason=reason
            )
            previous = self.repo.previous_session(session_id)
        if previous is not None:
            self._wrote(previous.id)
        self._wrote(session_id)
        return outcome
