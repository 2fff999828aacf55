"""The core's messages about the library's file and its backups, as lupdate finds them (ui/messages/__init__.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    return {
        "storage.the_database": translate("CoreMessages", "the session database"),
        "storage.damaged": translate(
            "CoreMessages",
            "The session database {path} is damaged ({detail}). Truce can set it aside and restore the newest backup.",
        ),
        "storage.damaged_unnamed": translate(
            "CoreMessages",
            "The session database is damaged ({detail}). Truce can set it aside and restore the newest backup.",
        ),
        "storage.cause.full": translate("CoreMessages", "The disk that holds {path} is full."),
        "storage.cause.read_only": translate(
            "CoreMessages",
            "Truce cannot write to {path}: the file or its folder is read-only.",
        ),
        "storage.cause.locked": translate(
            "CoreMessages",
            "Another program kept {path} locked for more than {seconds} seconds (another Truce, or a sync or backup tool).",
        ),
        "storage.cause.unreachable": translate(
            "CoreMessages",
            "Truce cannot reach {path}: its disk or network folder may have been disconnected.",
        ),
        "storage.cause.disk": translate(
            "CoreMessages",
            "The disk that holds {path} reported an error.",
        ),
        "storage.cause.replaced": translate(
            "CoreMessages",
            "Another program replaced or removed {path} (a restore from the command line?) while Truce had it open.",
        ),
        "storage.unavailable": translate("CoreMessages", "{cause} {ending}"),
        "storage.ending.saving": translate(
            "CoreMessages",
            "The last change was not saved; everything saved before it is safe.",
        ),
        "storage.ending.opening": translate(
            "CoreMessages",
            "Truce cannot open the sessions until that is put right; nothing was moved.",
        ),
        "storage.ending.checking": translate(
            "CoreMessages",
            "The check and the day's backup did not run; nothing was changed or moved.",
        ),
        "storage.unusable": translate(
            "CoreMessages",
            "The session database {path} could not be used: {detail}.",
        ),
        "storage.unusable_unnamed": translate(
            "CoreMessages",
            "The session database could not be used: {detail}.",
        ),
        "storage.newer_schema": translate(
            "CoreMessages",
            "{path} was written by a newer version of Truce (schema {version}); update Truce to open it.",
        ),
        "storage.broken_references": translate(
            "CoreMessages",
            "{path} holds rows that refer to nothing ({count}, the first in {table}); it cannot be updated to this version. Nothing was changed.",
        ),
        "storage.unknown_values": translate(
            "CoreMessages",
            "The session database holds values of {what} that Truce does not know ({count}), so it cannot be updated to this version. Nothing was changed.",
        ),
        "storage.foreign_table": translate(
            "CoreMessages",
            "The session database's action table is not the one Truce made, so it cannot be updated to this version. Nothing was changed.",
        ),
        "backup.not_written": translate(
            "CoreMessages",
            "The backup could not be written to {folder}: {detail}.",
        ),
        "backup.not_a_file": translate("CoreMessages", "{path} is not a backup file."),
        "backup.unreadable": translate("CoreMessages", "{name} cannot be read ({detail})."),
        "backup.not_truce": translate(
            "CoreMessages",
            "{name} is not a Truce database; nothing was restored.",
        ),
        "backup.newer_schema": translate(
            "CoreMessages",
            "{name} was written by a newer version of Truce (schema {version}); update Truce to restore it. Nothing was restored.",
        ),
        "backup.damaged": translate(
            "CoreMessages",
            "{name} is damaged itself and cannot be restored.",
        ),
        "backup.not_copied": translate(
            "CoreMessages",
            "The backup could not be copied beside {name}: {detail}. Nothing was changed.",
        ),
        "backup.not_put_in_place": translate(
            "CoreMessages",
            "The backup could not be put in place of {name}: {detail}. Nothing was lost.",
        ),
        "backup.restore_refused": translate("CoreMessages", "{cause} Nothing was restored."),
        "backup.in_use": translate(
            "CoreMessages",
            "{name} is in use by another program; close it and restore again. Nothing was restored.",
        ),
        "backup.no_file": translate("CoreMessages", "This database has no file to back up."),
    }
