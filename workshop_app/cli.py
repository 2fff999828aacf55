"""The headless command line: `truce demo`, `list`, `export`, `import`. Never imports Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import __version__
from workshop_app.errors import TruceError, ValidationError
from workshop_app.paths import database_path

if TYPE_CHECKING:
    import argparse

COMMANDS = ("demo", "list", "export", "import", "backup", "restore")


def _parser() -> argparse.ArgumentParser:
    import argparse  # here: the window asks only whether its arguments name a command

    parser = argparse.ArgumentParser(
        prog="truce",
        description="Truce: run a Sales & Marketing alignment workshop and keep what the room agreed. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Truce {__version__}")
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        metavar="PATH",
        help="the session database (default: $TRUCE_DB, or Truce's data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[db], help="create the demo session")
    demo.add_argument("--language", default="en", choices=["en", "pl", "nl", "zh_CN", "zh_TW"])
    demo.add_argument(
        "--series",
        action="store_true",
        help="also create the two workshops the company held in the year before, as one series",
    )

    listing = commands.add_parser("list", parents=[db], help="list the saved sessions")
    listing.add_argument(
        "--search",
        default="",
        help="only sessions whose title, organisation or facilitator contain this",
    )

    export = commands.add_parser(
        "export",
        parents=[db],
        help="export a session as PDF, Markdown, CSV, Excel (xlsx) or JSON",
        description="Export one session, or with --all every held workshop's action plan into a "
        "folder.",
    )
    export.add_argument(
        "session",
        nargs="?",
        help="a session id (or its first 6+ characters) or its exact title",
    )
    export.add_argument(
        "--format",
        choices=["pdf", "md", "csv", "xlsx", "json"],
        help="the file format (default: json; pdf for --all and --document series). csv and "
        "xlsx hold the action plan's actions (xlsx also their status history)",
    )
    export.add_argument(
        "--document",
        default="action-plan",
        choices=["action-plan", "report", "worksheets", "series"],
        help="which document (default: action-plan): action-plan and report as PDF or Markdown, "
        "worksheets and series (the session's workshops compared over time) as PDF only",
    )
    export.add_argument("--paper", default="a4", choices=["a4", "letter"])
    export.add_argument(
        "--group-by",
        default="owner",
        choices=["owner", "department"],
        help="how the action plan groups its actions (default: owner)",
    )
    export.add_argument(
        "--all",
        action="store_true",
        help="every held workshop's action plan, one file each (named by date, organisation "
        "and title), into the folder given by -o",
    )
    export.add_argument(
        "--include-planned",
        action="store_true",
        help="with --all, also the workshops still to come (follow-ups dated after today)",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help="the file (or, with --all, the folder) to write",
    )

    commands.add_parser(
        "backup", parents=[db], help="copy the database into its backups folder now"
    )
    restore = commands.add_parser(
        "restore", parents=[db], help="replace the database with a backup (the newest by default)"
    )
    restore.add_argument(
        "backup", nargs="?", type=Path, help="the backup file; `truce restore --list` lists them"
    )
    restore.add_argument("--list", action="store_true", help="list the backups, newest first")

    imp = commands.add_parser("import", parents=[db], help="import a session document (JSON)")
    imp.add_argument("file", type=Path)
    conflict = imp.add_mutually_exclusive_group()
    conflict.add_argument(
        "--as-copy", action="store_true", help="if the session is already present, add a copy"
    )
    conflict.add_argument(
        "--replace", action="store_true", help="if the session is already present, replace it"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from workshop_app.store import Repository

    try:
        if args.command == "restore":
            return _restore(database_path(args.db), args)
        repo = Repository.open(database_path(args.db))
        try:
            return _run(repo, args)
        finally:
            repo.close()
    except TruceError as exc:
        print(f"truce: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"truce: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def _run(repo, args: argparse.Namespace) -> int:  # noqa: ANN001
    from workshop_app import library

    if args.command == "demo":
        from workshop_app.demo import create_demo, create_demo_series

        if args.series:
            for session in create_demo_series(repo, args.language):
                print(f"Created “{session.info.title}” of {session.info.date} ({session.id}).")
            print(
                "Compare them with `truce export --document series SESSION --format pdf -o FILE`."
            )
        else:
            session = create_demo(repo, args.language)
            print(f"Created the demo session “{session.info.title}” ({session.id}).")
    elif args.command == "list":
        rows = repo.list_sessions(args.search)
        if not rows:
            print("No sessions yet. `truce demo` creates one to explore.")
        for s in rows:
            print(
                f"{s.id}  {s.date or '----------'}  {s.title}  ·  {s.organisation or '—'}  ({s.participants} people, {s.actions} actions)"
            )
    elif args.command == "export":
        _export(repo, args)
    elif args.command == "backup":
        print(f"Backed up to {repo.backup()}")
    elif args.command == "import":
        mode = "copy" if args.as_copy else "replace" if args.replace else "error"
        session = library.import_file(repo, args.file, mode)
        print(f"Imported “{session.info.title}” ({session.id}).")
    return 0


def _restore(db_path: Path, args: argparse.Namespace) -> int:
    """Restore with no connection open; the current database is backed up first."""
    from workshop_app.store import Repository, backups

    found = backups.list_backups(db_path)
    if args.list:
        for backup in found:
            print(f"{backup.path}  {backup.label}")
        if not found:
            print("No backups yet.")
        return 0
    chosen = args.backup or (found[0].path if found else None)
    if chosen is None:
        raise ValidationError("There are no backups to restore.")
    if not Path(chosen).is_file():
        raise ValidationError(f"{chosen} is not a backup file.")
    if db_path.exists():
        current = Repository.open(db_path)
        try:
            current.backup("before-restore")
        finally:
            current.close()
    backups.restore_backup(Path(chosen), db_path)
    print(f"Restored {chosen}; the database as it was is kept in {backups.backup_dir(db_path)}.")
    return 0


def _export(repo, args: argparse.Namespace) -> None:  # noqa: ANN001
    from workshop_app.documents import export

    args.format = args.format or ("pdf" if args.document == "series" or args.all else "json")

    if args.all:
        if args.session:
            raise ValidationError("Give either a session or --all, not both.")
        paths = export.export_all(
            repo,
            Path(args.output),
            args.format,
            args.paper,
            args.group_by,
            include_planned=args.include_planned,
        )
        if not paths:
            print("No sessions to export. `truce demo` creates one to explore.")
        for path in paths:
            print(f"Wrote {path}")
        return
    if not args.session:
        raise ValidationError("Name the session to export (see `truce list`), or use --all.")
    path = export.export(
        repo,
        repo.find(args.session),
        Path(args.output),
        args.document,
        args.format,
        args.paper,
        args.group_by,
    )
    print(f"Wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
