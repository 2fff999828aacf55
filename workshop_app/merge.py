"""A page's write merged with what was stored since the page last read it.

Answers from phones are stored the moment they arrive, and a page draws them a little later. A
page that then wrote its whole section back from its own copy would drop them. ``merge_fields``
keeps only the fields the page changed; ``merge_items`` does the same inside a list of items,
keeping the page's list (its order, its additions and removals). Everything else is taken as
stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any


def merge_items(base: Sequence[Any], mine: Sequence[Any], stored: Sequence[Any]) -> list[Any]:
    """``mine`` (dataclasses with an ``id``) with, in each item also in ``base`` and ``stored``,
    the fields it left as in ``base`` taken from ``stored``."""
    before = {item.id: item for item in base}
    now = {item.id: item for item in stored}
    merged = []
    for item in mine:
        old, new = before.get(item.id), now.get(item.id)
        if old is None or new is None:
            merged.append(item)
            continue
        untouched = {
            f.name: getattr(new, f.name)
            for f in fields(item)
            if getattr(item, f.name) == getattr(old, f.name)
        }
        merged.append(replace(item, **untouched))
    return merged


def merge_fields(base: Any, mine: Any, stored: Any) -> Any:
    """``mine`` (a dataclass) with the fields it left as in ``base`` taken from ``stored``."""
    untouched = {
        f.name: getattr(stored, f.name)
        for f in fields(mine)
        if getattr(mine, f.name) == getattr(base, f.name)
    }
    return replace(mine, **untouched)
