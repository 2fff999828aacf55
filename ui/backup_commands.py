"""Backups from the window: Back Up Now, Restore from Backup, and recovery from a damaged
database at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui import prompts
from workshop_app.errors import TruceError
from workshop_app.store import Repository, backups

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupCommands", text)


def recover(path: Path, problem: str) -> Repository | None:
    """A damaged database: keep it aside, and start from the newest backup if there is one."""
    newest = next(iter(backups.list_backups(path)), None)
    if newest is None:
        question = _tr(
            "%1\n\nThere is no backup to restore. Set the damaged file aside and start with "
            "an empty library?"
        ).replace("%1", problem)
        action = _tr("Set aside and start empty")
    else:
        question = (
            _tr("%1\n\nSet the damaged file aside and restore the backup of %2?")
            .replace("%1", problem)
            .replace("%2", newest.label)
        )
        action = _tr("Restore backup")
    if not prompts.confirm(None, _tr("The session database is damaged"), question, action):
        return None
    try:
        aside = backups.set_aside(path)
        if newest is not None:
            backups.restore_backup(newest.path, path)
        repo = Repository.open(path)
    except (TruceError, OSError) as exc:
        prompts.error(None, _tr("Truce cannot start"), str(exc))
        return None
    prompts.info(
        None,
        _tr("Database restored"),
        _tr("The damaged file was kept as %1.").replace("%1", str(aside)),
    )
    return repo


class BackupCommands(QObject):
    """File ▸ Back Up Now and Restore from Backup for the window's library."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    def backup_now(self) -> None:
        assert self.window.store is not None
        self.window.session_view.flush()
        try:
            path = self.window.store.repo.backup()
        except TruceError as exc:
            prompts.error(self.window, _tr("Back up"), str(exc))
            return
        self._status(_tr("Backed up to %1").replace("%1", str(path)))

    def restore_backup(self) -> None:
        assert self.window.store is not None
        found = backups.list_backups(self.window.context.db_path)
        if not found:
            prompts.info(self.window, _tr("Restore from backup"), _tr("There are no backups yet."))
            return
        index = prompts.pick(
            self.window,
            _tr("Restore from backup"),
            _tr("Backup to restore:"),
            [b.label for b in found],
        )
        if index is None or not prompts.confirm(
            self.window,
            _tr("Restore from backup"),
            _tr(
                "Replace every session with the backup of %1? The sessions as they are now are backed "
                "up first, so this can be reversed."
            ).replace("%1", found[index].label),
            _tr("Restore"),
        ):
            return
        self.window.session_view.flush()
        self.window.show_library()
        if self.window.maintenance is not None:
            self.window.maintenance.wait()  # it reads the file about to be replaced
        try:
            self.window.store.repo.backup("before-restore")
            self.window.store.repo.close()
            backups.restore_backup(found[index].path, self.window.context.db_path)
        except TruceError as exc:
            prompts.error(self.window, _tr("Restore from backup"), str(exc))
        self.window.store.repo = Repository.open(self.window.context.db_path)
        self.window.undo.clear()
        self.window.store.libraryChanged.emit()
        self._status(_tr("Restored the backup of %1").replace("%1", found[index].label))
