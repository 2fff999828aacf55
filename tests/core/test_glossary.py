"""One glossary per language (resources/content/glossary.md), enforced across the interface, the
workshop content and the printed documents' labels.

Two checks: a label or menu text that is exactly a glossary term uses the language's glossary
word; and none of the variants the glossary rejects appears in the language's content files,
document labels or interface translations.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from functools import cache

import pytest

from workshop_app.paths import resources_dir

LANGUAGES = ("pl", "nl", "zh_CN", "zh_TW")
COLUMN = {"pl": 1, "nl": 2, "zh_CN": 3, "zh_TW": 4}
# Document labels (documents.json) that name a glossary term: key → the English term's row.
DOCUMENT_TERMS = {
    "metric": "metric",
    "action_plan": "action plan",
    "owner": "owner",
    "friction": "friction",
    "friction_map": "friction map",
    "perception_gap": "perception gap",
    "role_swap": "role swap",
    "handoff": "handoff",
    "lever": "lever",
    "facilitator": "facilitator",
    "follow_up_date": "follow-up meeting",
}
# A variant that is a word inside a longer one, rightly: "业务" is not "業務".
WORD_EXCEPTIONS = {"zh_TW": ("業務人員", "業務主管", "業務代表", "業務團隊", "內勤業務")}


def _rows(section: str) -> list[list[str]]:
    text = (resources_dir() / "content" / "glossary.md").read_text("utf-8")
    part = text.split(section, 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in part.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows[1:]


@cache
def glossary() -> dict[str, list[str]]:
    """English term → its word in pl, nl, zh_CN, zh_TW (the first of any alternatives)."""
    terms = {}
    for row in _rows("| English |"):
        english = re.sub(r"\s*\(.*?\)", "", row[0]).split(" / ")[0].strip().lower()
        terms[english] = [re.sub(r"\s*\(.*?\)", "", c).split(" / ")[0].strip() for c in row[1:]]
    return terms


def rejected(language: str) -> list[str]:
    return [
        re.sub(r"\s*\(.*?\)", "", row[1])
        for row in _rows("## Words not used")
        if row[0] == language
    ]


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


@cache
def content_texts(language: str) -> list[str]:
    folder = resources_dir() / "content" / language
    return [
        s
        for path in sorted(folder.glob("*.json"))
        for s in _strings(json.loads(path.read_text("utf-8")))
    ]


@cache
def interface(language: str) -> list[tuple[str, str]]:
    tree = ET.parse(resources_dir() / "i18n" / f"truce_{language}.ts")
    return [
        (m.findtext("source") or "", m.findtext("translation") or "") for m in tree.iter("message")
    ]


def _plain(text: str) -> str:
    """A menu text without its mnemonic or ellipsis: "&Friction Map…" → "friction map"."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…:： ")
    return text.strip().lower()


def _same(language: str, text: str, word: str) -> bool:
    """Polish inflects its nouns ("według właściciela"): the stem must match there."""
    word = word.lower()
    return text.startswith(word[:-2]) if language == "pl" and len(word) > 5 else text == word


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_no_two_columns_of_a_table_share_a_label(language):
    from workshop_app.content import load_content
    from workshop_app.documents import action_table
    from workshop_app.documents.wording import GOAL_COLUMNS, Wording

    words = Wording(load_content(language))
    for columns in (GOAL_COLUMNS, [label for _, label in action_table.COLUMNS if label]):
        labels = [words(key) for key in columns]
        assert len(set(labels)) == len(labels), f"{language}: {labels}"


def test_the_glossary_has_every_language_for_every_term():
    assert len(glossary()) >= 30
    assert all(len(words) == 4 and all(words) for words in glossary().values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_document_labels_use_the_glossary(language):
    labels = json.loads(
        (resources_dir() / "content" / language / "documents.json").read_text("utf-8")
    )
    wrong = {
        key: (labels[key], glossary()[term][COLUMN[language] - 1])
        for key, term in DOCUMENT_TERMS.items()
        if labels[key].lower() != glossary()[term][COLUMN[language] - 1].lower()
    }
    assert not wrong, f"{language}: document labels that are not the glossary's word: {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_interface_texts_that_are_a_glossary_term_use_its_word(language):
    wrong = []
    for source, translation in interface(language):
        term = glossary().get(_plain(source))
        if (
            term
            and translation
            and not _same(language, _plain(translation), term[COLUMN[language] - 1])
        ):
            wrong.append(f"{source!r} → {translation!r} (glossary: {term[COLUMN[language] - 1]})")
    assert not wrong, f"{language}: {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_rejected_variant_appears_anywhere(language):
    texts = content_texts(language) + [t for _, t in interface(language)]
    found = []
    for variant in rejected(language):
        for text in texts:
            cleaned = text
            for allowed in WORD_EXCEPTIONS.get(language, ()):
                cleaned = cleaned.replace(allowed, "")
            pattern = variant if language.startswith("zh") else rf"\b{re.escape(variant)}\b"
            if re.search(pattern, cleaned, flags=re.IGNORECASE):
                found.append(f"{variant!r} in {text[:80]!r}")
    assert not found, f"{language}: {found}"


# Document labels that name the same thing as a text in the window: the same words on paper.
SHARED_WITH_INTERFACE = {
    "where_we_stand": "Where we stand",
    "top_frictions": "Top frictions",
    "recommended_levers": "Recommended next moves",
    "room_notes": "Captured in the room",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_paper_and_window_use_the_same_words(language):
    labels = json.loads(
        (resources_dir() / "content" / language / "documents.json").read_text("utf-8")
    )
    window = {source: translation for source, translation in interface(language) if translation}
    wrong = {
        key: (labels[key], window[source])
        for key, source in SHARED_WITH_INTERFACE.items()
        if labels[key] != window[source]
    }
    assert not wrong, f"{language}: document label ≠ window text: {wrong}"
