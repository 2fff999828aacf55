"""What the command line prints, in its language: the same catalogue as its refusals
(``resources/content/<lang>/messages.json``, group ``command_line``), the language chosen by the
same rule (``messages.command_line_language``), numbers and dates written as the documents write
them (``formats``).

A count is said in the forms its language has: ``{"one": …, "other": …}`` in English,
``one``/``few``/``many``/``other`` in Polish, as CLDR's plural rules pick them (through Babel).
argparse's own words (``usage:``, ``the following arguments are required: …``) are said through
the same catalogue while ``argparse_speaks`` is in force: argparse marks them with gettext's
``_()``, and ``ARGPARSE`` gives each of them its message id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from workshop_app.messages import Message, catalogue, say

# argparse's words for the person at the command line → (message id, how argparse fills each of
# the message's parameters). argparse's other marked strings are mistakes in a program's own
# parser (a conflicting option, a bad dest=), never shown to a person using Truce: they stay
# English, and tests/core/test_cli_language.py checks that none is left out of either list.
ARGPARSE: dict[str, tuple[str, dict[str, str]]] = {
    "usage: ": ("command_line.argparse.usage", {}),
    "positional arguments": ("command_line.argparse.positionals", {}),
    "options": ("command_line.argparse.options", {}),
    "show this help message and exit": ("command_line.argparse.help", {}),
    "the following arguments are required: %s": (
        "command_line.argparse.required",
        {"arguments": "%s"},
    ),
    "one of the arguments %s is required": ("command_line.argparse.one_of", {"arguments": "%s"}),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "command_line.argparse.invalid_choice",
        {"value": "%(value)r", "choices": "%(choices)s"},
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "command_line.argparse.invalid_choice",
        {"value": "%(parser_name)r", "choices": "%(choices)s"},
    ),
    "unrecognized arguments: %s": ("command_line.argparse.unrecognized", {"arguments": "%s"}),
    "argument %(argument_name)s: %(message)s": (
        "command_line.argparse.argument",
        {"argument": "%(argument_name)s", "problem": "%(message)s"},
    ),
    "not allowed with argument %s": ("command_line.argparse.not_with", {"argument": "%s"}),
    "ambiguous option: %(option)s could match %(matches)s": (
        "command_line.argparse.ambiguous",
        {"option": "%(option)s", "matches": "%(matches)s"},
    ),
    "expected one argument": ("command_line.argparse.expected_one", {}),
    "expected at most one argument": ("command_line.argparse.expected_at_most_one", {}),
    "expected at least one argument": ("command_line.argparse.expected_at_least_one", {}),
    "ignored explicit argument %r": ("command_line.argparse.ignored", {"value": "%r"}),
    "invalid %(type)s value: %(value)r": (
        "command_line.argparse.invalid_value",
        {"kind": "%(type)s", "value": "%(value)r"},
    ),
    "%(prog)s: error: %(message)s\n": (
        "command_line.argparse.error",
        {"prog": "%(prog)s", "problem": "%(message)s"},
    ),
}
# ngettext's singular → the counted message and its parameter.
ARGPARSE_COUNTED = {"expected %s argument": "command_line.argparse.expected"}
# Marked by argparse for a program's author, not for the person who runs it.
ARGPARSE_FOR_AUTHORS = frozenset(
    {
        "'required' is an invalid argument for positionals",
        "can't open '%(filename)s': %(error)s",
        "%r is not callable",
        ".__call__() not defined",
        'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting subparser alias: %s",
        "conflicting subparser: %s",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "mutually exclusive arguments must be optional",
        "unexpected option string: %s",
        "conflicting option string: %s",
    }
)


class Voice:
    """The command line's words in one language: ``voice("command_line.say.wrote", path=p)``."""

    def __init__(self, language: str):
        self.language = language

    def __call__(self, message_id: str, /, **params: Any) -> str:
        return say(Message(message_id, **params), self.language)

    def category(self, n: int) -> str:
        """CLDR's plural category of ``n`` in this language: "one", "few", "many", "other"."""
        from babel import Locale

        from workshop_app import languages

        locale = Locale.parse(languages.language(self.language).locale)
        return str(locale.plural_form(n))

    def count(self, message_id: str, n: int, /, **params: Any) -> str:
        """A counted message in the form ``n`` takes: "1 action", "3 actions", "5 działań"."""
        return self(f"{message_id}.{self.category(n)}", count=n, **params)

    def number(self, n: float) -> str:
        from workshop_app import formats

        return formats.format_number(n, self.language)

    def date(self, iso: str) -> str:
        """A date as the documents write it ("2 April 2026", "2026年4月2日")."""
        from workshop_app import formats

        return formats.format_date(iso, self.language)

    def moment(self, when: datetime, *, seconds: bool = True) -> str:
        """A date and a time of day: "2 April 2026 14:05:09" (or "… 14:05")."""
        day = self.date(when.date().isoformat())
        time = f"{when:%H:%M:%S}" if seconds else f"{when:%H:%M}"
        return self("command_line.say.moment", date=day, time=time)

    def argparse_words(self) -> tuple[Callable[[str], str], Callable[[str, str, int], str]]:
        """argparse's gettext and ngettext, answered from this language's catalogue."""
        templates = catalogue(self.language)

        def percent(message_id: str, fills: dict[str, str]) -> str:
            return templates(message_id).replace("%", "%%").format_map(fills)

        def gettext(text: str) -> str:
            if text not in ARGPARSE:
                return text
            message_id, fills = ARGPARSE[text]
            return percent(message_id, fills)

        def ngettext(singular: str, plural: str, n: int) -> str:
            if singular not in ARGPARSE_COUNTED:
                return singular if n == 1 else plural
            return percent(f"{ARGPARSE_COUNTED[singular]}.{self.category(n)}", {"count": "%s"})

        return gettext, ngettext


def width(text: str) -> int:
    """How many columns ``text`` takes in a terminal: a Chinese character takes two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@contextmanager
def argparse_speaks(voice: Voice) -> Iterator[None]:
    """argparse says its own words in ``voice``'s language while a parser is built and used
    (its group titles and -h's help are set when the parser is made, its refusals when it
    parses); then its English again."""
    import argparse

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = voice.argparse_words()  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
