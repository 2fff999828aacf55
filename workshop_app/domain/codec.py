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
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def from_data(cls: Any, data: Any) -> Any:
    """Build an instance of ``cls`` (a dataclass or a typing annotation) from plain data."""
    return _decoder(cls)(data)


@cache
def _decoder(cls: Any) -> Callable[[Any], Any]:
    """How to build ``cls`` from plain data, worked out once per annotation: reading a session
    of 500 actions asked typing and dataclasses the same questions for every field of every
    action (10,000 times) before."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(cls) if a is not type(None)))
        return lambda data: None if data is None else inner(data)
    if origin is list:
        (item,) = typing.get_args(cls)
        return _list_of(item)
    if origin is dict:
        _, item = typing.get_args(cls)
        return _dict_of(item)
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        return _dataclass(cls)
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls
    if cls is float:
        return _float
    if cls is int:
        return _int
    return _as_is


def _list_of(item: Any) -> Callable[[Any], Any]:
    decode = _decoder(item)
    return lambda data: [decode(v) for v in data]


def _dict_of(item: Any) -> Callable[[Any], Any]:
    decode = _decoder(item)
    return lambda data: {str(k): decode(v) for k, v in data.items()}


def _dataclass(cls: type) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]
    found: list[list[tuple[str, Callable[[Any], Any]]]] = []

    def build(data: Any) -> Any:
        # The fields' decoders are found on the first build, not before: a dataclass that holds
        # itself has no decoder to find while its own is being made. (One whole list is appended:
        # a thread reading a library at the same time never sees half of it.)
        if not found:
            found.append([(name, _decoder(hint)) for name, hint in fields])
        return cls(**{name: decode(data[name]) for name, decode in found[0] if name in data})

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


def _as_is(data: Any) -> Any:
    return data
