"""Reading a session document strictly, and putting its first problem into words.

A document is checked in three passes, each cheaper than the next one is expensive, and each
stops at the first problem:

1. ``parse``: UTF-8 only (a byte-order mark is allowed), JSON only: NaN, Infinity and numbers
   too large to be finite are refused, as are whole numbers of more than 15 digits and a field
   given twice in one object.
2. ``precheck``: the shape is bounded (depth, list lengths, field counts, number of values) and
   every text, field names included, obeys the text rules of ``domain/limits.py``; this runs
   before the schema, so a large file of many tiny bad items never reaches it.
3. ``schema_problem``: the JSON schema, lazily: the first error is put into words
   ("actions[3].impact: must be a whole number from 1 to 5, or empty (it is 6)"), never
   jsonschema's own message, and the offending value is shown shortened.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from datetime import date, datetime
from typing import Any

from workshop_app.domain import limits
from workshop_app.errors import DocumentError
from workshop_app.messages import Message

MAX_DEPTH = 8  # the deepest place in a session document is 5 levels down
MAX_LIST = 100_000  # the longest list the schema allows (the history of actions)
MAX_FIELDS = 60  # the most fields an object has (the assessment's context: 50)
MAX_VALUES = 2_000_000  # every value in the file, containers included
MAX_DIGITS = 15  # a whole number with more digits is not a count, a rating or a figure
FIRST_YEAR, LAST_YEAR = 1900, 2200

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# RFC 3339 date-time; the offset may be left out (the agenda's clock writes the room's local time).
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# ------------------------------------------------------------------------------- showing


def show(value: Any, room: int = 40) -> str | Message:
    """A value as a message may quote it: short, and with invisible characters made visible."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        text = str(value)
        return text if len(text) <= 20 else Message("document.show.digits", digits=len(text))
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        if not value:
            return Message("document.show.empty_list")
        return Message("document.show.list", count=len(value))
    if isinstance(value, dict):
        return Message("document.show.object")
    text = str(value)
    shown = _visible(text[:room])
    if len(text) > room:
        return Message("document.show.long_text", text=shown, length=len(text))
    return Message("document.show.text", text=shown)


def _visible(text: str) -> str:
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)


def where(path: Any) -> str | Message:
    """``actions[3].impact`` for the path [\"actions\", 3, \"impact\"]."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME.fullmatch(part) and len(part) <= 64:
            out += f".{part}" if out else part
        else:  # a name that is not an identifier, quoted in the path
            shown = f"“{_visible(part[:24])}…” ({len(part):,} characters)"
            out += f"[{shown if len(part) > 24 else f'“{_visible(part)}”'}]"
    return out or Message("document.the_document")


# ------------------------------------------------------------------------------- parsing

# What Python's JSON reader says, in each language's words; anything else it says is quoted.
JSON_PROBLEMS = {
    "Expecting value": "document.json.expecting_value",
    "Expecting ',' delimiter": "document.json.expecting_comma",
    "Expecting ':' delimiter": "document.json.expecting_colon",
    "Expecting property name enclosed in double quotes": "document.json.expecting_name",
    "Extra data": "document.json.extra_data",
    "Unterminated string starting": "document.json.unterminated_string",
    "Invalid control character": "document.json.control_character",
    "Invalid \\escape": "document.json.invalid_escape",
    "Invalid \\uXXXX escape": "document.json.invalid_escape",
}


def _no_constant(name: str) -> Any:
    raise DocumentError("document.not_a_number", name=name)


def _finite(text: str) -> float:
    value = float(text)
    if len(text) > 40 or not math.isfinite(value):
        raise DocumentError("document.number_too_large", number=show(text))
    return value


def _whole(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise DocumentError("document.too_many_digits", digits=digits, most=MAX_DIGITS)
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DocumentError("document.field_twice", field=show(key))
        out[key] = value
    return out


def parse(data: str | bytes) -> Any:
    """The JSON value of a file's bytes, refusing what JSON readers disagree about."""
    if isinstance(data, bytes):
        data = data.removeprefix(codecs.BOM_UTF8)
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DocumentError("document.not_utf8", byte=exc.start + 1) from exc
    data = data.removeprefix("\ufeff")
    try:
        return json.loads(
            data,
            parse_constant=_no_constant,
            parse_float=_finite,
            parse_int=_whole,
            object_pairs_hook=_object,
        )
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" at")
        raise DocumentError(
            "document.not_json",
            line=exc.lineno,
            column=exc.colno,
            problem=Message(JSON_PROBLEMS[problem]) if problem in JSON_PROBLEMS else problem,
        ) from exc
    except RecursionError as exc:
        raise DocumentError("document.nested_too_deeply") from exc


