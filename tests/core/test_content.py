"""Every language has all the workshop content English has, with the same ids and placeholders."""

from __future__ import annotations

import json
import re

import pytest

from workshop_app.content import LANGUAGE_NAMES, content_dir, load_content

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
# A counted message (messages.json's command_line group) has one text per CLDR plural category
# its language uses: Polish has "few" and "many", Chinese only "other". It counts as one text.
PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}


def counted(value) -> bool:
    return isinstance(value, dict) and "other" in value and set(value) <= PLURAL_FORMS


def shape(value, path="") -> dict[str, str]:
    """Every leaf's path, with ids (not positions) naming list items, mapped to its placeholders."""
    out: dict[str, str] = {}
    if counted(value):
        placeholders = {p for text in value.values() for p in PLACEHOLDER.findall(text)}
        out[path] = " ".join(sorted(placeholders))
    elif isinstance(value, dict):
        for key, item in value.items():
            out.update(shape(item, f"{path}.{key}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            name = item.get("id", index) if isinstance(item, dict) else index
            out.update(shape(item, f"{path}[{name}]"))
    else:
        out[path] = " ".join(sorted(PLACEHOLDER.findall(str(value))))
    return out


def files(language: str) -> dict[str, dict]:
    return {
        p.stem: json.loads(p.read_text("utf-8"))
        for p in sorted(content_dir(language).glob("*.json"))
    }


ENGLISH = {name: shape(data) for name, data in files("en").items()}


@pytest.mark.parametrize("language", [code for code in LANGUAGE_NAMES if code != "en"])
def test_a_language_has_every_key_id_and_placeholder_of_english(language):
    theirs = {name: shape(data) for name, data in files(language).items()}
    assert sorted(theirs) == sorted(ENGLISH)
    for name, english in ENGLISH.items():
        assert theirs[name] == english, f"{language}/{name}.json differs from English"


@pytest.mark.parametrize("language", list(LANGUAGE_NAMES))
def test_every_text_has_words(language):
    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)
        elif isinstance(value, str):
            yield value

    assert all(text.strip() for data in files(language).values() for text in walk(data))


def test_the_workshop_catalogues_have_what_the_brief_asks_for():
    content = load_content("en")
    assert len(content.items("assessment.statements")) == 20
    assert len(content.items("checklist.steps")) == 10
    assert len(content.items("frictions.drivers")) == 12
    assert [s["id"] for s in content.items("role_split.funnel")][0] == "awareness"
    assert set(content.get("relationship.stages")) == {
        "undefined",
        "defined",
        "aligned",
        "integrated",
    }


def test_a_missing_key_falls_back_to_english():
    assert load_content("pl").text("no.such.key", default="fallback") == "fallback"
    assert load_content("pl").text("workshop.stages.setup.title")
