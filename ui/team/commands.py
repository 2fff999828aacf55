"""The File menu's team library commands: open the team library's window, publish the session
at hand to it, take one out of it into this computer's library, change which library it is.

The rules are workshop_app.store.team.publishing's; a conflict is shown side by side
(prompts.compare) and resolved as a copy or an update, never by overwriting silently. The
address is kept in the settings without a password: an address with one is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ui import prompts
from ui.commands import menu_action
from ui.i18n import show_date, show_timestamp
from ui.messages import say
from ui.settings import Settings
from workshop_app.errors import TruceError
from workshop_app.paths import is_team_address

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.commands.window import CommandWindow
    from ui.team.window import TeamLibraryWindow
    from workshop_app.store.team.publishing import Outcome
    from workshop_app.store.team.repository import TeamRepository


class TeamCommands(QObject):
    def __init__(self, window: CommandWindow, settings: Settings):
        super().__init__(window.widget())
        self.window = window
        self.settings = settings
        self.view: TeamLibraryWindow | None = None

    def build(self, menu: QMenu, before: QAction) -> list[QAction]:
        def add(text: str, slot: Callable[[], None], name: str) -> QAction:
            action = menu_action(self.window.widget(), text, slot, None, name)
            menu.insertAction(before, action)
            return action

        self.open_action = add(self.tr("&Team Library…"), self.open_library, "actionTeamLibrary")
        self.publish_action = add(
            self.tr("&Publish to Team Library"), self.publish, "actionPublishToTeam"
        )
        add(self.tr("Connect to Another Team Library…"), self.change_library, "actionTeamAddress")
        menu.insertSeparator(before)
        menu.aboutToShow.connect(self.update)
        return [self.open_action, self.publish_action]

    def _on_team(self) -> bool:
        """Whether this window is itself on a team library (`truce --db postgresql://…`): then
        there is nothing to publish from it or take out into it."""
        store = self.window.store
        return store is not None and hasattr(store.repo, "address")

    def update(self) -> None:
        self.publish_action.setEnabled(
            not self._on_team() and self.window.current_session_id() is not None
        )

    # ----------------------------------------------------------------- where the library is

    def ask_address(self) -> str | None:
        title = self.tr("Team Library")
        address = prompts.text(
            self.window.widget(),
            title,
            self.tr(
                "The team library's address: a postgresql:// address or service=NAME, as given "
                "by its administrator. Passwords belong in ~/.pgpass or the service file."
            ),
            self.settings.get("team/address"),
        )
        if address is None or not address.strip():
            return None
        address = address.strip()
        from workshop_app.store.team.address import has_password

        if not is_team_address(address):
            prompts.error(
                self.window.widget(),
                title,
                self.tr(
                    "This is not a team library's address. It starts with postgresql:// or "
                    "service=; nothing was changed."
                ),
            )
            return None
        if has_password(address):
            prompts.error(
                self.window.widget(),
                title,
                self.tr(
                    "Truce does not keep passwords in its settings. Put the password in "
                    "~/.pgpass or the service file and give the address without it; nothing "
                    "was changed."
                ),
            )
            return None
        return address  # kept in the settings once it has connected

    def change_library(self) -> None:
        address = self.ask_address()
        if address is not None:
            if self.view is not None:
                self.view.close()
                self.view = None
            self.open_library(address)

    def _connect(self, address: str | None = None) -> TeamRepository | None:
        address = address or self.settings.get("team/address") or self.ask_address()
        if not address:
            return None
        from workshop_app.store.team.repository import TeamRepository

        try:
            team = TeamRepository.connect(address)
        except TruceError as exc:
            prompts.error(self.window.widget(), self.tr("Team Library"), say(exc))
            return None
        self.settings.set("team/address", address)  # only an address that worked is kept
        return team

    # ----------------------------------------------------------------- the commands

    def open_library(self, address: str | None = None) -> None:
        if self.view is not None:
            self.view.show()
            self.view.raise_()
            self.view.activateWindow()
            return
        team = self._connect(address)
        if team is None:
            return
        from ui.team.window import TeamLibraryWindow

        self.view = TeamLibraryWindow(team, self.window.widget())
        self.view.takeOutRequested.connect(self.take_out)
        self.view.take_out_button.setVisible(not self._on_team())
        self.view.destroyed.connect(lambda *_: setattr(self, "view", None))
        self.view.show()

    def publish(self) -> None:
        self.update()
        session_id = self.window.current_session_id()
        if session_id is None or not self.publish_action.isEnabled():
            return
        self.window.flush_session()
        team = self._connect()
        if team is None:
            return
        try:
            outcome = self._settle(team, session_id, publishing=True)
        finally:
            team.close()
        if outcome is not None:
            self.window.status_message(
                self.tr("Published “%1” to the team library (version %2).")
                .replace("%1", outcome.session.info.title)
                .replace("%2", str(outcome.version)),
                8000,
            )
            if self.view is not None:
                self.view.reload()

    def take_out(self, session_id: str) -> None:
        if self.view is None or self._on_team():
            return
        outcome = self._settle(self.view.team, session_id, publishing=False)
        if outcome is None:
            return
        store = self.window.store
        assert store is not None
        self.window.show_library()  # a session open in the window may just have been replaced
        store.announce_stored(outcome.session.id)
        self.window.show_library(select=outcome.session.id)
        self.window.status_message(
            self.tr("“%1” is in this computer's library now (team version %2).")
            .replace("%1", outcome.session.info.title)
            .replace("%2", str(outcome.version)),
            8000,
        )

    def _settle(self, team: TeamRepository, session_id: str, *, publishing: bool) -> Outcome | None:
        """Publish or take out; on a conflict, both side by side and the person's choice."""
        from workshop_app.store.team.faults import Conflict, IdTaken
        from workshop_app.store.team.publishing import Links, publish, side_by_side, take_out

        store = self.window.store
        assert store is not None
        move = publish if publishing else take_out
        title = self.tr("Publish to Team Library") if publishing else self.tr("Take Out")
        options = (
            [self.tr("Publish as a New Copy"), self.tr("Replace the Team's Copy")]
            if publishing
            else [self.tr("Take Out as a New Copy"), self.tr("Replace Mine")]
        )
        mode = "error"
        while True:
            try:
                return move(store.repo, team, session_id, Links(self.window.library_path()), mode)
            except Conflict as conflict:
                choice = prompts.compare(
                    self.window.widget(),
                    title,
                    self.tr(
                        "Both copies of this session changed since they last met. Nothing has "
                        "been overwritten. Choose how to go on:"
                    ),
                    (self.tr("This computer"), self.tr("Team library")),
                    side_by_side(conflict.here, conflict.there, say, show_date, show_timestamp),
                    options,
                )
                if choice is None:
                    return None
                mode = ("copy", "update")[choice]
            except IdTaken as exc:
                # Only a new copy can go in (publishing): offered, as the message says.
                if mode == "copy":
                    prompts.error(self.window.widget(), title, say(exc))
                    return None
                if prompts.choose(self.window.widget(), title, say(exc), options[:1]) is None:
                    return None
                mode = "copy"
            except TruceError as exc:
                prompts.error(self.window.widget(), title, say(exc))
                return None
