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


def show(value: Any, room: int = 40) -> str:
    """A value as a message may quote it: short, and with invisible characters made visible."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        text = str(value)
        return text if len(text) <= 20 else f"a whole number of {len(text):,} digits"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return f"a list of {len(value):,} items" if value else "an empty list"
    if isinstance(value, dict):
        return "an object"
    text = str(value)
    shown = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text[:room])
    if len(text) > room:
        return f"“{shown}…” ({len(text):,} characters)"
    return f"“{shown}”"


def where(path: Any) -> str:
    """``actions[3].impact`` for the path [\"actions\", 3, \"impact\"]."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME.fullmatch(part) and len(part) <= 64:
            out += f".{part}" if out else part
        else:
            out += f"[{show(part, 24)}]"
    return out or "the document"


# ------------------------------------------------------------------------------- parsing


def _no_constant(name: str) -> Any:
    raise DocumentError(
        f"This file holds {name}, which is not a number; a session document holds only finite numbers."
    )


def _finite(text: str) -> float:
    value = float(text)
    if len(text) > 40 or not math.isfinite(value):
        raise DocumentError(
            f"This file holds the number {show(text)}, which is too large or too long for a "
            "session document."
        )
    return value


def _whole(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise DocumentError(
            f"This file holds a whole number of {digits:,} digits; no number in a session "
            f"document has more than {MAX_DIGITS}."
        )
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DocumentError(
                f"This file gives the field {show(key)} twice in one object, so which one counts "
                "is unclear."
            )
        out[key] = value
    return out


def parse(data: str | bytes) -> Any:
    """The JSON value of a file's bytes, refusing what JSON readers disagree about."""
    if isinstance(data, bytes):
        data = data.removeprefix(codecs.BOM_UTF8)
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                f"This file is not UTF-8 text (byte {exc.start + 1:,} is not), so it cannot be a "
                "session document."
            ) from exc
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
        raise DocumentError(
            f"This file is not valid JSON (line {exc.lineno}, column {exc.colno}: "
            f"{exc.msg.removesuffix(' at')})."
        ) from exc
    except RecursionError as exc:
        raise DocumentError("This file is nested too deeply to be a session document.") from exc


# ------------------------------------------------------------------------- the shape pass


def _text_problem(text: str) -> str:
    found = limits.FORBIDDEN.search(text)
    if not found:
        return ""
    char = found.group()
    surrogate = "\ud800" <= char <= "\udfff"
    kind = "half of a character pair (a lone surrogate)" if surrogate else "a control character"
    return f"contains {kind} (U+{ord(char):04X}), which a text cannot hold"


def precheck(doc: Any) -> None:
    """Bounds and text rules, before the schema: one walk without recursion, first problem out."""
    count = 0
    stack: list[tuple[Any, tuple[Any, ...]]] = [(doc, ())]
    while stack:
        value, path = stack.pop()
        if len(path) >= MAX_DEPTH:
            raise DocumentError(
                f"{where(path)}: is nested deeper than a session document ever is "
                f"({MAX_DEPTH} levels)."
            )
        if isinstance(value, dict):
            if len(value) > MAX_FIELDS:
                raise DocumentError(
                    f"{where(path)}: has {len(value):,} fields; no object in a session document "
                    f"has more than {MAX_FIELDS}."
                )
            items: Any = value.items()
        else:
            if len(value) > MAX_LIST:
                raise DocumentError(
                    f"{where(path)}: holds {len(value):,} items; no list in a session document "
                    f"holds more than {MAX_LIST:,}."
                )
            items = enumerate(value)
        count += len(value)
        if count > MAX_VALUES:
            raise DocumentError(
                f"This document holds more than {MAX_VALUES:,} values; a session document never "
                "does."
            )
        children = []
        for key, item in items:
            if isinstance(key, str) and (problem := _text_problem(key)):
                raise DocumentError(f"{where(path)}: the field name {show(key)} {problem}.")
            if isinstance(item, str):
                if problem := _text_problem(item):
                    raise DocumentError(f"{where((*path, key))}: {problem}.")
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


def strict_validator(schema: dict[str, Any]) -> Any:
    """A Draft 2020-12 validator for which 3.0 and true are not integers, with Truce's own
    checks of the ``date`` and ``date-time`` formats."""
    from jsonschema import Draft202012Validator, FormatChecker, validators

    types = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    formats = FormatChecker(formats=())
    formats.checks("date")(lambda value: not isinstance(value, str) or valid_date(value))
    formats.checks("date-time")(lambda value: not isinstance(value, str) or valid_moment(value))
    strict = validators.extend(Draft202012Validator, type_checker=types)
    return strict(_inline(schema, schema["$defs"]), format_checker=formats)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with every ``#/$defs/…`` reference replaced by what it names (the schema has
    no cycles): looking references up is half of jsonschema's time on a large document."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {key: _inline(value, defs) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(value, defs) for value in node]
    return node


