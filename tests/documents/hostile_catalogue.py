"""A catalogue of hostile session documents, each made from the demo session by one mutation.

Every case is the bytes of a file and what Truce must do with it: refuse it with one line that
holds the given words (the place in the document, and the reason), or accept it (``ACCEPT``), after
which every export and every page must work with it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from workshop_app.demo import demo_session
from workshop_app.documents.document_rules import where
from workshop_app.documents.session_document import to_document

ACCEPT = None
BASE = to_document(demo_session("en", today=date(2026, 4, 2)))
BASE["session"]["id"] = "hostile-document-0001"
BASE["session"]["series_id"] = ""
BASE["since_previous"] = {
    "previous_title": "Autumn workshop",
    "previous_date": "2025-10-01",
    "items": [
        {
            "action_id": "old-action-1",
            "title": "Share the pipeline report weekly",
            "decision": "carried",
            "owner": "Tom Becker",
            "department": "sales",
            "due": "2025-12-01",
            "new_due": "2026-05-01",
            "new_action_id": BASE["actions"][1]["id"],
            "reason": "",
            "decided_at": "2026-03-12T09:30:00+00:00",
        }
    ],
}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
MARKUP = '<para><font name="x" size="99">&amp; <b>bold</b> <img src="/etc/passwd"/></font></para> &'
MIXED = "😀👩‍👩‍👧 סדנת מכירות ورشة 销售与市场 銷售與行銷 Zażółć gęślą jaźń \u202eevil\u202c"
LONG_WORD = "Unbreakable" * 1800  # 19,800 characters without a space

Case = tuple[Callable[[], bytes], "str | None"]
CASES: dict[str, Case] = {}


def doc() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def put(value: Any, path: list[Any], new: Any) -> None:
    for part in path[:-1]:
        value = value[part]
    if new is _DELETE:
        del value[path[-1]]
    else:
        value[path[-1]] = new


_DELETE = object()


def case(name: str, expect: str | None, *changes: tuple[list[Any], Any]) -> None:
    """A case that sets (or with _DELETE removes) the value at each path."""

    def build() -> bytes:
        d = doc()
        for path, new in changes:
            put(d, path, new(d) if callable(new) else new)
        return encode(d)

    assert name not in CASES, name
    CASES[name] = (build, expect)


def raw(name: str, expect: str | None, build: Callable[[], bytes]) -> None:
    assert name not in CASES, name
    CASES[name] = (build, expect)


def text(name: str, expect: str | None, replace: tuple[str, str]) -> None:
    """A case made by rewriting the JSON text itself (for what json.dumps never writes)."""
    raw(name, expect, lambda: encode(BASE).replace(*(s.encode() for s in replace), 1))


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
text("surrogate pair escaped", ACCEPT, ('"owner": "', '"owner": "\\ud83d\\ude00'))

# ------------------------------------------------------------------------------- top level

case("no format", "not a Truce session document", (["format"], _DELETE))
case("other format", "not a Truce session document", (["format"], "truce-sessions"))
case("future version", "version 2, from a newer Truce", (["version"], 2))
case("version as text", "gives its version as “1”", (["version"], "1"))
case("version as a float", "version as 1.0", (["version"], 1.0))
case("version as true", "version as true", (["version"], True))
case("version 0", "version as 0", (["version"], 0))
case("no version", "version as null", (["version"], _DELETE))
case("no actions", "lacks the field “actions”", (["actions"], _DELETE))
case("no session", "lacks the field “session”", (["session"], _DELETE))
case("no session id", "session: lacks the field “id”", (["session", "id"], _DELETE))
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
    *((([k], _DELETE)) for k in ("agenda", "notes", "history", "since_previous")),
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
case("agenda.start_time = 25:00", "agenda.start_time: must be", (["agenda", "start_time"], "25:00"))
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

# ------------------------------------------------------------------------------ text rules

for _name, _value in [
    ("empty", ""),
    ("only spaces", "   "),
    ("only zero-width characters", ZERO_WIDTH),
    ("only no-break spaces", "\u00a0\u2007\u202f"),
    ("only a Hangul filler", "\u3164"),
    ("only a combining accent", "\u0301\u0301"),
    ("only a newline", "\n"),
]:
    case(
        f"session title {_name}",
        "session.title: must have a character that shows",
        (["session", "title"], _value),
    )
    case(
        f"action title {_name}",
        "actions[4].title: must have a character that shows",
        (["actions", 4, "title"], _value),
    )
case(
    "reviewed title of zero-width characters",
    "since_previous.items[0].title: must have a character that shows",
    (["since_previous", "items", 0, "title"], ZERO_WIDTH),
)
for _path, _char in [
    (["session", "organisation"], "\x07"),
    (["actions", 2, "description"], "\x1b[31m"),
    (["participants", 1, "name"], "\x7f"),
    (["notes", "items", 0, "text"], "\x85"),
    (["role_map", "rules", 0, "text"], "\x9b"),
    (["goals", "shared", 0, "unit"], "\x00"),
]:
    case(
        f"control character {_char!r} in {where(_path)}",
        f"{where(_path)}: contains a control character",
        (_path, f"before {_char} after"),
    )
case(
    "control character in a field name",
    "assessment.context: the field name",
    (["assessment", "context", "size\x01"], "larger"),
)
case(
    "C1 character in a field name",
    "assessment.context: the field name",
    (["assessment", "context", "size\x9f"], "larger"),
)
case(
    "free-form key not an id",
    "assessment.context: has a field name “a key with spaces”",
    (["assessment", "context", "a key with spaces"], "larger"),
)
case(
    "emoji, RTL and CJK everywhere",
    ACCEPT,
    (["session", "title"], MIXED),
    (["session", "organisation"], MIXED),
    (["participants", 0, "name"], MIXED),
    (["actions", 0, "title"], MIXED),
    (["actions", 0, "owner"], MIXED),
    (["role_map", "stages", 0, "name"], MIXED),
    (["notes", "items", 0, "text"], MIXED),
)
case(
    "markup everywhere",
    ACCEPT,
    (["session", "title"], MARKUP),
    (["session", "notes"], MARKUP),
    (["actions", 0, "title"], MARKUP),
    (["actions", 0, "description"], MARKUP),
    (["role_map", "parties", 3, "name"], MARKUP),
    (["goals", "shared", 0, "unit"], MARKUP),
)
case(
    "spreadsheet formulas",
    ACCEPT,
    (["actions", 0, "title"], '=HYPERLINK("http://x","y")'),
    (["actions", 0, "owner"], "+cmd|' /C calc'!A0"),
    (["actions", 1, "title"], "@SUM(1+1)"),
)
case(
    "markdown syntax",
    ACCEPT,
    (["actions", 0, "title"], "# | pipe | `code` [link](javascript:x) *"),
    (["session", "notes"], "---\n# Heading\n| a | b |"),
)
case(
    "tabs and newlines in text",
    ACCEPT,
    (["session", "notes"], "one\ttwo\nthree\r\nfour"),
    (["actions", 0, "title"], "Line one\nLine two"),
)
case("a title of one emoji", ACCEPT, (["session", "title"], "🤝"))
case("right-to-left override title", ACCEPT, (["actions", 0, "title"], "\u202eevil\u202c visible"))
case(
    "long word without spaces",
    ACCEPT,
    (["session", "notes"], LONG_WORD),
    (["actions", 0, "description"], LONG_WORD),
    (["actions", 0, "title"], "W" * 500),
    (["role_map", "handoff", "qualified_lead"], LONG_WORD),
)
case(
    "every text at its limit",
    ACCEPT,
    (["session", "title"], "T" * 499 + "😀"),
    (["session", "organisation"], "O " * 250),
    (["session", "notes"], "n " * 10_000),
    (["participants", 0, "name"], "名" * 500),
)

# ------------------------------------------------------------------------------------ sizes

case(
    "title of 501 characters",
    "session.title: is 501 characters long; the most it can hold is 500",
    (["session", "title"], "x" * 501),
)
case(
    "note of 20,001 characters",
    "session.notes: is 20,001 characters long",
    (["session", "notes"], "x" * 20_001),
)
case(
    "a megabyte of text",
    "actions[0].description: is 1,048,576 characters long",
    (["actions", 0, "description"], "x" * 1_048_576),
)
case("a megabyte in a date", "session.date: must be a date", (["session", "date"], "2" * 1_048_576))
case("a long field name", "has a field “kkkkkkkkk", (["session", "k" * 100_000], 1))
case(
    "1,001 participants",
    "participants: holds 1,001 items; the most it can hold is 1,000",
    (["participants"], lambda d: d["participants"] * 100 + d["participants"][:1]),
)
case("10,001 tiny bad actions", "actions: holds 10,001 items", (["actions"], [{"id": 1}] * 10_001))
case(
    "100,001 history events", "history: holds 100,001 items; no list", (["history"], [{}] * 100_001)
)
case(
    "9,000 tiny bad actions",
    "actions[0]: lacks the field “title”",
    (["actions"], [{"id": 1}] * 9_000),
)
case(
    "51 context entries",
    "assessment.context: has 51 entries",
    (["assessment", "context"], {f"k{i}": "v" for i in range(51)}),
)
case(
    "an object of 61 fields",
    "session: has 61 fields",
    (["session"], {f"k{i}": "v" for i in range(61)}),
)
case(
    "nested objects where text belongs",
    "is nested deeper",
    (["session", "notes"], json.loads("[" * 20 + "]" * 20)),
)
case("too many values", "more than 2,000,000 values", (["history"], [[0] * 99_999] * 21))

# ------------------------------------------------------------------------------ identifiers

for _list, _where in [
    (["participants"], "participants"),
    (["actions"], "actions"),
    (["history"], "history"),
    (["frictions", "items"], "frictions.items"),
    (["notes", "items"], "notes.items"),
    (["role_map", "rules"], "role_map.rules"),
    (["role_map", "stages"], "role_map.stages"),
    (["goals", "shared"], "goals.shared"),
]:
    case(
        f"duplicate id in {_where}",
        "is used twice",
        (_list, lambda d, p=_list: _dig(d, p) + _dig(d, p)[:1]),
    )
case(
    "duplicate ten-steps step",
    "checklist.steps[10].step",
    (["checklist", "steps"], lambda d: d["checklist"]["steps"] + d["checklist"]["steps"][:1]),
)
for _bad in ("", "../../etc/passwd", "x" * 65, "id with spaces", "идентификатор"):
    case(f"action id {_bad[:20]!r}", "actions[0].id: must be an id", (["actions", 0, "id"], _bad))
case(
    "history of an action not in the session",
    "history[0].action_id: “nope” is not an action",
    (["history", 0, "action_id"], "nope"),
)
case("ids at the length limit", ACCEPT, (["actions", 0, "id"], "a" * 64), (["history"], []))


def _dig(d: dict[str, Any], path: list[Any]) -> Any:
    for part in path:
        d = d[part]
    return d


# ----------------------------------------------------- unknown ids and dangling references

for _path in [
    ["notes", "items", 0, "action_id"],
    ["actions", 0, "source_ref"],
    ["actions", 0, "carried_from"],
    ["role_map", "cells", 0, "stage"],
    ["role_map", "cells", 0, "party"],
    ["role_map", "handoff", "stage"],
    ["role_map", "contributions", 0, "stage"],
    ["role_map", "stages", 0, "content_id"],
    ["assessment", "answers", 0, "respondent"],
    ["assessment", "answers", 0, "statement"],
    ["assessment", "context", "company_size"],
    ["agenda", "items", 0, "stage"],
    ["checklist", "steps", 0, "step"],
    ["role_swap", "answers", 0, "prompt"],
    ["role_swap", "insights", 0, "prompt"],
    ["frictions", "items", 0, "id"],
    ["since_previous", "items", 0, "new_action_id"],
    ["session", "series_id"],
    ["session", "previous_id"],
    ["goals", "shared", 0, "metric"],
]:
    case(f"unknown id at {where(_path)}", ACCEPT, (_path, "ghost"))
case("unknown context question", ACCEPT, (["assessment", "context", "ghost"], "ghost"))
case("unknown role swap activity", ACCEPT, (["role_swap", "activities"], ["ghost", "job_rotation"]))
case(
    "a stage twice on the agenda",
    ACCEPT,
    (["agenda", "items"], lambda d: d["agenda"]["items"] + d["agenda"]["items"][:1]),
)
case(
    "a RACI cell twice",
    ACCEPT,
    (["role_map", "cells"], lambda d: d["role_map"]["cells"] + d["role_map"]["cells"][:1]),
)
