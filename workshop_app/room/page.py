"""The participant page: one self-contained HTML file (no resource from the internet), in the
session's language, that follows the room's rounds. Everything from the session reaches the page
as JSON and is shown with textContent, never as markup."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from functools import cache
from typing import Any

from workshop_app.content import Content
from workshop_app.paths import resources_dir
from workshop_app.room.kinds import KINDS, NOTES_PER_PHONE, PHONE_TEXT
from workshop_app.room.round import NAME

TEXTS = (
    "anonymity",
    "named",
    "name",
    "pick_department",
    "sides_only",
    "chosen",
    "change_department",
    "progress",
    "prediction",
    "submit",
    "sending",
    "kept",
    "refused",
    "closed",
    "thanks",
    "waiting",
    "reconnecting",
    "as_other",
    "as_self",
    "sealed",
    "revealed",
    "pain_none",
    "pain_most",
    "rated",
    "dots_left",
    "more",
    "fewer",
    "note_placeholder",
    "send_note",
    "note_sent",
    "notes_used",
)


@cache
def _template() -> str:
    return (resources_dir() / "room" / "participant.html").read_text(encoding="utf-8")


def texts(content: Content) -> dict[str, object]:
    found: dict[str, object] = {name: content.text(f"room.{name}") for name in TEXTS}
    found["titles"] = {kind: content.text(f"room.titles.{kind}") for kind in KINDS}
    found["intros"] = {kind: content.text(f"room.intros.{kind}") for kind in KINDS}
    found["departments"] = {
        d: content.text(f"room.departments.{d}") for d in ("sales", "marketing", "leadership")
    }
    found["scale"] = {
        k: content.text(f"assessment.scale.{k}") for k in ("1", "2", "3", "4", "5", "dont_know")
    }
    return found


def _blob(data: object) -> str:
    # JSON inside <script>: "<" escaped, so no text can close the element or open a comment.
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return blob.replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render(
    content: Content, code: str, language: str
) -> tuple[Callable[[dict[str, Any] | None], str], str]:
    """A function giving the page for the room's current round, and the Content-Security-Policy
    source that lets its one script run (its hash: no other script can run on it)."""
    template = _template()
    script = template[template.rindex("<script>") + len("<script>") : template.rindex("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    shell = template.replace("__LANG__", language.replace("_", "-"))
    fixed = {
        "code": code,
        "texts": texts(content),
        "limits": {"text": PHONE_TEXT, "name": NAME, "notes": NOTES_PER_PHONE},
    }

    def page(state: dict[str, Any] | None) -> str:
        return shell.replace("__DATA__", _blob({**fixed, "round": state}))

    return page, f"'sha256-{digest}'"
