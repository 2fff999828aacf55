"""`truce restore`: a library file replaced by one of its backups, with no connection open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.errors import ValidationError

if TYPE_CHECKING:
    import argparse

    from workshop_app.cli_words import Voice
    from workshop_app.store.backups import Backup

# Why a backup was taken, as its file name says it ("manual2": the second within one second).
REASONS = {
    "daily": "command_line.backup.daily",
    "manual": "command_line.backup.manual",
    "before-restore": "command_line.backup.before_restore",
    "before-schema-": "command_line.backup.before_update",
}


def restore(db_path: Path, args: argparse.Namespace, say: Voice) -> int:
    """Restore with no connection open; the current database is backed up first (or, damaged,
    copied aside). Refused while a window has the database open."""
    from workshop_app.store import Repository, backups, library_file
    from workshop_app.store.faults import DatabaseDamaged

    found = backups.list_backups(db_path)
    if args.list:
        for backup in found:
            print(f"{backup.path}  {label(backup, say)}")
        if not found:
            print(say("command_line.backup.none_yet"))
        return 0
    chosen = args.backup or (found[0].path if found else None)
    if chosen is None:
        raise ValidationError("cli.no_backups")
    if not Path(chosen).is_file():
        raise ValidationError("backup.not_a_file", path=chosen)
    if backups.window_holds(db_path):
        raise ValidationError("cli.window_holds")
    backups.check_backup(Path(chosen))  # refused before anything is touched
    said = ""
    if db_path.exists():
        try:
            current = Repository.open(db_path)
        except DatabaseDamaged:
            kept = backups.keep_damaged(db_path)
            said = say("command_line.backup.restored_damaged", backup=chosen, path=kept)
        else:
            try:
                library_file.back_up(current, "before-restore", protect=Path(chosen))
            finally:
                current.close()
    backups.restore_backup(Path(chosen), db_path)
    folder = backups.backup_dir(db_path)
    print(said or say("command_line.backup.restored", backup=chosen, folder=folder))
    return 0


def label(backup: Backup, say: Voice) -> str:
    """When a backup was taken and why: "23 November 2026 14:05:09 (daily)"."""
    reason = REASONS.get(backup.reason.rstrip("0123456789"))
    why = say(reason) if reason else backup.reason
    return say("command_line.backup.label", when=say.moment(backup.taken), why=why)
