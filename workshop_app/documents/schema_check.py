"""The session schema: jsonschema's validator with Truce's rules, and the same schema compiled
once into plain Python checks (is a document valid; and if not, in which top-level part).

jsonschema walks the schema anew for every value (some 80,000 steps for the demo session, about
a third of an import); the compiled checks answer in a few milliseconds whether a document is
valid, and if not, which top-level field holds the first error: ``document_rules.schema_problem``
then asks jsonschema for that error, walking that field only, to put it into words. The compiled
checks must never be more lenient than jsonschema with Truce's rules (``strict_validator``
below): every document of the hostile catalogue they pass, jsonschema must pass too
(tests/documents/hostile_library.py), and every refusal there keeps jsonschema's words.

Only the keywords the session schema uses are compiled; any other one is refused when the schema
is compiled, so a new keyword in the schema cannot pass unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from workshop_app.documents.document_rules import valid_date, valid_moment

Check = Callable[[Any], bool]

# Words that describe a schema without constraining a value.
ANNOTATIONS = frozenset({"description", "title", "$schema", "$id", "$defs", "$comment"})


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": _number,
    # Truce's rule: 3.0 and true are not whole numbers.
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
}


def same(one: Any, two: Any) -> bool:
    """JSON's equality, as jsonschema's ``enum`` and ``const`` see it: true is not 1."""
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(same(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(same(one[k], two[k]) for k in one)
    if isinstance(one, bool) or isinstance(two, bool):
        return type(one) is type(two) and one == two
    return bool(one == two)


def compile_schema(schema: dict[str, Any], formats: dict[str, Check]) -> Check:
    """The checks of a schema with no ``$ref`` left (``inlined``); ``formats`` checks each
    named format's strings."""
    checks = [
        _keyword(key, value, schema, formats)
        for key, value in schema.items()
        if key not in ANNOTATIONS
    ]
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


# Where the first error of a document is when it is the document's own: not an object, a field
# missing or unknown (CompiledSchema.problem).
ROOT = ""


class CompiledSchema:
    """A document schema's compiled checks: ``problem(doc)``, None for a valid document."""

    def __init__(self, schema: dict[str, Any], formats: dict[str, Check]):
        # The root's own keywords (its type, required and unknown fields), and each field's schema.
        self._root = [
            _keyword(key, value, schema, formats)
            for key, value in schema.items()
            if key not in ANNOTATIONS and key != "properties"
        ]
        self._parts = [
            (name, compile_schema(node, formats)) for name, node in schema["properties"].items()
        ]

    def problem(self, doc: Any) -> str | None:
        """None for a valid document; otherwise the top-level field that holds the first error
        jsonschema reports on it, or ROOT when that error is the document's own. One walk, which
        stops at the first error: jsonschema reports the errors of the root's ``properties`` in
        the schema's order of fields, so when the root's other keywords pass, its first error is
        in the first field, in that order, that fails its checks."""
        if not all(check(doc) for check in self._root):
            return ROOT
        return next(
            (name for name, check in self._parts if name in doc and not check(doc[name])), None
        )


def _keyword(key: str, value: Any, schema: dict[str, Any], formats: dict[str, Check]) -> Check:
    def sub(node: Any) -> Check:
        return compile_schema(node, formats) if isinstance(node, dict) else lambda _: bool(node)

    if key == "type":
        kinds = [TYPES[name] for name in ([value] if isinstance(value, str) else value)]
        return lambda v: any(kind(v) for kind in kinds)
    if key == "properties":
        named = [(name, sub(node)) for name, node in value.items()]
        return lambda v: (
            not isinstance(v, dict) or all(check(v[name]) for name, check in named if name in v)
        )
    if key == "additionalProperties":
        known = frozenset(schema.get("properties", {}))
        if "patternProperties" in schema:
            raise ValueError("the compiled schema does not know patternProperties")
        extra = sub(value)
        return lambda v: (
            not isinstance(v, dict)
            or all(extra(item) for name, item in v.items() if name not in known)
        )
    if key == "required":
        return lambda v: not isinstance(v, dict) or all(name in v for name in value)
    if key == "maxProperties":
        return lambda v: not isinstance(v, dict) or len(v) <= value
    if key == "propertyNames":
        names = sub(value)
        return lambda v: not isinstance(v, dict) or all(names(name) for name in v)
    if key == "items":
        each = sub(value)
        return lambda v: not isinstance(v, list) or all(each(item) for item in v)
    if key == "maxItems":
        return lambda v: not isinstance(v, list) or len(v) <= value
    if key == "anyOf":
        options = [sub(node) for node in value]
        return lambda v: any(option(v) for option in options)
    if key == "enum":
        return lambda v: any(same(v, allowed) for allowed in value)
    if key == "const":
        return lambda v: same(v, value)
    if key == "maxLength":
        return lambda v: not isinstance(v, str) or len(v) <= value
    if key == "minLength":
        return lambda v: not isinstance(v, str) or len(v) >= value
    if key == "pattern":
        search = re.compile(value).search
        return lambda v: not isinstance(v, str) or search(v) is not None
    if key == "format":
        return formats.get(value, lambda _: True)
    bounds: dict[str, Callable[[Any], bool]] = {
        "minimum": lambda v: v >= value,
        "maximum": lambda v: v <= value,
        "exclusiveMinimum": lambda v: v > value,
        "exclusiveMaximum": lambda v: v < value,
    }
    if key in bounds:
        within = bounds[key]
        return lambda v: not _number(v) or within(v)
    raise ValueError(f"the compiled schema does not know the keyword {key!r}")


# ------------------------------------------------- jsonschema's validator, and the formats both use

FORMATS = {
    "date": lambda value: not isinstance(value, str) or valid_date(value),
    "date-time": lambda value: not isinstance(value, str) or valid_moment(value),
}


def strict_validator(schema: dict[str, Any]) -> Any:
    """A Draft 2020-12 validator for which 3.0 and true are not integers, with Truce's own
    checks of the ``date`` and ``date-time`` formats."""
    from jsonschema import Draft202012Validator, FormatChecker, validators

    types = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    formats = FormatChecker(formats=())
    for name, check in FORMATS.items():
        formats.checks(name)(check)
    strict = validators.extend(Draft202012Validator, type_checker=types)
    return strict(inlined(schema), format_checker=formats)


def inlined(schema: dict[str, Any]) -> Any:
    return _inline(schema, schema["$defs"])


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
