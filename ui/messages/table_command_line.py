"""The core's messages about the command line and the system, as lupdate finds them (ui/messages/__init__.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    return {
        "cli.usage": translate("CoreMessages", "{problem} (see `{prog} --help`)."),
        "cli.db_not_a_file": translate(
            "CoreMessages",
            "{path} is a folder or a device, not a Truce database; give the path of a database file (a new one is created if none is there).",
        ),
        "cli.session_name_too_long": translate(
            "CoreMessages",
            "The session name given is {length} characters long; no session's id or title is longer than {most}. `truce list` shows the sessions.",
        ),
        "cli.label.session": translate("CoreMessages", "session name"),
        "cli.label.search": translate("CoreMessages", "search text"),
        "cli.label.db": translate("CoreMessages", "database path"),
        "cli.bad_text": translate(
            "CoreMessages",
            "The {label} given is not valid UTF-8 text or holds a control character, so Truce cannot use it.",
        ),
        "cli.no_backups": translate("CoreMessages", "There are no backups to restore."),
        "cli.window_holds": translate(
            "CoreMessages",
            "A Truce window has this database open. Close the window and run the restore again, or use File ▸ Restore from Backup… in the window.",
        ),
        "cli.session_or_all": translate(
            "CoreMessages",
            "Give either a session or --all, not both.",
        ),
        "cli.name_session": translate(
            "CoreMessages",
            "Name the session to export (see `truce list`), or use --all.",
        ),
        "system.full": translate(
            "CoreMessages",
            "The disk is full; nothing was written. Free some space and try again.",
        ),
        "system.full_named": translate(
            "CoreMessages",
            "The disk is full: {name}; nothing was written. Free some space and try again.",
        ),
        "system.read_only": translate(
            "CoreMessages",
            "The disk is read-only; nothing was written.",
        ),
        "system.read_only_named": translate(
            "CoreMessages",
            "The disk is read-only: {name}; nothing was written.",
        ),
        "system.permission": translate("CoreMessages", "Permission denied."),
        "system.permission_named": translate("CoreMessages", "Permission denied: {name}."),
        "system.other": translate("CoreMessages", "{detail}."),
        "system.other_named": translate("CoreMessages", "{detail}: {name}."),
        "system.out_of_memory": translate(
            "CoreMessages",
            "Truce ran out of memory and stopped; nothing more was changed.",
        ),
        "system.not_utf8": translate(
            "CoreMessages",
            "A name or text given is not valid UTF-8 (or cannot be written as such), so Truce cannot use it.",
        ),
        "system.unexpected": translate(
            "CoreMessages",
            "Something went wrong that Truce did not expect ({kind}).",
        ),
        "system.unexpected_logged": translate(
            "CoreMessages",
            "Something went wrong that Truce did not expect ({kind}); the details are in {log}.",
        ),
        "cli.not_team_address": translate(
            "CoreMessages",
            "“{address}” is not a team library; name one by a postgresql:// URI or as service=NAME (a service in ~/.pg_service.conf).",
        ),
        "cli.db_is_team": translate(
            "CoreMessages",
            "--db names this computer's library here (a file); the team library is given with --to or --from.",
        ),
        "cli.team_backup": translate(
            "CoreMessages",
            "`truce {command}` copies a library file; a team library is backed up on its server (ask its administrator), and `truce take-out` keeps a session here.",
        ),
    }
