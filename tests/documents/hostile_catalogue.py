"""The hostile-document catalogue, part one: wrong types at every level, bytes and syntax, the
top level, ranges, enumerations, dates and times. Part two (hostile_catalogue_text.py) adds text,
sizes, identifiers and references; importing this module registers both in CASES.
"""

from __future__ import annotations

import json
from typing import Any

from tests.documents.hostile_base import (
    ACCEPT,
    BASE,
    CASES,
    DELETE,
    case,
    encode,
    raw,
    text,
)
from workshop_app.documents.document_rules import where

# ----------------------------------------------------------------- wrong types at every level

WRONG = {str: 42, bool: "yes", int: "3", float: "3.5", list: {"a": 1}, dict: [1, 2]}


def _leaves(value: Any, path: list[Any]):
    """Every field of the document, looking at the first item of each list only."""
    items = value.items() if isinstance(value, dict) else list(enumerate(value))[:1]
    for key, item in items:
        yield [*path, key], item
        if isinstance(item, dict | list):
            yield from _leaves(item, [*path, key])


for _path, _value in _leaves(BASE, []):
    if _path[0] in ("format", "version") or _value is None:
        continue
    case(f"wrong type at {where(_path)}", f"{where(_path)}: ", (_path, WRONG[type(_value)]))
    if type(_value) is int:
        case(f"{where(_path)} as a float", f"{where(_path)}: must be", (_path, float(_value)))
        case(f"{where(_path)} as true", f"{where(_path)}: must be", (_path, True))

# ------------------------------------------------------------------------- bytes and syntax