def schema_problem(validator: Any, doc: Any) -> str | None:
    """The first schema error, in words; errors are produced lazily and only one is looked at."""
    error = next(iter(validator.iter_errors(doc)), None)
    if error is None:
        return None
    reason = _reason(error, validator.schema["$defs"])
    return (
        f"{where(error.absolute_path)}: {reason}."
        if error.absolute_path
        else f"The document {reason}."
    )


def _reason(error: Any, defs: dict[str, Any]) -> str:
    keyword, value, instance = error.validator, error.validator_value, error.instance
    if "propertyNames" in error.schema_path:
        return f"has a field name {show(instance)} that is not an id (1 to 64 letters, digits and _ . : -)"
    if keyword == "required":
        missing = next(name for name in value if name not in instance)
        return f"lacks the field “{missing}”, which it must have"
    if keyword == "additionalProperties":
        extra = next(k for k in instance if k not in error.schema.get("properties", {}))
        return f"has a field {show(extra)} that a session document does not have"
    if keyword == "maxItems":
        return f"holds {len(instance):,} items; the most it can hold is {value:,}"
    if keyword == "maxProperties":
        return f"has {len(instance):,} entries; the most it can hold is {value:,}"
    if keyword == "maxLength":
        return f"is {len(instance):,} characters long; the most it can hold is {value:,}"
    if keyword in ("minLength", "pattern") and error.schema.get("pattern") == r"\S":
        return "must have a character that shows, not only spaces"
    if keyword == "minLength":
        return "must not be empty"
    return f"must be {describe(error.schema, defs)} (it is {show(instance)})"


def describe(schema: dict[str, Any], defs: dict[str, Any]) -> str:
    """What a schema allows, in words: "a whole number from 1 to 5, or empty"."""
    if "$ref" in schema:
        return describe(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in schema:
        parts = [describe(option, defs) for option in schema["anyOf"]]
        shown = [part for part in parts if part != "empty"]
        return " or ".join(shown) + (", or empty" if len(shown) < len(parts) else "")
    if "description" in schema and schema.get("type") not in ("object", "array"):
        return schema["description"]
    if "const" in schema:
        return (
            "empty" if schema["const"] in ("", None) else f"exactly {json.dumps(schema['const'])}"
        )
    if "enum" in schema:
        named = [json.dumps(v, ensure_ascii=False) for v in schema["enum"] if v != ""]
        blank = ", or empty" if "" in schema["enum"] else ""
        return "one of " + ", ".join(named) + blank
    kind = schema.get("type")
    low, high = schema.get("minimum"), schema.get("maximum")
    if kind in ("integer", "number"):
        noun = "a whole number" if kind == "integer" else "a number"
        if low is not None and high is not None:
            return f"{noun} from {low:,} to {high:,}"
        if low is not None:
            return f"{noun} of at least {low:,}"
        return noun
    if kind == "string":
        most = schema.get("maxLength")
        return f"a text of at most {most:,} characters" if most else "a text"
    return {
        "boolean": "true or false",
        "null": "empty",
        "array": "a list",
        "object": "an object",
    }.get(str(kind), "something else")