# ------------------------------------------------------------------------- the shape pass


def _text_problem(text: str) -> Message | None:
    found = limits.FORBIDDEN.search(text)
    if not found:
        return None
    char = found.group()
    surrogate = "\ud800" <= char <= "\udfff"
    kind = "document.reason.lone_surrogate" if surrogate else "document.reason.control_character"
    return Message(kind, code=f"U+{ord(char):04X}")


def precheck(doc: Any) -> None:
    """Bounds and text rules, before the schema: one walk without recursion, first problem out."""
    count = 0
    stack: list[tuple[Any, tuple[Any, ...]]] = [(doc, ())]
    while stack:
        value, path = stack.pop()
        if len(path) >= MAX_DEPTH:
            raise DocumentError("document.nested_deeper", where=where(path), most=MAX_DEPTH)
        if isinstance(value, dict):
            if len(value) > MAX_FIELDS:
                raise DocumentError(
                    "document.too_many_fields", where=where(path), count=len(value), most=MAX_FIELDS
                )
            items: Any = value.items()
        else:
            if len(value) > MAX_LIST:
                raise DocumentError(
                    "document.list_too_long", where=where(path), count=len(value), most=MAX_LIST
                )
            items = enumerate(value)
        count += len(value)
        if count > MAX_VALUES:
            raise DocumentError("document.too_many_values", most=MAX_VALUES)
        children = []
        for key, item in items:
            if isinstance(key, str) and (problem := _text_problem(key)):
                raise DocumentError(
                    "document.field_name_problem",
                    where=where(path),
                    field=show(key),
                    reason=problem,
                )
            if isinstance(item, str):
                if problem := _text_problem(item):
                    raise DocumentError("document.at", where=where((*path, key)), reason=problem)
            elif isinstance(item, dict | list):
                children.append((item, (*path, key)))
        # Depth first, in document order, so the problem reported is the first one in the file.
        stack.extend(reversed(children))


# ------------------------------------------------------------------------ dates and times


def valid_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        return FIRST_YEAR <= date.fromisoformat(text).year <= LAST_YEAR
    except ValueError:
        return False


def valid_moment(text: str) -> bool:
    if not _MOMENT.fullmatch(text):
        return False
    try:
        return FIRST_YEAR <= datetime.fromisoformat(text).year <= LAST_YEAR
    except ValueError:
        return False


# --------------------------------------------------------------------------- the schema


def schema_problem(validator: Any, doc: Any, part: str | None = None) -> Message | None:
    """The first schema error, in words; errors are produced lazily and only one is looked at.
    Given the top-level field that holds the first error (``part``), only it is walked."""
    if part is None:
        error = next(iter(validator.iter_errors(doc)), None)
    elif error := next(
        validator.evolve(schema=validator.schema["properties"][part]).iter_errors(doc[part]), None
    ):
        error.path.appendleft(part)
    if error is None:
        return None
    reason = _reason(error, validator.schema["$defs"])
    if not error.absolute_path:
        return Message("document.whole", reason=reason)
    return Message("document.at", where=where(error.absolute_path), reason=reason)


def _reason(error: Any, defs: dict[str, Any]) -> Message:
    """What is wrong at the error's place. What a schema allows (``describe``) and a value
    shown (``show``) are quoted in English."""
    keyword, value, instance = error.validator, error.validator_value, error.instance
    if "propertyNames" in error.schema_path:
        return Message("document.reason.not_an_id", field=show(instance))
    if keyword == "required":
        missing = next(name for name in value if name not in instance)
        return Message("document.reason.lacks_field", field=missing)
    if keyword == "additionalProperties":
        extra = next(k for k in instance if k not in error.schema.get("properties", {}))
        return Message("document.reason.extra_field", field=show(extra))
    if keyword == "maxItems":
        return Message("document.reason.too_many_items", count=len(instance), most=value)
    if keyword == "maxProperties":
        return Message("document.reason.too_many_entries", count=len(instance), most=value)
    if keyword == "maxLength":
        return Message("document.reason.too_long", length=len(instance), most=value)
    if keyword in ("minLength", "pattern") and error.schema.get("pattern") == r"\S":
        return Message("document.reason.no_visible_character")
    if keyword == "minLength":
        return Message("document.reason.empty")
    return Message(
        "document.reason.must_be", allowed=describe(error.schema, defs), value=show(instance)
    )


