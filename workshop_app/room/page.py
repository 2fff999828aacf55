"""The participant page: one self-contained HTML file (no resource from the internet), with the
round's statements and wording in the session's language. Everything from the session reaches the
page as JSON and is shown with textContent, never as markup."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache

from workshop_app.content import Content
from workshop_app.paths import resources_dir

TEXTS = (
    "title",
    "intro",
    "anonymity",
    "pick_department",
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
)


@cache
def _template() -> str:
    return (resources_dir() / "room" / "participant.html").read_text(encoding="utf-8")


def page_data(
    content: Content, code: str, statements: list[str], predict: tuple[int, int] | None
) -> dict[str, object]:
    texts: dict[str, object] = {name: content.text(f"room.{name}") for name in TEXTS}
    texts["departments"] = {
        d: content.text(f"room.departments.{d}") for d in ("sales", "marketing", "leadership")
    }
    texts["scale"] = {
        k: content.text(f"assessment.scale.{k}") for k in ("1", "2", "3", "4", "5", "dont_know")
    }
    shown = {
        item["id"]: str(item.get("text", "")) for item in content.items("assessment.statements")
    }
    return {
        "code": code,
        "texts": texts,
        "statements": [{"id": s, "text": shown.get(s, s)} for s in statements],
        "predict": list(predict) if predict else None,
    }


def render(data: dict[str, object], language: str) -> tuple[str, str]:
    """The page, and the Content-Security-Policy source that lets its one script run (its
    hash: no other script, inline or fetched, can run on it)."""
    # JSON inside <script>: "<" escaped, so no text can close the element or open a comment.
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    blob = blob.replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    template = _template()
    script = template[template.rindex("<script>") + len("<script>") : template.rindex("</script>")]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    html = template.replace("__LANG__", language.replace("_", "-")).replace("__DATA__", blob)
    return html, f"'sha256-{digest}'"
