"""The headless command line: `truce demo`, `list`, `export`, `import`. Never imports Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from workshop_app import __version__, cli_team
from workshop_app.errors import TruceError, ValidationError
from workshop_app.languages import CODES
from workshop_app.messages import Message, command_line_language
from workshop_app.paths import database_path, team_address

if TYPE_CHECKING:
    import argparse

    from workshop_app.store.repository import Repository

COMMANDS = (
    "demo",
    "list",
    "export",
    "import",
    "backup",
    "restore",
    "install-desktop",
    *cli_team.COMMANDS,
)


def _count(n: int, one: str, many: str) -> str:
    """ "1 action", "3 actions"."""
    return f"{n} {one if n == 1 else many}"


def _parser() -> argparse.ArgumentParser:
    import argparse  # here: the window asks only whether its arguments name a command

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            """A mistake in the command is one line, like every other failure."""
            raise ValidationError("cli.usage", problem=message, prog=self.prog)

    parser = Parser(
        prog="truce",
        description="Truce: run a Sales & Marketing alignment workshop and keep what the room agreed. "
        "Without a command, the application window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Truce {__version__}")
    parser.add_argument(
        "--lang",
        choices=CODES,
        help="the language of Truce's messages (default: the system's, as LANG says)",
    )
    db = Parser(add_help=False)
    db.add_argument(
        "--db",
        metavar="LIBRARY",
        help="the session database file, or a team library (postgresql://… or service=NAME) "
        "(default: $TRUCE_DB, or Truce's data folder)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser("demo", parents=[db], help="create the demo session")
    demo.add_argument("--language", default="en", choices=CODES)
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
        help="export a session as PDF, Markdown, CSV, Excel (xlsx), a calendar (ics) or JSON",
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
        choices=["pdf", "md", "csv", "xlsx", "ics", "json"],
        help="the file format (default: json; pdf for --all and --document series). csv and "
        "xlsx hold the action plan's actions (xlsx also their status history); ics makes each "
        "action with a due date an all-day calendar event",
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
    cli_team.add_commands(commands, db)
    desktop = commands.add_parser(
        "install-desktop",
        help="add Truce to this user's application launcher (Linux desktops)",
        description="Install Truce's desktop entry, AppStream metainfo and icons for the current "
        "user, under $XDG_DATA_HOME (~/.local/share), starting this very truce.",
    )
    desktop.add_argument(
        "--uninstall", action="store_true", help="remove them from the launcher again"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; any failure is one line on stderr (the log keeps the detail), status 1."""
    # Here, not at the top: the window imports this module only to ask for COMMANDS.
    import logging

    from workshop_app import logbook, mishaps

    log = logbook.start()
    _tolerant_output()
    language = command_line_language(sys.argv[1:] if argv is None else list(argv))
    db_path = None
    try:
        args = _parser().parse_args(argv)
        _check_text_arguments(args)
        if args.command == "install-desktop":
            return _install_desktop(args.uninstall)
        if args.command in cli_team.COMMANDS:
            return cli_team.run(args)
        address = team_address(args.db)
        if address is not None:
            return _run_team(address, args)
        db_path = database_path(args.db)
        if db_path.exists() and not db_path.is_file():
            raise ValidationError("cli.db_not_a_file", path=db_path)
        if args.command == "restore":
            from workshop_app.cli_restore import restore

            return restore(db_path, args)
        from workshop_app.store import Repository

        # A lock held by another program is waited for briefly (store.faults.lock_wait_s), then
        # said in words (mishaps.storage_words).
        repo = Repository.open(db_path)
        try:
            return _run(repo, args)
        finally:
            repo.close()
    except KeyboardInterrupt:
        print("truce: stopped.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (`truce list | head`): nothing to say, and nothing left to
        # flush into the closed pipe at exit.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except Exception as exc:
        # Truce's own errors say all there is; anything else keeps its traceback in the log,
        # which is written in English whatever the messages' language.
        expected = isinstance(exc, TruceError)
        logbook.LOG.log(
            logging.INFO if expected else logging.ERROR,
            "truce %s: %s",
            _command(argv),
            mishaps.in_words(exc, db_path, log),
            exc_info=not expected,
        )
        print(f"truce: {mishaps.in_words(exc, db_path, log, language)}", file=sys.stderr)
        return 1


def _command(argv: Sequence[str] | None) -> str:
    given = list(sys.argv[1:] if argv is None else argv)
    return next((a for a in given if a in COMMANDS), "truce")


def _tolerant_output() -> None:
    """A file name that is not UTF-8 (possible on Linux) is printed with escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def _check_text_arguments(args: argparse.Namespace) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates: a file name may hold them, a
    session name, a search or the database's path cannot be used with them."""
    from workshop_app.domain import limits

    for attribute, label in (
        ("session", "cli.label.session"),
        ("search", "cli.label.search"),
        ("db", "cli.label.db"),
    ):
        value = getattr(args, attribute, None)
        if attribute == "session" and value and len(value) > limits.LINE:
            raise ValidationError("cli.session_name_too_long", length=len(value), most=limits.LINE)
        if isinstance(value, str) and limits.FORBIDDEN.search(value):
            raise ValidationError("cli.bad_text", label=Message(label))


def _run(repo: Repository, args: argparse.Namespace) -> int:
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
        # A team library also says who changed each session last, and when.
        changes: dict[str, str] = getattr(repo, "changed_by", dict)()
        for s in rows:
            print(
                f"{s.id}  {s.date or '----------'}  {s.title}  ·  {s.organisation or '—'}  ({_count(s.participants, 'person', 'people')}, {_count(s.actions, 'action', 'actions')}){changes.get(s.id, '')}"
            )
    elif args.command == "export":
        return _export(repo, args)
    elif args.command == "backup":
        from workshop_app.store import library_file

        print(f"Backed up to {library_file.back_up(repo)}")
    elif args.command == "import":
        mode = "copy" if args.as_copy else "replace" if args.replace else "error"
        session = library.import_file(repo, args.file, mode)
        print(f"Imported “{session.info.title}” ({session.id}).")
    return 0


def _run_team(address: str, args: argparse.Namespace) -> int:
    """A command against a team library; its backups are the server's, not Truce's."""
    if args.command in ("backup", "restore"):
        raise ValidationError("cli.team_backup", command=args.command)
    from workshop_app.store.team.repository import TeamRepository

    repo = TeamRepository.connect(address)
    try:
        return _run(repo, args)
    finally:
        repo.close()


def _install_desktop(remove: bool) -> int:
    from workshop_app import desktop

    if remove:
        removed = desktop.uninstall()
        for path in removed:
            print(f"Removed {path}")
        if not removed:
            print(f"Truce was not in the launcher under {desktop.data_home()}.")
        return 0
    command = desktop.launcher_command()
    for path in desktop.install(command=command):
        print(f"Wrote {path}")
    print(f"Truce is in the application launcher now; it starts {command}.")
    return 0


def _export(repo: Repository, args: argparse.Namespace) -> int:
    from workshop_app.documents import export

    args.format = args.format or ("pdf" if args.document == "series" or args.all else "json")

    if args.all:
        if args.session:
            raise ValidationError("cli.session_or_all")
        results = export.export_all(
            repo,
            Path(args.output),
            args.format,
            args.paper,
            args.group_by,
            include_planned=args.include_planned,
        )
        if not results:
            print("No sessions to export. `truce demo` creates one to explore.")
        for result in results:
            if result.path:
                print(f"Wrote {result.path}")
            else:
                title = result.title if len(result.title) <= 60 else result.title[:59] + "…"
                print(f"truce: “{title}” was not exported: {result.problem}", file=sys.stderr)
        failed = sum(1 for result in results if not result.path)
        if failed:
            print(
                f"truce: {failed} of {len(results)} sessions could not be exported.",
                file=sys.stderr,
            )
        return 1 if failed else 0
    if not args.session:
        raise ValidationError("cli.name_session")
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
