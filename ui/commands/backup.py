"""Backups from the window: Back Up Now, Restore from Backup, and recovery from a damaged
database at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui import prompts
from ui.i18n import show_date, show_time
from ui.messages import say
from workshop_app.errors import TruceError
from workshop_app.store import Repository
from workshop_app.store.faults import is_damage

# The backup modules load when a backup is made, restored or needed: not at every start.
if TYPE_CHECKING:
    from ui.commands.window import CommandWindow
    from workshop_app.store import backups


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


def _newest_usable(path: Path) -> backups.Backup | None:
    from workshop_app.store import backups

    for backup in backups.list_backups(path):
        try:
            backups.check_backup(backup.path)
        except TruceError:
            continue
        return backup
    return None


def recover(path: Path, problem: str) -> Repository | None:
    """A damaged database (only ever corruption: store.faults): keep it aside, and start from
    the newest backup that is itself sound, if there is one."""
    newest = _newest_usable(path)
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
    from workshop_app.store import backups

    try:
        if newest is not None:
            # A copy kept aside, then the backup renamed into place: never no database at all.
            aside = backups.keep_damaged(path)
            backups.restore_backup(newest.path, path)
        else:
            aside = backups.set_aside(path)
        repo = Repository.open(path)
    except (TruceError, OSError) as exc:
        prompts.error(None, translate("BackupCommands", "Truce cannot start"), say(exc))
        return None
    prompts.info(
        None,
        translate("BackupCommands", "Database restored"),
        translate("BackupCommands", "The damaged file was kept as %1.").replace("%1", str(aside)),
    )
    return repo


class BackupCommands(QObject):
    """File ▸ Back Up Now and Restore from Backup for the window's library."""

    # The library could not be opened again after a restore: the window cannot go on.
    closeRequested = Signal()

    def __init__(self, window: CommandWindow):
        super().__init__(window.widget())
        self.window = window

    def backup_now(self) -> None:
        store = self.window.store
        assert store is not None
        self.window.flush_session()
        from workshop_app.store import library_file

        try:
            path = library_file.back_up(store.repo)
        except TruceError as exc:
            prompts.error(self.window.widget(), translate("BackupCommands", "Back up"), say(exc))
            return
        self.window.status_message(
            translate("BackupCommands", "Backed up to %1").replace("%1", str(path))
        )

    def restore_backup(self) -> None:
        store = self.window.store
        assert store is not None
        parent = self.window.widget()
        db_path = self.window.library_path()
        from workshop_app.store import backups, library_file

        found = backups.list_backups(db_path)
        if not found:
            prompts.info(
                parent,
                translate("BackupCommands", "Restore from backup"),
                translate("BackupCommands", "There are no backups yet."),
            )
            return
        index = prompts.pick(
            parent,
            translate("BackupCommands", "Restore from backup"),
            translate("BackupCommands", "Backup to restore:"),
            [backup_label(b) for b in found],
        )
        if index is None or not prompts.confirm(
            parent,
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
        self.window.settle()  # a background check reads the file about to be replaced
        title = translate("BackupCommands", "Restore from backup")
        damaged = False
        try:
            backups.check_backup(found[index].path)  # refused before anything is touched
            try:
                library_file.back_up(store.repo, "before-restore", protect=found[index].path)
            except backups.BackupError as exc:
                # A damaged database cannot be backed up: a copy of it is kept instead.
                if not is_damage(exc.__cause__ or exc):
                    raise
                damaged = True
        except TruceError as exc:
            prompts.error(parent, title, say(exc))
            return
        # This window holds the database (its lock keeps `truce restore` out): it lets go of
        # its connection, the backup is renamed into place, and it opens the file again.
        store.let_go()
        try:
            if damaged:
                backups.keep_damaged(db_path)
            backups.restore_backup(found[index].path, db_path)
            restored = True
        except (TruceError, OSError) as exc:
            prompts.error(parent, title, say(exc))
            restored = False
        try:
            repo = Repository.open(db_path)
        except TruceError as exc:
            prompts.error(parent, translate("BackupCommands", "Truce cannot start"), say(exc))
            self.closeRequested.emit()
            return
        store.reopen(repo)
        if restored:
            self.window.status_message(
                translate("BackupCommands", "Restored the backup of %1").replace(
                    "%1", backup_label(found[index])
                )
            )
