"""`truce publish` and `truce take-out`: sessions between this computer's library and a team
library (store.team.publishing has the rules). Never imports Qt, nor psycopg until a command
runs."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from workshop_app.errors import ValidationError

if TYPE_CHECKING:
    import argparse

    from workshop_app.store.team.publishing import Outcome

COMMANDS = ("publish", "take-out")
LIBRARY_HELP = "the team library: a postgresql:// URI or a libpq service (service=NAME)"


def add_commands(commands: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:
    publish = commands.add_parser(
        "publish",
        parents=[db],
        help="copy a session from this computer's library to a team library",
        description="Publish a session to a team library. If the team's copy changed since you "
        "last published or took it out, nothing is written: the two are shown side by side "
        "and you choose --as-copy or --update.",
    )
    publish.add_argument("session", help="a session id (or its first 6+ characters) or title")
    publish.add_argument("--to", required=True, metavar="LIBRARY", help=LIBRARY_HELP)
    take_out = commands.add_parser(
        "take-out",
        parents=[db],
        help="copy a session from a team library into this computer's library, to work offline",
        description="Take a session out of a team library into this computer's library. If "
        "your copy changed since it last met the team's, nothing is written: the two are shown "
        "side by side and you choose --as-copy or --update.",
    )
    take_out.add_argument("session", help="a session id (or its first 6+ characters) or title")
    take_out.add_argument(
        "--from", dest="source", required=True, metavar="LIBRARY", help=LIBRARY_HELP
    )
    for command in (publish, take_out):
        choice = command.add_mutually_exclusive_group()
        choice.add_argument(
            "--as-copy", action="store_true", help="on a conflict, add this one as a new session"
        )
        choice.add_argument(
            "--update",
            action="store_true",
            help="on a conflict, replace the other copy with this one",
        )


def run(args: argparse.Namespace) -> int:
    from workshop_app.paths import database_path, is_team_address
    from workshop_app.store import Repository
    from workshop_app.store.team.faults import Conflict
    from workshop_app.store.team.publishing import Links, publish, take_out
    from workshop_app.store.team.repository import TeamRepository

    address = args.to if args.command == "publish" else args.source
    if not is_team_address(address):
        raise ValidationError("cli.not_team_address", address=address)
    if is_team_address(args.db):
        raise ValidationError("cli.db_is_team")
    mode = "copy" if args.as_copy else "update" if args.update else "error"
    local_path = database_path(args.db)
    local = Repository.open(local_path)
    try:
        team = TeamRepository.connect(address)
        try:
            links = Links(local_path)
            try:
                if args.command == "publish":
                    outcome = publish(local, team, local.find(args.session), links, mode)
                else:
                    outcome = take_out(local, team, team.find(args.session), links, mode)
            except Conflict as conflict:
                _print_side_by_side(conflict.rows, team.where)
                raise
            print(_said(outcome, args.command, team.where))
        finally:
            team.close()
    finally:
        local.close()
    return 0


def _said(outcome: Outcome, command: str, where: str) -> str:
    title = outcome.session.info.title
    if outcome.what == "unchanged":
        return f"“{title}” is already published as it is (version {outcome.version} in {where})."
    if command == "publish":
        verb = {"added": "Published", "updated": "Updated", "copied": "Published a copy of"}
        return f"{verb[outcome.what]} “{title}” in {where} (version {outcome.version})."
    verb = {"added": "Took out", "updated": "Brought up to date", "copied": "Took out a copy of"}
    return (
        f"{verb[outcome.what]} “{title}” ({outcome.session.id}) from {where}, version "
        f"{outcome.version}; it is in this computer's library now."
    )


def _print_side_by_side(rows: list[tuple[str, str, str]], where: str) -> None:
    table = [("", "This computer", where[:1].upper() + where[1:]), *rows]
    widths = [max(len(row[column]) for row in table) for column in range(2)]
    for what, here, there in table:
        print(f"  {what:<{widths[0]}}  {here:<{widths[1]}}  │ {there}", file=sys.stderr)
