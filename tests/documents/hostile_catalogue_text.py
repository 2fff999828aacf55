"""The hostile-document catalogue, part two: text rules, sizes, identifiers, unknown ids and
dangling references (part one is hostile_catalogue.py)."""

from __future__ import annotations

import json

from tests.documents.hostile_base import (
    ACCEPT,
    CASES,
    LONG_WORD,
    MARKUP,
    MIXED,
    ZERO_WIDTH,
    case,
    dig,
)
from workshop_app.documents.document_rules import where

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
    "reviewed title empty",
    "since_previous.items[0].title: must not be empty",
    (["since_previous", "items", 0, "title"], ""),
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
    (["role_map", "lead_stages", 0, "name"], MIXED),
    (["role_map", "sla", "monitor"], MIXED),
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
    (["role_map", "lead_stages", 1, "entry"], MARKUP),
    (["role_map", "acceptance", "reject_reasons", 0], MARKUP),
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
    "line and paragraph separators",
    ACCEPT,
    (["actions", 0, "title"], "one\u2028two\u2029three"),
    (["session", "organisation"], "Acme\u2028Holding"),
)
case(
    "noncharacters and private use",
    ACCEPT,
    (["actions", 0, "title"], "\uffff\ufffe \ue000 \U0010ffff title"),
    (["session", "notes"], "\ufffd replaced"),
)
case(
    "combining marks piled on a letter",
    ACCEPT,
    (["session", "title"], "Z" + "\u0301" * 200),
    (["actions", 0, "owner"], "e\u0301" * 100),
)
case(
    "a title that is only a number",
    ACCEPT,
    (["session", "title"], "2026"),
    (["actions", 0, "title"], "0"),
)
case(
    "long word without spaces",
    ACCEPT,
    (["session", "notes"], LONG_WORD),
    (["actions", 0, "description"], LONG_WORD),
    (["actions", 0, "title"], "W" * 500),
    (["role_map", "handoff", "qualified_lead"], LONG_WORD),
    (["role_map", "lead_stages", 0, "exit"], LONG_WORD),
    (["role_map", "sla", "when_missed"], LONG_WORD),
    (["role_map", "acceptance", "recycle_rule"], LONG_WORD),
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
    (["role_map", "lead_stages"], "role_map.lead_stages"),
    (["goals", "shared"], "goals.shared"),
]:
    case(
        f"duplicate id in {_where}",
        "is used twice",
        (_list, lambda d, p=_list: dig(d, p) + dig(d, p)[:1]),
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


# ----------------------------------------------------- unknown ids and dangling references

REFERENCES_START = len(CASES)  # where these cases begin in CASES (their exports have a module)

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
