"""A page's write merged with what was stored since the page last read it.

Answers from phones are stored the moment they arrive, and a page draws them a little later. A
page that then wrote its whole section back from its own copy would drop them. ``merge_fields``
keeps only the fields the page changed, and in a list of items with ids, only the items' fields
it changed (``merge_items``), the page's list keeping its order, additions and removals.
Everything else is taken as stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, is_dataclass, replace
from typing import Any


def merge_fields(base: Any, mine: Any, stored: Any) -> Any:
    """``mine`` (a dataclass) with the fields it left as in ``base`` taken from ``stored``."""
    changes = {}
    for f in fields(mine):
        ours, before, theirs = (getattr(value, f.name) for value in (mine, base, stored))
        if ours == before:
            changes[f.name] = theirs
        elif all(_keyed(value) for value in (ours, before, theirs)):
            changes[f.name] = merge_items(before, ours, theirs)
    return replace(mine, **changes)


def merge_items(base: Sequence[Any], mine: Sequence[Any], stored: Sequence[Any]) -> list[Any]:
    """``mine`` (dataclasses with an ``id``) with each item also in ``base`` and ``stored``
    merged field by field."""
    before = {item.id: item for item in base}
    now = {item.id: item for item in stored}
    return [
        merge_fields(before[item.id], item, now[item.id])
        if item.id in before and item.id in now
        else item
        for item in mine
    ]


def _keyed(value: Any) -> bool:
    return isinstance(value, list) and all(is_dataclass(i) and hasattr(i, "id") for i in value)
