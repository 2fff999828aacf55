"""`truce restore`: a library file replaced by one of its backups, with no connection open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app.errors import ValidationError

if TYPE_CHECKING:
    import argparse


def restore(db_path: Path, args: argparse.Namespace) -> int:
    """Restore with no connection open; the current database is backed up first (or, damaged,
    copied aside). Refused while a window has the database open."""
    from workshop_app.store import Repository, backups, library_file
    from workshop_app.store.faults import DatabaseDamaged

    found = backups.list_backups(db_path)
    if args.list:
        for backup in found:
            print(f"{backup.path}  {backup.label}")
        if not found:
            print("No backups yet.")
        return 0
    chosen = args.backup or (found[0].path if found else None)
    if chosen is None:
        raise ValidationError("cli.no_backups")
    if not Path(chosen).is_file():
        raise ValidationError("backup.not_a_file", path=chosen)
    if backups.window_holds(db_path):
        raise ValidationError("cli.window_holds")
    backups.check_backup(Path(chosen))  # refused before anything is touched
    kept = ""
    if db_path.exists():
        try:
            current = Repository.open(db_path)
        except DatabaseDamaged:
            kept = f" The damaged database is kept as {backups.keep_damaged(db_path)}."
        else:
            try:
                library_file.back_up(current, "before-restore", protect=Path(chosen))
            finally:
                current.close()
    backups.restore_backup(Path(chosen), db_path)
    if not kept:
        kept = f" The database as it was is kept in {backups.backup_dir(db_path)}."
    print(f"Restored {chosen}.{kept}")
    return 0
