"""`truce --help` laid out for the terminal in the command line's language.

argparse counts characters where a terminal counts columns: a Chinese character takes two, so
its wrapped help would run twice too wide, a Chinese metavar would push the help beside it out
of line, and argparse breaks lines only at spaces, which Chinese does not write. ``HelpLayout``
wraps by columns, between any two Chinese characters (never before a closing mark or after an
opening one), and heads each section with the language's colon ("选项：", "opcje:").
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

from workshop_app.cli_words import width

WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60\u3000-\u303f"
# A piece a line may break after: a run of spaces, one wide character, or a run of other text.
PIECE = re.compile(rf"\s+|[{WIDE}]|[^\s{WIDE}]+")
# Marks that never start a line, and marks that never end one.
CLOSING = set("，。、；：！？）」』”’》〉】…")
OPENING = set("（「『“‘《〈【")


def wrap(text: str, columns: int) -> list[str]:
    """``text`` in lines of at most ``columns`` terminal columns (a longer word keeps a line of
    its own), broken at spaces and between Chinese characters."""
    words = _glued(PIECE.findall(" ".join(text.split())))
    lines: list[str] = []
    line, pending = "", ""
    for word in words:
        if word.isspace():
            pending = " "
            continue
        if line and width(line + pending + word) > columns:
            lines.append(line)
            line, pending = "", ""
        line += pending + word
        pending = ""
    if line:
        lines.append(line)
    return lines


def _glued(pieces: Iterable[str]) -> list[str]:
    """Pieces with a closing mark joined to the one before it, an opening mark to the next."""
    glued: list[str] = []
    carry = ""
    for piece in pieces:
        if piece in CLOSING and glued and not glued[-1].isspace():
            glued[-1] += piece
        elif piece in OPENING:
            carry += piece
        else:
            glued.append(carry + piece)
            carry = ""
    if carry:
        glued.append(carry)
    return glued


class HelpLayout(argparse.HelpFormatter):
    """argparse's help, measured in terminal columns; ``colon`` ends a section's heading."""

    def __init__(self, prog: str, colon: str = ":"):
        super().__init__(prog)
        self._colon = colon
        self._headings: list[str] = []

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def start_section(self, heading: str | None) -> None:
        if heading:
            self._headings.append(heading)
        super().start_section(heading)

    def add_argument(self, action: argparse.Action) -> None:
        """argparse sets the help's column by the longest option in characters; in columns a
        Chinese metavar is longer."""
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            shown = [action, *self._iter_indented_subactions(action)]
            longest = max(width(self._format_action_invocation(each)) for each in shown)
            self._action_max_length = max(self._action_max_length, longest + self._current_indent)

    def _format_action(self, action: argparse.Action) -> str:
        """The option and its help in one line when they fit, the help in line with the rest:
        a wide option (a Chinese metavar) takes the padding's columns it needs."""
        text = super()._format_action(action)
        invocation = self._format_action_invocation(action)
        extra = width(invocation) - len(invocation)
        first, newline, rest = text.partition("\n")
        at = first.find(invocation)
        if extra <= 0 or at < 0:
            return text
        end = at + len(invocation)
        padding = len(first[end:]) - len(first[end:].lstrip(" "))
        if padding == len(first[end:]):  # the help starts on the next line
            return text
        keep = max(2, padding - extra)
        if padding - extra < 2:  # no room beside it: the help goes below, as argparse does
            help_at = end + padding
            return f"{first[:end]}\n{' ' * help_at}{first[help_at:]}{newline}{rest}"
        return f"{first[:end]}{' ' * keep}{first[end + padding :]}{newline}{rest}"

    def _format_usage(self, usage, actions, groups, prefix):  # type: ignore[no-untyped-def]
        text = super()._format_usage(usage, actions, groups, prefix)
        said = prefix if prefix is not None else argparse._("usage: ")  # type: ignore[attr-defined]
        extra = width(said) - len(said)
        if extra <= 0:
            return text
        lines = text.split("\n")
        return "\n".join(
            [lines[0], *(" " * extra + line if line.strip() else line for line in lines[1:])]
        )

    def format_help(self) -> str:
        text = super().format_help()
        if self._colon == ":":
            return text
        for heading in self._headings:
            found = re.compile(rf"(?m)^(\s*){re.escape(heading)}:$")
            text = found.sub(lambda line: f"{line[1]}{line[0].strip()[:-1]}{self._colon}", text)
        return text
