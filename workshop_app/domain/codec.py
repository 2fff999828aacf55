"""Turns the domain dataclasses into plain JSON data and back.

One codec serves the database (section values) and the session document, so the two can never
disagree about what a field means. Input is validated against the JSON schema before it gets here.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any


def to_data(value: Any) -> Any:
    kind: type = type(value)
    if kind in _PLAIN:
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


# What most of a session is, and is its own data: told apart before anything is asked.
_PLAIN = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """A dataclass's field names, worked out once per class; None for any other type."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


def from_data(cls: Any, data: Any) -> Any:
    """Build an instance of ``cls`` (a dataclass or a typing annotation) from plain data."""
    return _decoder(cls)(data)


@cache
def _decoder(cls: Any) -> Callable[[Any], Any]:
    """What builds a ``cls`` from plain data, worked out once per annotation: a session's
    hundreds of actions are built without asking ``typing`` and ``dataclasses`` about each."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(cls) if a is not type(None)))
        return lambda data: None if data is None else inner(data)
    if origin is list:
        (item,) = typing.get_args(cls)
        each = _decoder(item)
        return lambda data: [each(v) for v in data]
    if origin is dict:
        _, item = typing.get_args(cls)
        each = _decoder(item)
        return lambda data: {str(k): each(v) for k, v in data.items()}
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        return _dataclass_decoder(cls)
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls
    if cls is float:
        return _float
    if cls is int:
        return _int
    return _same


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    fields: list[tuple[str, Callable[[Any], Any]]] | None = None

    def build(data: Any) -> Any:
        nonlocal fields
        if fields is None:  # on first use, so that a dataclass may hold one of its own kind
            hints = typing.get_type_hints(cls)
            fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls)]
        return cls(**{name: decode(data[name]) for name, decode in fields if name in data})

    return build


def _float(data: Any) -> Any:
    if isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if isinstance(data, float) and not math.isfinite(data):
        return None  # only optional figures are floats; NaN is no figure
    return data


def _int(data: Any) -> Any:
    if isinstance(data, float) and data.is_integer():
        # Documents are refused with 3.0 where a whole number belongs; a library written before
        # that rule may still hold one, which the pages (and the projector) cannot count with.
        return int(data)
    return data


def _same(data: Any) -> Any:
    return data
