"""The workshop's content languages: one entry each, from which every per-language list is derived.

The stored codes (``domain.LANGUAGES``), the pickers' native names (``content.LANGUAGE_NAMES``), the
command line's choices, the documents' fonts, line breaking and colon (``documents``), dates and
numbers in documents (``formats``, through Babel's CLDR data) and the system language a new
session starts in all read this list; ``tests/core/test_language_registry.py`` checks that the
Makefile's TS_LANGS, the schema, the content, demo and catalogue files agree with it. How to add
a language: ARCHITECTURE.md.

This module imports nothing: the library window reads the codes and names while it starts.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Script:
    """How documents print a writing system: its shipped fonts (resources/fonts), its line
    breaking and the colon after a label."""

    regular_font: str
    bold_font: str  # the same file when the family has no bold face
    # reportlab's Paragraph wordWrap: None breaks at spaces, "CJK" between any two characters.
    word_wrap: str | None
    # After a label: Latin text writes ": "; Chinese a full-width "：", which carries its own space.
    colon: str


SCRIPTS = {
    "latin": Script("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", None, ": "),
    "han": Script("wqy-microhei.ttc", "wqy-microhei.ttc", "CJK", "："),
}


@dataclass(frozen=True)
class Language:
    code: str  # the content folder and what a session stores: never renamed
    native_name: str  # shown in the language pickers whatever the interface language
    script: str  # a key of SCRIPTS
    # The CLDR locale its documents write dates and numbers in, and the target language of its
    # interface catalogue resources/i18n/truce_<code>.ts (the Makefile's TS_LANGS).
    locale: str
    # CLDR's minimumGroupingDigits, which Babel does not apply: Polish writes 2500 but 12 500.
    min_grouping_digits: int = 1
    # Other system languages whose users are offered this one first ("zh_HK" for zh_TW).
    system_locales: tuple[str, ...] = ()

    @property
    def writing(self) -> Script:
        return SCRIPTS[self.script]


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "latin", "en_GB"),
    Language("pl", "Polski", "latin", "pl", min_grouping_digits=2),
    Language("nl", "Nederlands", "latin", "nl"),
    Language("zh_CN", "简体中文", "han", "zh_CN", system_locales=("zh",)),
    Language("zh_TW", "繁體中文", "han", "zh_TW", system_locales=("zh_HK", "zh_MO")),
)

DEFAULT = "en"  # what content a language lacks falls back to, and the language of last resort
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
BY_CODE: dict[str, Language] = {language.code: language for language in LANGUAGES}


def language(code: str) -> Language:
    """The language of ``code``; English for a code Truce has no content in."""
    return BY_CODE.get(code, BY_CODE[DEFAULT])


def for_system_locale(name: str) -> str:
    """The content language to offer a computer set to ``name`` ("pl_PL", "zh_HK"): its own
    when Truce has it, then its language's, otherwise English."""
    for candidate in (name, name.split("_")[0]):
        for entry in LANGUAGES:
            if candidate == entry.code or candidate in entry.system_locales:
                return entry.code
    return DEFAULT
