"""`truce --db postgresql://…` (or TRUCE_DB): the main window on a team library.

Every page and command works as on this computer's library, through the same SessionStore; a
department head updates actions in the follow-up tracker straight into the team library. What
only a library file has (backing it up, restoring it, the single window per file) is off: the
server keeps its own backups. The status bar names the library and says when its connection is
lost; the library list is read again when another client writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ui import prompts
from ui.messages import say
from ui.store import SessionStore
from ui.team.presence import LOST_STYLE, Presence
from workshop_app.errors import TruceError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def open_on_team(window: MainWindow, address: str) -> bool:
    from workshop_app.store.team.repository import TeamRepository

    try:
        repo = TeamRepository.connect(address)
    except TruceError as exc:
        prompts.error(None, translate("TeamOpening", "Truce cannot start"), say(exc))
        return False
    store = SessionStore(repo, window)
    window.attach(store)
    server_keeps = translate(
        "TeamOpening", "A team library is backed up on its server; ask its administrator."
    )
    for action in (window.backup_action, window.restore_action):
        action.setEnabled(False)
        action.setToolTip(server_keeps)
        action.setStatusTip(server_keeps)
    state = QLabel()
    state.setObjectName("teamConnectionState")
    window.statusBar().addWidget(state, 1)
    presence = Presence(address, window)
    window.team_presence = presence

    def show(connected: bool, words: str) -> None:
        state.setText(words)
        state.setToolTip(presence.detail)
        state.setStyleSheet("" if connected else LOST_STYLE)

    presence.stateChanged.connect(show)
    presence.changed.connect(store.libraryChanged)
    store.saveFailed.connect(presence.lost)
    show(presence.connected is not False, presence.words)
    presence.look()
    return True
