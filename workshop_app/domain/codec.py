"""Turns the domain dataclasses into plain JSON data and back.

One codec serves the database (section values) and the session document, so the two can never
disagree about what a field means. Input is validated against the JSON schema before it gets here.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
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


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(cls: Any, data: Any) -> Any:
    """Build an instance of ``cls`` (a dataclass or a typing annotation) from plain data."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_data(inner[0], data)
    if origin is list:
        (item,) = typing.get_args(cls)
        return [from_data(item, v) for v in data]
    if origin is dict:
        _, item = typing.get_args(cls)
        return {str(k): from_data(item, v) for k, v in data.items()}
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        hints = _hints(cls)
        kwargs = {
            f.name: from_data(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)
            if f.name in data
        }
        return cls(**kwargs)
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls(data)
    if cls is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if cls is float and isinstance(data, float) and not math.isfinite(data):
        return None  # only optional figures are floats; NaN is no figure
    if cls is int and isinstance(data, float) and data.is_integer():
        # Documents are refused with 3.0 where a whole number belongs; a library written before
        # that rule may still hold one, which the pages (and the projector) cannot count with.
        return int(data)
    return data