# The schema's own descriptions of its formats, in each language's words.
DESCRIPTIONS = {
    "an id of 1 to 64 letters, digits and _ . : -": "document.allow.id",
    "a time of day written HH:MM on a 24-hour clock, or empty": "document.allow.time",
    "a date written YYYY-MM-DD, from 1900 to 2200": "document.allow.date",
    "a date and time written YYYY-MM-DDTHH:MM:SS with an optional offset (RFC 3339), from 1900 "
    "to 2200": "document.allow.moment",
}
EMPTY = Message("document.allow.empty")


def describe(schema: dict[str, Any], defs: dict[str, Any]) -> str | Message:
    """What a schema allows, in words: "a whole number from 1 to 5, or empty"."""
    if "$ref" in schema:
        return describe(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in schema:
        parts = [describe(option, defs) for option in schema["anyOf"]]
        shown = [part for part in parts if part != EMPTY]
        joined = shown[0]
        for part in shown[1:]:
            joined = Message("document.allow.either", first=joined, second=part)
        if len(shown) < len(parts):
            return Message("document.allow.or_empty", allowed=joined)
        return joined
    if "description" in schema and schema.get("type") not in ("object", "array"):
        found = DESCRIPTIONS.get(schema["description"])
        return Message(found) if found else schema["description"]
    if "const" in schema:
        if schema["const"] in ("", None):
            return EMPTY
        return Message("document.allow.exactly", value=json.dumps(schema["const"]))
    if "enum" in schema:
        named = ", ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"] if v != "")
        if "" in schema["enum"]:
            return Message("document.allow.one_of_or_empty", values=named)
        return Message("document.allow.one_of", values=named)
    kind = schema.get("type")
    if isinstance(kind, list):  # ["number", "null"]: a figure, or nothing
        kinds = [k for k in kind if k != "null"]
        one = describe({**schema, "type": kinds[0] if len(kinds) == 1 else None}, defs)
        return Message("document.allow.or_empty", allowed=one) if "null" in kind else one
    if "exclusiveMinimum" in schema and kind in NUMBERS:  # a rate: above 0 and below 100
        low = _bound(schema["exclusiveMinimum"])
        if "exclusiveMaximum" in schema:
            high = _bound(schema["exclusiveMaximum"])
            return Message("document.allow.number_between", low=low, high=high)
        return Message("document.allow.number_above", low=low, high=_bound(schema.get("maximum")))
    low, high = _bound(schema.get("minimum")), _bound(schema.get("maximum"))
    if kind in NUMBERS:
        between, at_least, any_number = NUMBERS[kind]
        if low is not None and high is not None:
            return Message(between, low=low, high=high)
        if low is not None:
            return Message(at_least, low=low)
        return Message(any_number)
    if kind == "string":
        most = schema.get("maxLength")
        return (
            Message("document.allow.text_at_most", most=most)
            if most
            else Message("document.allow.text")
        )
    return Message(KINDS.get(str(kind), "document.allow.other"))


def _bound(bound: Any) -> Any:
    """1e13 in the schema is said as 10,000,000,000,000, not 10000000000000.0."""
    return int(bound) if isinstance(bound, float) and bound.is_integer() else bound


NUMBERS = {
    "integer": (
        "document.allow.whole_range",
        "document.allow.whole_at_least",
        "document.allow.whole",
    ),
    "number": (
        "document.allow.number_range",
        "document.allow.number_at_least",
        "document.allow.number",
    ),
}
KINDS = {
    "boolean": "document.allow.boolean",
    "null": "document.allow.empty",
    "array": "document.allow.list",
    "object": "document.allow.object",
}
