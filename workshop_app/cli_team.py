"""`truce publish` and `truce take-out`: sessions between this computer's library and a team
library (store.team.publishing has the rules). Never imports Qt, nor psycopg until a command
runs."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from workshop_app.errors import ValidationError

if TYPE_CHECKING:
    import argparse

    from workshop_app.cli_words import Voice
    from workshop_app.store.team.faults import Conflict
    from workshop_app.store.team.publishing import Outcome

COMMANDS = ("publish", "take-out")


def add_commands(
    commands: argparse._SubParsersAction, db: argparse.ArgumentParser, say: Voice
) -> None:
    library = say("command_line.help.team_library")
    session = say("command_line.help.team_session")
    metavar = say("command_line.metavar.library")
    publish = commands.add_parser(
        "publish",
        parents=[db],
        help=say("command_line.help.publish"),
        description=say("command_line.help.publish_description"),
    )
    publish.add_argument("session", metavar=say("command_line.metavar.session"), help=session)
    publish.add_argument("--to", required=True, metavar=metavar, help=library)
    take_out = commands.add_parser(
        "take-out",
        parents=[db],
        help=say("command_line.help.take_out"),
        description=say("command_line.help.take_out_description"),
    )
    take_out.add_argument("session", metavar=say("command_line.metavar.session"), help=session)
    take_out.add_argument("--from", dest="source", required=True, metavar=metavar, help=library)
    for command in (publish, take_out):
        choice = command.add_mutually_exclusive_group()
        choice.add_argument(
            "--as-copy", action="store_true", help=say("command_line.help.team_as_copy")
        )
        choice.add_argument("--update", action="store_true", help=say("command_line.help.update"))


def run(args: argparse.Namespace, say: Voice) -> int:
    from workshop_app.paths import database_path, is_team_address
    from workshop_app.store import Repository
    from workshop_app.store.team.address import place
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
        where = say("team.the_library", place=place(address))
        try:
            links = Links(local_path)
            try:
                if args.command == "publish":
                    outcome = publish(local, team, local.find(args.session), links, mode)
                else:
                    outcome = take_out(local, team, team.find(args.session), links, mode)
            except Conflict as conflict:
                _print_side_by_side(conflict_rows(conflict, say), where, say)
                raise
            print(_said(outcome, args.command, where, say))
        finally:
            team.close()
    finally:
        local.close()
    return 0


def _said(outcome: Outcome, command: str, where: str, say: Voice) -> str:
    title = outcome.session.info.title
    version = outcome.version
    if outcome.what == "unchanged":
        return say("command_line.team.unchanged", title=title, version=version, where=where)
    if command == "publish":
        published = {
            "added": "command_line.team.published",
            "updated": "command_line.team.updated",
            "copied": "command_line.team.published_copy",
        }
        return say(published[outcome.what], title=title, where=where, version=version)
    taken = {
        "added": "command_line.team.took_out",
        "updated": "command_line.team.brought_up_to_date",
        "copied": "command_line.team.took_out_copy",
    }
    return say(
        taken[outcome.what], title=title, id=outcome.session.id, where=where, version=version
    )


def conflict_rows(conflict: Conflict, say: Voice) -> list[tuple[str, str, str]]:
    """What differs between the two copies, in the command line's words, dates and times."""
    from datetime import datetime

    from workshop_app.store.team.publishing import side_by_side

    def moment(stamp: str) -> str:
        try:
            return say.moment(datetime.fromisoformat(stamp).astimezone(), seconds=False)
        except (ValueError, OverflowError):  # not a timestamp, or past the year 9999 here
            return stamp

    return side_by_side(
        conflict.here, conflict.there, lambda m: say(m.id, **m.params), say.date, moment
    )


def _print_side_by_side(rows: list[tuple[str, str, str]], where: str, say: Voice) -> None:
    from workshop_app.cli_words import width

    table = [("", say("command_line.team.this_computer"), where[:1].upper() + where[1:]), *rows]
    widths = [max(width(row[column]) for row in table) for column in range(2)]
    for what, here, there in table:
        gaps = [" " * (widths[0] - width(what)), " " * (widths[1] - width(here))]
        print(f"  {what}{gaps[0]}  {here}{gaps[1]}  │ {there}", file=sys.stderr)
