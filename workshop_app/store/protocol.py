"""What the window, the command line, the demo and the documents need of a library of sessions.

``Repository`` (SQLite, one file) and ``store.team.TeamRepository`` (an organisation's PostgreSQL
server) implement it; their callers need not know which they have. Nothing here is about a file:
backups, the integrity check and the lock belong to SQLite's library and live in
``store.library_file``, ``store.backups`` and ``store.maintenance``.

The rules every implementation keeps: each write is kept or refused whole before the method
returns; the writes inside ``intent()`` are one transaction; a session read is one version of
it; a refusal is a ``workshop_app.errors.TruceError`` in words (``NotFound``, ``Ambiguous``,
``ValidationError``, a store.faults error, ``replay.PartChanged``).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from workshop_app import follow_up
    from workshop_app.domain import Action, ActionEvent, ActionStatus, Decision, Session
    from workshop_app.domain.basics import Participant, SessionInfo, SessionSummary
    from workshop_app.tracker import TrackedAction, TrackerFilter


class SessionRepository(Protocol):
    # Where the library is, for messages ("… could not be written to /path"); None if nowhere.
    @property
    def path(self) -> Path | None: ...

    def close(self) -> None: ...

    def intent(self) -> AbstractContextManager[None]:
        """One transaction for a caller whose one gesture is several writes."""
        ...

    # the library
    def list_sessions(self, search: str = "", *, trash: bool = False) -> list[SessionSummary]: ...

    def session_ids(
        self, search: str = "", *, trash: bool = False, sort: str = "date", descending: bool = True
    ) -> list[str]: ...

    def summaries(self, session_ids: Sequence[str]) -> list[SessionSummary]: ...

    def find(self, ref: str) -> str: ...

    def series(self, series_id: str) -> list[Session]: ...

    def exists(self, session_id: str) -> bool: ...

    # whole sessions
    def get(self, session_id: str) -> Session: ...

    def part(self, session_id: str, kind: str) -> Any: ...

    def add(self, session: Session) -> Session: ...

    def replace_session(self, session: Session) -> Session: ...

    def duplicate(self, session_id: str, title: str, today: date | None = None) -> Session: ...

    def delete(self, session_id: str) -> None: ...

    def restore(self, session_id: str) -> None: ...

    def purge(self, session_id: str) -> None: ...

    def empty_trash(self) -> int: ...

    # edits
    def update_info(self, session_id: str, **changes: Any) -> SessionInfo: ...

    def save_participants(self, session_id: str, participants: Sequence[Participant]) -> None: ...

    def save_section(self, session_id: str, name: str, value: Any) -> None: ...

    def save_action(self, session_id: str, action: Action, comment: str = "") -> None: ...

    def remove_action(self, session_id: str, action_id: str) -> None: ...

    def save_actions(self, session_id: str, actions: Sequence[Action]) -> None: ...

    def remove_actions(self, session_id: str, action_ids: Sequence[str]) -> None: ...

    def reorder_actions(self, session_id: str, action_ids: Sequence[str]) -> None: ...

    # undo and redo
    def put_parts(self, session_id: str, steps: Sequence[tuple[str, Any, Any]]) -> None: ...

    # following actions up
    def action_history(self, session_id: str, action_id: str) -> list[ActionEvent]: ...

    def update_action(
        self,
        session_id: str,
        action_id: str,
        status: ActionStatus,
        due: str | None = None,
        comment: str = "",
    ) -> Action: ...

    def tracked_actions(self, rule: TrackerFilter, limit: int = ...) -> list[TrackedAction]: ...

    def tracker_sessions(self) -> list[tuple[str, str]]: ...

    def previous_session(self, session_id: str) -> Session | None: ...

    def decide_follow_up(
        self,
        session_id: str,
        action_id: str,
        decision: Decision,
        *,
        new_due: str = "",
        reason: str = "",
    ) -> follow_up.Outcome: ...
