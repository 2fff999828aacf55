"""Workshop content per language, read from resources/content/<lang>/*.json and keyed by stable ids.

Code refers to ids, never to wording, so a wording fix never breaks a saved session. Anything a
language lacks falls back to English; a test keeps every language complete.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from workshop_app import languages
from workshop_app.paths import resources_dir

DEFAULT_LANGUAGE = languages.DEFAULT
# Native names, shown in the language pickers whatever the interface language.
LANGUAGE_NAMES = {language.code: language.native_name for language in languages.LANGUAGES}


def content_dir(language: str) -> Path:
    return resources_dir() / "content" / language


@cache
def _load_files(language: str) -> dict[str, Any]:
    import json  # here: the window's start-up needs only LANGUAGE_NAMES from this module

    folder = content_dir(language)
    if not folder.is_dir():
        return {}
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.json"))
    }


def _lookup(data: Any, key: str) -> Any:
    for part in key.split("."):
        if isinstance(data, dict) and part in data:
            data = data[part]
        else:
            raise KeyError(key)
    return data


class Content:
    """One language's workshop content: ``content.get("workshop.stages.setup.title")``."""

    def __init__(self, language: str):
        if language not in LANGUAGE_NAMES:
            raise ValueError(f"Unknown content language: {language}")
        self.language = language
        self._data = _load_files(language)
        self._fallback = _load_files(DEFAULT_LANGUAGE)

    def get(self, key: str) -> Any:
        try:
            return _lookup(self._data, key)
        except KeyError:
            return _lookup(self._fallback, key)

    def text(self, key: str, default: str = "") -> str:
        try:
            value = self.get(key)
        except KeyError:
            return default
        return value if isinstance(value, str) else default

    def items(self, key: str) -> list[dict[str, Any]]:
        """A list of content items (each with an ``id``), e.g. ``assessment.statements``."""
        try:
            value = self.get(key)
        except KeyError:
            return []
        return list(value) if isinstance(value, list) else []

    def get_list(self, key: str) -> list[str]:
        """A list of texts, e.g. ``about.paragraphs``."""
        try:
            value = self.get(key)
        except KeyError:
            return []
        return [str(v) for v in value] if isinstance(value, list) else []

    def item(self, key: str, item_id: str) -> dict[str, Any] | None:
        return next((i for i in self.items(key) if i.get("id") == item_id), None)


@cache
def load_content(language: str) -> Content:
    return Content(language)
