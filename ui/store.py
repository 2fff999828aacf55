"""The window's door to the repository: calls it, then announces what changed.

Pages never speak SQL; they call these methods and redraw on the signals. Every method returns
only after the repository has committed, so "Saved" in the status bar is the truth.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_app.domain import Action, Participant, Session, SessionInfo, SessionSummary
from workshop_app.store import Repository


class SessionStore(QObject):
    libraryChanged = Signal()
    sessionChanged = Signal(str)  # the id of the session that was written
    saved = Signal(datetime)

    def __init__(self, repo: Repository, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo

    def _wrote(self, session_id: str, *, library_too: bool = False) -> None:
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

        session = library.create_session(self.repo, title, **details)
        self._wrote(session.id, library_too=True)
        return session

    def create_demo(self, language: str = "en") -> Session:
        from workshop_app.demo import create_demo

        session = create_demo(self.repo, language)
        self._wrote(session.id, library_too=True)
        return session

    def duplicate(self, session_id: str, title: str) -> Session:
        session = self.repo.duplicate(session_id, title)
        self._wrote(session.id, library_too=True)
        return session

    def delete(self, session_id: str) -> None:
        self.repo.delete(session_id)
        self._wrote(session_id, library_too=True)

    def restore(self, session_id: str) -> None:
        self.repo.restore(session_id)
        self._wrote(session_id, library_too=True)

    def purge(self, session_id: str) -> None:
        self.repo.purge(session_id)
        self.libraryChanged.emit()

    def empty_trash(self) -> int:
        count = self.repo.empty_trash()
        self.libraryChanged.emit()
        return count

    def import_file(self, path: Path, on_conflict: str = "error") -> Session:
        from workshop_app import library

        session = library.import_file(self.repo, path, on_conflict)
        self._wrote(session.id, library_too=True)
        return session

    # -------------------------------------------------------------- edits

    def update_info(self, session_id: str, **changes: Any) -> SessionInfo:
        info = self.repo.update_info(session_id, **changes)
        self._wrote(
            session_id,
            library_too=bool({"title", "organisation", "date", "facilitator"} & set(changes)),
        )
        return info

    def save_participants(self, session_id: str, participants: list[Participant]) -> None:
        self.repo.save_participants(session_id, participants)
        self._wrote(session_id, library_too=True)

    def save_section(self, session_id: str, name: str, value: Any) -> None:
        self.repo.save_section(session_id, name, value)
        self._wrote(session_id)

    def save_action(self, session_id: str, action: Action) -> None:
        self.repo.save_action(session_id, action)
        self._wrote(session_id)

    def remove_action(self, session_id: str, action_id: str) -> None:
        self.repo.remove_action(session_id, action_id)
        self._wrote(session_id)

    def reorder_actions(self, session_id: str, action_ids: list[str]) -> None:
        self.repo.reorder_actions(session_id, action_ids)
        self._wrote(session_id)
