"""What the core says to a person, by id: ``Message("import.not_json", line=3, ...)``.

The core raises its errors with a message id and parameters (``errors.TruceError``), never with
finished English, so each caller says them in its own language:

- the window through Qt: ``ui/messages.py`` holds every id's English text, which lupdate finds and
  the five ``resources/i18n/truce_*.ts`` translate;
- the command line and logs from ``resources/content/<lang>/messages.json`` (English for
  ``str(error)``), through ``say``.

The group ``command_line`` of messages.json (``COMMAND_LINE_ONLY``) is the command line's own
words, its help and what it prints (``cli_words``); the window never says them, so they are not
in its catalogues.

A parameter is inserted as it is: ``str.format`` never reads markup or braces in a value, and
the window shows the result as plain text. A parameter may itself be a ``Message``, said in the
same language (a cause and what it meant for the work at hand). ``tests/core/test_messages.py``
checks that every id the core raises is in both catalogues in all five languages.

This module imports only the content reader: an error is put into words when it is shown.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

# An id is a dotted path of lower-case words, which no English sentence is.
ID = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")

Templates = Callable[[str], str]

# The group of ids said only by the command line (its help and what it prints).
COMMAND_LINE_ONLY = "command_line"


class Message:
    """A message id and its parameters; said in a language by ``say``."""

    __slots__ = ("id", "params")

    def __init__(self, message_id: str, /, **params: Any):
        if not ID.fullmatch(message_id):
            raise ValueError(f"not a message id: {message_id!r}")
        self.id = message_id
        self.params: Mapping[str, Any] = params

    def said(self, templates: Templates, number: Callable[[int], str] = "{:,}".format) -> str:
        """The text, with each parameter put in literally; a whole number is written by
        ``number`` (in the language's digit grouping), a message in the same language."""
        values = {key: _value(value, templates, number) for key, value in self.params.items()}
        return templates(self.id).format_map(values)

    def __repr__(self) -> str:
        return f"Message({self.id!r}, {dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.id, self.params) == (other.id, other.params)

    def __hash__(self) -> int:
        return hash(self.id)


def _value(value: Any, templates: Templates, number: Callable[[int], str]) -> Any:
    inner = value if isinstance(value, Message) else getattr(value, "message", None)
    if isinstance(inner, Message):  # a message, or an error raised with one
        return inner.said(templates, number)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return str(value)


def catalogue(language: str) -> Templates:
    """The templates of ``language``'s messages.json, English where it lacks one."""
    from workshop_app import languages
    from workshop_app.content import load_content

    content = load_content(language if language in languages.CODES else languages.DEFAULT)

    def template(message_id: str) -> str:
        found = content.get(f"messages.{message_id}")
        if not isinstance(found, str):
            raise KeyError(message_id)
        return found

    return template


def say(message: Message, language: str = "en") -> str:
    from workshop_app import formats

    return message.said(catalogue(language), lambda n: formats.format_number(n, language))


def known(message_id: str) -> bool:
    """Whether English has a template for ``message_id``."""
    try:
        catalogue("en")(message_id)
    except KeyError:
        return False
    return True


def command_line_language(argv: Sequence[str]) -> str:
    """The command line's language: ``--lang`` when given (read before the rest of the command
    is understood, so that a mistake in it is said in that language too), otherwise the
    system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), otherwise English."""
    from workshop_app import languages

    for index, given in enumerate(argv):
        chosen = ""
        if given == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif given.startswith("--lang="):
            chosen = given.removeprefix("--lang=")
        if chosen in languages.CODES:
            return chosen
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0]
        if value:
            return languages.for_system_locale(value)
    return languages.DEFAULT
