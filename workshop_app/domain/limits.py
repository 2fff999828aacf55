"""How long a text may be, and which characters no text holds. The same numbers are in the JSON
schema; a test keeps them equal.

The character rule is the same everywhere text enters: the repository refuses to save such text,
and a session document carrying it is refused on import, each with a clear message and nothing
written. Everything else (markup, quotes, emoji, right-to-left scripts, any language) is stored
and shown exactly as typed.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from workshop_app.errors import ValidationError
from workshop_app.messages import Message

LINE = 500  # names, titles, one-line fields
TEXT = 20_000  # notes, descriptions, answers

# C0 control characters other than tab, newline and carriage return, DEL, the C1 control
# characters, and lone surrogates: they cannot be printed, and SQLite and UTF-8 files cannot hold
# a lone surrogate at all.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Letters that draw nothing (Hangul fillers, the blank Braille pattern) though Unicode files them
# as letters or symbols.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


# ``label`` names the text in a message: a Message ("field.note"), or a text quoted as it is.
Label = str | Message


def check(label: Label, value: str, limit: int) -> str:
    if len(value) > limit:
        raise ValidationError("limits.too_long", label=label, length=len(value), most=limit)
    return check_characters(label, value)


def forbidden_message(label: Label, char: str) -> Message:
    return Message("limits.control_character", label=label, code=f"U+{ord(char):04X}")


def check_characters(label: Label, value: str) -> str:
    found = FORBIDDEN.search(value)
    if found:
        raise ValidationError(forbidden_message(label, found.group()))
    return value


def visible(value: str) -> bool:
    """True if ``value`` has a character that shows: not only spaces, zero-width and format
    characters, combining marks with nothing to sit on, or blank letters."""
    return any(
        unicodedata.category(char)[0] not in "ZCM" and char not in _BLANK_LETTERS for char in value
    )


def check_all(label: Label, data: Any) -> None:
    """``check_characters`` on every text inside plain data (dicts, lists, strings)."""
    if isinstance(data, str):
        check_characters(label, data)
    elif isinstance(data, dict):
        for item in data.values():
            check_all(label, item)
    elif isinstance(data, list | tuple):
        for item in data:
            check_all(label, item)
