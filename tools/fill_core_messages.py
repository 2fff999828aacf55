"""Fills the core's messages (context CoreMessages) in the interface catalogues from
resources/content/<lang>/messages.json, where they are written once per language: `make
translations` runs it after lupdate, so a new or changed message needs no second translation.

For each resources/i18n/truce_<lang>.ts given (English is the source language and is skipped),
every CoreMessages entry whose English source is a message in resources/content/en/messages.json
gets that message's text in <lang>. Only those entries change; the file keeps lupdate's layout.
The group ``command_line`` (the command line's help and what it prints) is never shown by the
window, so it has no entries there and is skipped.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from workshop_app.messages import COMMAND_LINE_ONLY  # said only by the command line

CONTENT = Path(__file__).resolve().parents[1] / "resources" / "content"
ENTRY = re.compile(
    r"<source>(?P<source>.*?)</source>\n(?P<indent>\s*)<translation[^>]*>.*?</translation>", re.S
)


def flat(data: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def messages(language: str) -> dict[str, str]:
    data = json.loads((CONTENT / language / "messages.json").read_text("utf-8"))
    data.pop(COMMAND_LINE_ONLY, None)
    return flat(data)


def escape(text: str) -> str:
    for plain, written in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;")):
        text = text.replace(plain, written)
    return text.replace('"', "&quot;")


def unescape(text: str) -> str:
    for plain, written in (("<", "&lt;"), (">", "&gt;"), ("'", "&apos;"), ('"', "&quot;")):
        text = text.replace(written, plain)
    return text.replace("&amp;", "&")


def fill(ts: Path) -> int:
    language = ts.stem.removeprefix("truce_")
    if language == "en":
        return 0
    english = messages("en")
    theirs = messages(language)
    by_source = {text: theirs[key] for key, text in english.items() if key in theirs}
    text = ts.read_text("utf-8")
    start = text.find("<name>CoreMessages</name>")
    if start < 0:
        return 0
    end = text.index("</context>", start)
    filled = 0

    def translated(found: re.Match[str]) -> str:
        nonlocal filled
        source = unescape(found["source"])
        if source not in by_source:
            return found[0]
        filled += 1
        return (
            f"<source>{found['source']}</source>\n{found['indent']}"
            f"<translation>{escape(by_source[source])}</translation>"
        )

    block = ENTRY.sub(translated, text[start:end])
    ts.write_text(text[:start] + block + text[end:], "utf-8")
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} core messages")
