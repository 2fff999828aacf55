"""Backups from the window: Back Up Now, Restore from Backup, and recovery from a damaged
database at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from ui import prompts
from ui.i18n import show_date, show_time
from workshop_app.errors import TruceError
from workshop_app.store import Repository, backups

if TYPE_CHECKING:
    from ui.main_window import MainWindow


# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls.
translate = QCoreApplication.translate


def backup_label(backup: backups.Backup) -> str:
    """When a backup was taken, in the interface language, and why: "23.11.2026 14:05:09 (daily)"."""
    reason = backup.reason.rstrip("0123456789")  # "manual2": the second within one second
    reasons = {
        "daily": translate("BackupCommands", "daily"),
        "manual": translate("BackupCommands", "made by hand"),
        "before-restore": translate("BackupCommands", "before a restore"),
        "before-schema-": translate("BackupCommands", "before an update of Truce"),
    }
    why = reasons.get(reason, backup.reason)
    when = f"{show_date(backup.taken.date().isoformat())} {show_time(backup.taken)}"
    return f"{when} ({why})" if why else when


def recover(path: Path, problem: str) -> Repository | None:
    """A damaged database: keep it aside, and start from the newest backup if there is one."""
    newest = next(iter(backups.list_backups(path)), None)
    if newest is None:
        question = translate(
            "BackupCommands",
            "%1\n\nThere is no backup to restore. Set the damaged file aside and start with "
            "an empty library?",
        ).replace("%1", problem)
        action = translate("BackupCommands", "Set aside and start empty")
    else:
        question = (
            translate(
                "BackupCommands", "%1\n\nSet the damaged file aside and restore the backup of %2?"
            )
            .replace("%1", problem)
            .replace("%2", backup_label(newest))
        )
        action = translate("BackupCommands", "Restore backup")
    if not prompts.confirm(
        None, translate("BackupCommands", "The session database is damaged"), question, action
    ):
        return None
    try:
        aside = backups.set_aside(path)
        if newest is not None:
            backups.restore_backup(newest.path, path)
        repo = Repository.open(path)
    except (TruceError, OSError) as exc:
        prompts.error(None, translate("BackupCommands", "Truce cannot start"), str(exc))
        return None
    prompts.info(
        None,
        translate("BackupCommands", "Database restored"),
        translate("BackupCommands", "The damaged file was kept as %1.").replace("%1", str(aside)),
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
        self.window.flush_session()
        try:
            path = self.window.store.repo.backup()
        except TruceError as exc:
            prompts.error(self.window, translate("BackupCommands", "Back up"), str(exc))
            return
        self._status(translate("BackupCommands", "Backed up to %1").replace("%1", str(path)))

    def restore_backup(self) -> None:
        assert self.window.store is not None
        found = backups.list_backups(self.window.context.db_path)
        if not found:
            prompts.info(
                self.window,
                translate("BackupCommands", "Restore from backup"),
                translate("BackupCommands", "There are no backups yet."),
            )
            return
        index = prompts.pick(
            self.window,
            translate("BackupCommands", "Restore from backup"),
            translate("BackupCommands", "Backup to restore:"),
            [backup_label(b) for b in found],
        )
        if index is None or not prompts.confirm(
            self.window,
            translate("BackupCommands", "Restore from backup"),
            translate(
                "BackupCommands",
                "Replace every session with the backup of %1? The sessions as they are now are backed "
                "up first, so this can be reversed.",
            ).replace("%1", backup_label(found[index])),
            translate("BackupCommands", "Restore"),
        ):
            return
        self.window.flush_session()
        self.window.show_library()
        if self.window.maintenance is not None:
            self.window.maintenance.wait()  # it reads the file about to be replaced
        try:
            self.window.store.repo.backup("before-restore")
            self.window.store.repo.close()
            backups.restore_backup(found[index].path, self.window.context.db_path)
        except TruceError as exc:
            prompts.error(self.window, translate("BackupCommands", "Restore from backup"), str(exc))
        self.window.store.repo = Repository.open(self.window.context.db_path)
        self.window.undo.clear()
        self.window.store.libraryChanged.emit()
        self._status(
            translate("BackupCommands", "Restored the backup of %1").replace(
                "%1", backup_label(found[index])
            )
        )
