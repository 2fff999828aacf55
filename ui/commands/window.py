"""What a menu command may ask of the window. ``MainWindow`` is one; a test double can be another.

Commands tell the window things with signals of their own (``BackupCommands.closeRequested``)
and the store's (``SessionStore.reopened``, ``libraryChanged``), never by calling into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from ui.store import SessionStore
    from workshop_app.domain.basics import SessionSummary


class CommandWindow(Protocol):
    # The window's store: None only before the library is open.
    store: SessionStore | None

    def widget(self) -> QWidget:
        """The window, as the parent of a command's dialogs."""
        ...

    def library_path(self) -> Path:
        """The library's file."""
        ...

    def current_session_id(self) -> str | None:
        """The open session, else the one selected in the library, else None."""
        ...

    def flush_session(self) -> None:
        """Save the open session's typing that is not saved yet."""
        ...

    def open_session(self, session_id: str, stage: str = "setup") -> None: ...

    def show_library(self, select: str | None = None) -> None:
        """The library on screen, with ``select`` (a session id) selected if given."""
        ...

    def listed_summary(self, session_id: str) -> SessionSummary | None:
        """The library's row of a session, without reading the database (None if not listed)."""
        ...

    def settle(self) -> None:
        """Wait for the window's background readers of the library's file (before replacing it)."""
        ...

    def status_message(self, text: str, timeout_ms: int = 0) -> None: ...
