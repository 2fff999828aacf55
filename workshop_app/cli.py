"""The headless command line: `truce demo`, `list`, `export`, `import`. Never imports Qt.

Everything it says (help, argparse's words, what it prints, why it failed) is in one language,
``messages.command_line_language``'s: --lang, else the system's, else English (``cli_words``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from workshop_app import cli_team
from workshop_app.cli_words import Voice, argparse_speaks
from workshop_app.errors import TruceError, ValidationError
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


def _parser(language: str = "en") -> argparse.ArgumentParser:
    """The parser, its help in ``language`` (argparse's own words too, while it is built)."""
    from workshop_app.cli_parser import parser

    say = Voice(language)
    with argparse_speaks(say):
        return parser(say)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; any failure is one line on stderr (the log keeps the detail), status 1."""
    # Here, not at the top: the window imports this module only to ask for COMMANDS.
    import logging

    from workshop_app import logbook, mishaps

    log = logbook.start()
    _tolerant_output()
    language = command_line_language(sys.argv[1:] if argv is None else list(argv))
    say = Voice(language)
    db_path = None
    try:
        from workshop_app.cli_parser import parser

        with argparse_speaks(say):
            args = parser(say).parse_args(argv)
        _check_text_arguments(args)
        if args.command == "install-desktop":
            return _install_desktop(args.uninstall, say)
        if args.command in cli_team.COMMANDS:
            return cli_team.run(args, say)
        address = team_address(args.db)
        if address is not None:
            return _run_team(address, args, say)
        db_path = database_path(args.db)
        if db_path.exists() and not db_path.is_file():
            raise ValidationError("cli.db_not_a_file", path=db_path)
        if args.command == "restore":
            from workshop_app.cli_restore import restore

            return restore(db_path, args, say)
        from workshop_app.store import Repository

        # A lock held by another program is waited for briefly (store.faults.lock_wait_s), then
        # said in words (mishaps.storage_words).
        repo = Repository.open(db_path)
        try:
            return _run(repo, args, say)
        finally:
            repo.close()
    except KeyboardInterrupt:
        print(f"truce: {say('command_line.say.stopped')}", file=sys.stderr)
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


def _run(repo: Repository, args: argparse.Namespace, say: Voice) -> int:
    from workshop_app import library

    if args.command == "demo":
        from workshop_app.demo import create_demo, create_demo_series

        if args.series:
            for session in create_demo_series(repo, args.language):
                print(
                    say(
                        "command_line.say.created_in_series",
                        title=session.info.title,
                        date=say.date(session.info.date),
                        id=session.id,
                    )
                )
            print(say("command_line.say.compare_series"))
        else:
            session = create_demo(repo, args.language)
            print(say("command_line.say.created_demo", title=session.info.title, id=session.id))
    elif args.command == "list":
        _list(repo, args.search, say)
    elif args.command == "export":
        return _export(repo, args, say)
    elif args.command == "backup":
        from workshop_app.store import library_file

        print(say("command_line.say.backed_up", path=library_file.back_up(repo)))
    elif args.command == "import":
        mode = "copy" if args.as_copy else "replace" if args.replace else "error"
        session = library.import_file(repo, args.file, mode)
        print(say("command_line.say.imported", title=session.info.title, id=session.id))
    return 0


def _list(repo: Repository, search: str, say: Voice) -> None:
    rows = repo.list_sessions(search)
    if not rows:
        print(say("command_line.say.no_sessions"))
    # A team library also says who changed each session last, and when (UTC).
    changes = {
        row["id"]: say(
            "command_line.list.changed",
            who=row["changed_by"],
            when=say.moment(row["changed_at"], seconds=False),
        )
        for row in getattr(repo, "changes", list)()
    }
    for s in rows:
        line = say(
            "command_line.list.session",
            id=s.id,
            date=say.date(s.date) if s.date else "----------",
            title=s.title,
            organisation=s.organisation or "—",
            people=say.count("command_line.list.people", s.participants),
            actions=say.count("command_line.list.actions", s.actions),
        )
        print(line + changes.get(s.id, ""))


def _run_team(address: str, args: argparse.Namespace, say: Voice) -> int:
    """A command against a team library; its backups are the server's, not Truce's."""
    if args.command in ("backup", "restore"):
        raise ValidationError("cli.team_backup", command=args.command)
    from workshop_app.store.team.repository import TeamRepository

    repo = TeamRepository.connect(address)
    try:
        return _run(repo, args, say)
    finally:
        repo.close()


def _install_desktop(remove: bool, say: Voice) -> int:
    from workshop_app import desktop

    if remove:
        removed = desktop.uninstall()
        for path in removed:
            print(say("command_line.say.removed", path=path))
        if not removed:
            print(say("command_line.say.not_in_launcher", folder=desktop.data_home()))
        return 0
    command = desktop.launcher_command()
    for path in desktop.install(command=command):
        print(say("command_line.say.wrote", path=path))
    print(say("command_line.say.in_launcher", command=command))
    return 0


def _export(repo: Repository, args: argparse.Namespace, say: Voice) -> int:
    from workshop_app import mishaps
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
            print(say("command_line.say.nothing_to_export"))
        for result in results:
            if result.path:
                print(say("command_line.say.wrote", path=result.path))
            else:
                title = result.title if len(result.title) <= 60 else result.title[:59] + "…"
                problem = result.problem
                if result.error is not None:
                    problem = mishaps.in_words(result.error, repo.path, language=say.language)
                said = say("command_line.say.not_exported", title=title, problem=problem)
                print(f"truce: {said}", file=sys.stderr)
        failed = sum(1 for result in results if not result.path)
        if failed:
            said = say.count("command_line.say.not_all_exported", len(results), failed=failed)
            print(f"truce: {said}", file=sys.stderr)
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
    print(say("command_line.say.wrote", path=path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
