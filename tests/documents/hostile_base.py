"""The base of the hostile-document catalogue (hostile_catalogue.py): the demo session as a
document, and the helpers that register a case made from it by one mutation.

Every case is the bytes of a file and what Truce must do with it: refuse it with one line that
holds the given words (the place in the document, and the reason), or accept it (``ACCEPT``), after
which every export and every page must work with it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import Any

from workshop_app.demo import demo_session
from workshop_app.documents.session_document import to_document

ACCEPT = None
BASE = to_document(demo_session("en", today=date(2026, 4, 2)))
BASE["session"]["id"] = "hostile-document-0001"
BASE["session"]["series_id"] = ""
BASE["since_previous"] = {
    "previous_title": "Autumn workshop",
    "previous_date": "2025-10-01",
    "items": [
        {
            "action_id": "old-action-1",
            "title": "Share the pipeline report weekly",
            "decision": "carried",
            "owner": "Tom Becker",
            "department": "sales",
            "due": "2025-12-01",
            "new_due": "2026-05-01",
            "new_action_id": BASE["actions"][1]["id"],
            "reason": "",
            "decided_at": "2026-03-12T09:30:00+00:00",
        }
    ],
}
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
MARKUP = '<para><font name="x" size="99">&amp; <b>bold</b> <img src="/etc/passwd"/></font></para> &'
MIXED = "😀👩‍👩‍👧 סדנת מכירות ورشة 销售与市场 銷售與行銷 Zażółć gęślą jaźń \u202eevil\u202c"
LONG_WORD = "Unbreakable" * 1800  # 19,800 characters without a space

Case = tuple[Callable[[], bytes], "str | None"]
CASES: dict[str, Case] = {}


@cache
def base_text() -> str:
    """BASE as JSON, written once: reading it back is a fresh copy (json.loads runs in C, several
    times faster than copy.deepcopy of the same document)."""
    return json.dumps(BASE, ensure_ascii=False)


def doc() -> dict[str, Any]:
    return json.loads(base_text())


def encode(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def put(value: Any, path: list[Any], new: Any) -> None:
    for part in path[:-1]:
        value = value[part]
    if new is DELETE:
        del value[path[-1]]
    else:
        value[path[-1]] = new


DELETE = object()


def case(name: str, expect: str | None, *changes: tuple[list[Any], Any]) -> None:
    """A case that sets (or with DELETE removes) the value at each path."""

    def build() -> bytes:
        d = doc()
        for path, new in changes:
            put(d, path, new(d) if callable(new) else new)
        return encode(d)

    assert name not in CASES, name
    CASES[name] = (build, expect)


def raw(name: str, expect: str | None, build: Callable[[], bytes]) -> None:
    assert name not in CASES, name
    CASES[name] = (build, expect)


def text(name: str, expect: str | None, replace: tuple[str, str]) -> None:
    """A case made by rewriting the JSON text itself (for what json.dumps never writes)."""
    raw(name, expect, lambda: base_text().encode().replace(*(s.encode() for s in replace), 1))


def dig(d: dict[str, Any], path: list[Any]) -> Any:
    for part in path:
        d = d[part]
    return d