GOOD = encode(BASE)
raw("empty file", "not valid JSON", lambda: b"")
raw("only spaces", "not valid JSON", lambda: b"   \n\t ")
raw("not JSON", "not valid JSON (line 1", lambda: b"{not json")
raw("half a document", "not valid JSON", lambda: GOOD[: len(GOOD) // 2])
raw("trailing data", "not valid JSON", lambda: GOOD + b" {}")
raw("comment in JSON", "not valid JSON", lambda: b"// made by hand\n" + GOOD)
raw("invalid UTF-8", "not UTF-8", lambda: GOOD.replace(b"Brightwater", b"Bright\xffwater", 1))
raw(
    "Latin-1 text",
    "not UTF-8",
    lambda: GOOD.decode().replace("Harbour", "Hârbour").encode("latin-1", "replace"),
)
raw("UTF-16 file", "not UTF-8", lambda: GOOD.decode().encode("utf-16"))
raw("byte-order mark", ACCEPT, lambda: b"\xef\xbb\xbf" + GOOD)
raw("a list", "should be a JSON object", lambda: b"[]")
raw("a string", "should be a JSON object", lambda: b'"truce-session"')
raw("null", "should be a JSON object", lambda: b"null")
raw("a number", "should be a JSON object", lambda: b"1")
raw("deep nesting", "nested too deeply", lambda: b"[" * 100_000 + b"]" * 100_000)
text("NaN", "NaN, which is not a number", ('"votes": 7', '"votes": NaN'))
text("Infinity", "Infinity, which is not a number", ('"votes": 7', '"votes": Infinity'))
text("minus Infinity", "-Infinity, which is not a number", ('"votes": 7', '"votes": -Infinity'))
text("1e400", "too large or too long", ('"votes": 7', '"votes": 1e400'))
text("5,000 digits", "5,000 digits", ('"votes": 7', '"votes": ' + "9" * 5000))
text("16 digits", "16 digits", ('"votes": 7', '"votes": 1000000000000000'))
text("duplicate key", "“title” twice", ('"title": "', '"title": "A", "title": "'))
text(
    "escaped NUL",
    "session.notes: contains a control character (U+0000)",
    ('"notes": "', '"notes": "\\u0000'),
)
text(
    "lone surrogate",
    "session.title: contains half of a character pair",
    ('"title": "', '"title": "\\ud800'),
)
text("lone low surrogate", "lone surrogate", ('"owner": "', '"owner": "\\udc80'))
# An action's owner (a person's name); a lead stage's owner, earlier in the document, is an id.
text("surrogate pair escaped", ACCEPT, ('"owner": "Elena', '"owner": "\\ud83d\\ude00Elena'))
text("raw tab inside a string", "a text holds a control character)", ('"owner": "', '"owner": "\t'))
text("raw NUL byte", "not valid JSON", ('"owner": "', '"owner": "\x00'))
text(
    "a whole number written 1e2",
    "notes.items[6].votes: must be a whole number",
    ('"votes": 7', '"votes": 1e2'),
)
text(
    "a whole number written 7.0",
    "notes.items[6].votes: must be a whole number",
    ('"votes": 7', '"votes": 7.0'),
)
text("minus zero", ACCEPT, ('"baseline": 4.0', '"baseline": -0.0'))
text("a number too small to hold", ACCEPT, ('"baseline": 4.0', '"baseline": 1e-400'))
raw(
    "Windows line endings",
    ACCEPT,
    lambda: json.dumps(BASE, indent=1).replace("\n", "\r\n").encode(),
)
raw(
    "minified, keys in reverse order",
    ACCEPT,
    lambda: json.dumps(dict(reversed(BASE.items())), separators=(",", ":")).encode(),
)

# ------------------------------------------------------------------------------- top level

case("no format", "not a Truce session document", (["format"], DELETE))
case("other format", "not a Truce session document", (["format"], "truce-sessions"))
case("future version", "version 2, from a newer Truce", (["version"], 2))
case("version as text", "gives its version as “1”", (["version"], "1"))
case("version as a float", "version as 1.0", (["version"], 1.0))
case("version as true", "version as true", (["version"], True))
case("version 0", "version as 0", (["version"], 0))
case("no version", "does not say which version", (["version"], DELETE))
case("no actions", "lacks the field “actions”", (["actions"], DELETE))
case("no session", "lacks the field “session”", (["session"], DELETE))
case("no session id", "session: lacks the field “id”", (["session", "id"], DELETE))
case("unknown top-level field", "has a field “path” that", (["path"], "/etc/passwd"))
case(
    "unknown field in an action",
    "actions[2]: has a field “script”",
    (["actions", 2, "script"], "rm"),
)
case("actions null", "actions: must be a list (it is null)", (["actions"], None))
case(
    "optional sections left out",
    ACCEPT,
    *((([k], DELETE)) for k in ("agenda", "notes", "history", "since_previous")),
)
case(
    "every list empty",
    ACCEPT,
    (["participants"], []),
    (["actions"], []),
    (["history"], []),
    (["notes", "items"], []),
    (["frictions", "items"], []),
    (["checklist", "steps"], []),
    (["role_map", "stages"], []),
    (["role_map", "cells"], []),
    (["assessment", "answers"], []),
    (["agenda", "items"], []),
    (["goals", "shared"], []),
)
case(
    "minimal action",
    ACCEPT,
    (["actions", 0], {"id": "only", "title": "Only a title"}),
    (["history"], []),
)
case("minimal session", ACCEPT, (["session"], {"id": "bare", "title": "Bare"}))

# ------------------------------------------------------------------------ out of range

for _path, _bad, _words in [
    (["actions", 3, "impact"], 6, "a whole number from 1 to 5, or empty (it is 6)"),
    (["actions", 3, "impact"], 0, "a whole number from 1 to 5"),
    (["actions", 3, "effort"], -1, "a whole number from 1 to 5"),
    (["actions", 3, "votes"], -1, "a whole number from 0 to 100,000"),
    (["actions", 3, "votes"], 100_001, "a whole number from 0 to 100,000"),
    (["frictions", "items", 0, "sales_rating"], 6, "a whole number from 0 to 5"),
    (["frictions", "items", 0, "marketing_rating"], -1, "a whole number from 0 to 5"),
    (["checklist", "steps", 0, "current"], 0, "a whole number from 1 to 5"),
    (["checklist", "steps", 0, "target"], 9, "a whole number from 1 to 5"),
    (["assessment", "answers", 0, "value"], 7, "a whole number from 1 to 5"),
    (["assessment", "predictions", 0, "predicted_total"], 19, "a whole number from 20 to 100"),
    (["role_swap", "round_minutes"], 0, "a whole number from 1 to 240"),
    (["agenda", "items", 0, "minutes"], 601, "a whole number from 0 to 600"),
    (["agenda", "items", 0, "break_after"], 241, "a whole number from 0 to 240"),
    (["role_map", "handoff", "follow_up_hours"], -1, "a whole number from 0 to 10,000"),
    (["role_map", "sla", "accepted_percent"], 101, "a whole number from 0 to 100"),
    (["role_map", "sla", "attempts"], -2, "a whole number from 0 to 100"),
    (["role_map", "sla", "leads_per_rep"], 100_001, "a whole number from 0 to 100,000"),
    (["role_map", "acceptance", "accept_hours"], 10_001, "a whole number from 0 to 10,000"),
]:
    case(f"{where(_path)} = {_bad}", f"{where(_path)}: must be {_words}", (_path, _bad))
case(
    "ratings at their limits",
    ACCEPT,
    (["actions", 0, "impact"], 1),
    (["actions", 0, "effort"], 5),
    (["frictions", "items", 0, "sales_rating"], 0),
    (["actions", 0, "votes"], 100_000),
    (["actions", 1, "impact"], None),
)
case(
    "huge goal figures",
    ACCEPT,
    (["goals", "shared", 0, "baseline"], 999_999_999_999_999),
    (["goals", "shared", 0, "target"], -1.5e300),
)
case("tiny goal figure", ACCEPT, (["goals", "shared", 1, "target"], 5e-324))

# ------------------------------------------------------------------------------ enumerations

for _path, _bad in [
    (["participants", 0, "department"], "finance"),
    (["actions", 0, "status"], "finished"),
    (["actions", 0, "priority"], "urgent"),
    (["actions", 0, "department"], "Sales"),
    (["actions", 0, "source_kind"], "email"),
    (["session", "language"], "de"),
    (["notes", "items", 0, "stage"], "lunch"),
    (["notes", "items", 0, "kind"], "rant"),
    (["role_map", "cells", 0, "letter"], "X"),
    (["role_map", "handoff", "archetype"], "all"),
    (["role_map", "sla", "period"], "fortnight"),
    (["role_map", "sla", "review"], "weekly"),
    (["assessment", "mode"], "everyone"),
    (["history", 0, "kind"], "deleted"),
    (["agenda", "plan"], "weekend"),
    (["since_previous", "items", 0, "decision"], "forgotten"),
]:
    case(f"{where(_path)} = {_bad}", f"{where(_path)}: must be one of", (_path, _bad))

# ---------------------------------------------------------------------------- dates and times

for _path, _bad in [
    (["session", "date"], "next Tuesday"),
    (["session", "date"], "9999-12-31"),
    (["session", "date"], "0001-01-01"),
    (["session", "date"], "2026-02-30"),
    (["session", "date"], "2026-13-01"),
    (["session", "date"], "2026-3-12"),
    (["session", "date"], "2026-03-12T09:00:00"),
    (["actions", 0, "due"], "12/11/2026"),
    (["session", "follow_up_date"], "1899-12-31"),
    (["session", "created_at"], "12/11/2026 09:04"),
    (["session", "updated_at"], "9999-12-31T23:59:59+00:00"),
    (["agenda", "started_at"], "0001-01-01T00:00:00"),
    (["agenda", "items", 0, "entered_at"], "2026-03-12 09:04"),
    (["agenda", "ended_at"], "2026-03-12T25:00:00"),
    (["history", 0, "at"], ""),
    (["history", 0, "at"], "2026-03-18T09:12:00+25:00"),
    (["since_previous", "items", 0, "decided_at"], "yesterday"),
]:
    case(f"{where(_path)} = {_bad!r}", f"{where(_path)}: must be", (_path, _bad))
case(
    "agenda.start_time = 25:00",
    "agenda.start_time: must be a time of day written HH:MM",
    (["agenda", "start_time"], "25:00"),
)
case(
    "times in other valid forms",
    ACCEPT,
    (["session", "created_at"], "2026-04-02T09:00:00Z"),
    (["history", 0, "at"], "2026-03-18T09:12:00.123456-05:30"),
    (["agenda", "started_at"], "2026-03-12T09:04:00"),
)
case(
    "dates at the ends of the range",
    ACCEPT,
    (["session", "date"], "1900-01-01"),
    (["actions", 0, "due"], "2200-12-31"),
    (["session", "follow_up_date"], ""),
)


# Part two registers its cases in the same CASES.
from tests.documents import hostile_catalogue_text  # noqa: E402

ACCEPTED = [name for name, (_, expect) in CASES.items() if expect is None]
# The accepted documents with unknown ids and dangling references, and all the others: the
# modules that export them (or open them in the window) take one list each.
REFERENCES = set(list(CASES)[hostile_catalogue_text.REFERENCES_START :])
ACCEPTED_REFERENCES = [name for name in ACCEPTED if name in REFERENCES]
ACCEPTED_OTHERS = [name for name in ACCEPTED if name not in REFERENCES]

__all__ = ["ACCEPT", "ACCEPTED_OTHERS", "ACCEPTED_REFERENCES", "BASE", "CASES"]
