"""Markdown text that shows user input literally, and the small pieces every chapter uses.

User text is escaped so a Markdown renderer shows it literally: `<b>` stays text, `*` stays a star.
"""

from __future__ import annotations

import re

from workshop_app.documents.wording import Wording

# Marks CommonMark reads as syntax anywhere in a line; a backslash makes them literal.
_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
# Marks that are syntax only at the start of a line: headings, lists, quotes, rules.
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+[.)])", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def md(text: object) -> str:
    """One line of user text, safe inside a paragraph, list item or table cell."""
    value = _escape(_plain(str(text or "")))
    return "<br>".join(line.strip() for line in value.split("\n")) if "\n" in value else value


def block(text: str) -> str:
    """A multi-line text as paragraphs, each escaped."""
    paragraphs = (p.strip() for p in _plain(text).split("\n\n"))
    return "\n\n".join(_escape(p) for p in paragraphs if p)


def _plain(text: str) -> str:
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _escape(text: str) -> str:
    def mark(m: re.Match[str]) -> str:
        lead, sign = m.group(1), m.group(2)
        # "1." is escaped on its dot: a backslash before a digit would print.
        return lead + (sign[:-1] + "\\" + sign[-1] if sign[0].isdigit() else "\\" + sign)

    return _LINE_START.sub(mark, _SPECIAL.sub(r"\\\1", text))


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell if cell else "–" for cell in row) + " |" for row in rows]
    return [*lines, ""]


def heading(text: str, level: int = 2) -> list[str]:
    return [f"{'#' * level} {md(text)}", ""]


def bold_label(words: Wording, key: str, text: str = "") -> str:
    """ "**Reason**: " — the colon (and a question's mark) outside the stars: CommonMark does not
    close "**原因：**" before a letter, as the closing stars follow punctuation: it prints them."""
    label = words(key) if key else text
    full = words.label_text(label)
    inside = label.rstrip("?？:：.。)）!！")
    return f"**{md(inside)}**{md(full[len(inside) :])}"
