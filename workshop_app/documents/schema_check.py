"""The session schema compiled once into plain Python checks: is a document valid, yes or no.

jsonschema walks the schema anew for every value (some 80,000 steps for the demo session, about
a third of an import); the compiled checks answer the same question in a few milliseconds. They
only say whether a document is valid: when one is not, ``document_rules.schema_problem`` asks
jsonschema for the first error, to put it into words. The compiled checks must never be more
lenient than jsonschema with Truce's rules (``document_rules.strict_validator``):
tests/documents/test_schema_check.py holds them to the same verdict on every document of the
hostile catalogue.

Only the keywords the session schema uses are compiled; any other one is refused when the schema
is compiled, so a new keyword in the schema cannot pass unchecked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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
    """The checks of a schema with no ``$ref`` left (``document_rules.inlined``); ``formats``
    checks each named format's strings."""
    checks = [
        _keyword(key, value, schema, formats)
        for key, value in schema.items()
        if key not in ANNOTATIONS
    ]
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


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
