"""The command line's grammar: ``truce``'s commands and options, their help in the command line's
language (``cli_words``). Never imports Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from workshop_app import __version__, cli_team
from workshop_app.errors import ValidationError
from workshop_app.languages import CODES

if TYPE_CHECKING:
    import argparse

    from workshop_app.cli_words import Voice

FORMATS = ["pdf", "md", "csv", "xlsx", "ics", "json"]
DOCUMENTS = ["action-plan", "report", "worksheets", "series"]


def parser(say: Voice) -> argparse.ArgumentParser:
    """The parser, its help in ``say``'s language; build and use it inside
    ``cli_words.argparse_speaks`` so that argparse's own words are in it too."""
    import argparse
    from pathlib import Path

    from workshop_app import languages
    from workshop_app.cli_help import HelpLayout

    colon = languages.language(say.language).writing.colon.strip()

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            """A mistake in the command is one line, like every other failure."""
            raise ValidationError("cli.usage", problem=message, prog=self.prog)

        def _get_formatter(self) -> argparse.HelpFormatter:
            return HelpLayout(self.prog, colon)

    top = Parser(prog="truce", description=say("command_line.help.truce"))
    top.add_argument(
        "--version",
        action="version",
        version=f"Truce {__version__}",
        help=say("command_line.help.version"),
    )
    top.add_argument("--lang", choices=CODES, help=say("command_line.help.lang"))
    db = Parser(add_help=False)
    db.add_argument(
        "--db", metavar=say("command_line.metavar.library"), help=say("command_line.help.db")
    )
    commands = top.add_subparsers(
        dest="command", required=True, metavar=say("command_line.metavar.command")
    )

    demo = commands.add_parser("demo", parents=[db], help=say("command_line.help.demo"))
    demo.add_argument(
        "--language",
        default=say.language,  # a demo in the language the command line speaks
        choices=CODES,
        help=say("command_line.help.demo_language", language=say.language),
    )
    demo.add_argument("--series", action="store_true", help=say("command_line.help.series"))

    listing = commands.add_parser("list", parents=[db], help=say("command_line.help.list"))
    listing.add_argument("--search", default="", help=say("command_line.help.search"))

    export = commands.add_parser(
        "export",
        parents=[db],
        help=say("command_line.help.export"),
        description=say("command_line.help.export_description"),
    )
    export.add_argument(
        "session",
        nargs="?",
        metavar=say("command_line.metavar.session"),
        help=say("command_line.help.session"),
    )
    export.add_argument("--format", choices=FORMATS, help=say("command_line.help.format"))
    export.add_argument(
        "--document",
        default="action-plan",
        choices=DOCUMENTS,
        help=say("command_line.help.document"),
    )
    export.add_argument(
        "--paper", default="a4", choices=["a4", "letter"], help=say("command_line.help.paper")
    )
    export.add_argument(
        "--group-by",
        default="owner",
        choices=["owner", "department"],
        help=say("command_line.help.group_by"),
    )
    export.add_argument("--all", action="store_true", help=say("command_line.help.all"))
    export.add_argument(
        "--include-planned", action="store_true", help=say("command_line.help.include_planned")
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=say("command_line.metavar.path"),
        help=say("command_line.help.output"),
    )

    commands.add_parser("backup", parents=[db], help=say("command_line.help.backup"))
    restore = commands.add_parser("restore", parents=[db], help=say("command_line.help.restore"))
    restore.add_argument(
        "backup",
        nargs="?",
        type=Path,
        metavar=say("command_line.metavar.backup"),
        help=say("command_line.help.backup_file"),
    )
    restore.add_argument("--list", action="store_true", help=say("command_line.help.backups"))

    imp = commands.add_parser("import", parents=[db], help=say("command_line.help.import"))
    imp.add_argument(
        "file",
        type=Path,
        metavar=say("command_line.metavar.file"),
        help=say("command_line.help.import_file"),
    )
    conflict = imp.add_mutually_exclusive_group()
    conflict.add_argument("--as-copy", action="store_true", help=say("command_line.help.as_copy"))
    conflict.add_argument("--replace", action="store_true", help=say("command_line.help.replace"))
    cli_team.add_commands(commands, db, say)
    desktop = commands.add_parser(
        "install-desktop",
        help=say("command_line.help.install_desktop"),
        description=say("command_line.help.install_desktop_description"),
    )
    desktop.add_argument(
        "--uninstall", action="store_true", help=say("command_line.help.uninstall")
    )
    return top
