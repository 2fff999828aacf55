"""File ▸ Import Session…: a session document read into the library, as a copy or in place of
the one already there."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import prompts
from ui.messages import say
from workshop_app.errors import AlreadyInLibrary, TruceError
from workshop_app.paths import documents_dir
from workshop_app.store.faults import DatabaseError

if TYPE_CHECKING:
    from ui.commands.window import CommandWindow
    from ui.settings import Settings

# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls.
# The words are the main window's, where the command was first offered.
translate = QCoreApplication.translate


def import_session(window: CommandWindow, settings: Settings) -> None:
    store = window.store
    if store is None:
        return
    parent = window.widget()
    title = translate("MainWindow", "Import session")
    path = prompts.open_file(
        parent,
        title,
        settings.get("export/last_folder") or str(documents_dir()),
        translate("MainWindow", "Truce sessions (*.json);;All files (*)"),
    )
    if not path:
        return
    settings.set("export/last_folder", str(Path(path).parent))
    try:
        try:
            session = store.import_file(Path(path))
        except AlreadyInLibrary:
            choice = prompts.choose(
                parent,
                title,
                translate(
                    "MainWindow",
                    "This session is already in your library. Import it as a new copy, or replace the one you have "
                    "with the imported version?",
                ),
                [
                    translate("MainWindow", "Import as copy"),
                    translate("MainWindow", "Replace mine"),
                ],
            )
            if choice is None:
                return
            session = store.import_file(Path(path), "copy" if choice == 0 else "replace")
    except TruceError as exc:
        if not isinstance(exc, DatabaseError):  # storage failures: the window's SaveIndicator
            prompts.error(parent, title, say(exc))
        return
    window.status_message(
        translate("MainWindow", "Imported “%1”.").replace("%1", session.info.title), 5000
    )
    window.open_session(session.id)
