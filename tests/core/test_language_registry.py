"""Every per-language list of the core, its data and its build agrees with workshop_app.languages:
a new language is one entry there plus the files ARCHITECTURE.md lists, and nothing is missed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workshop_app import cli, languages
from workshop_app.content import DEFAULT_LANGUAGE, LANGUAGE_NAMES, load_content
from workshop_app.documents.pdf_fonts import CJK_LANGUAGES
from workshop_app.documents.wording import Wording
from workshop_app.domain.basics import LANGUAGES
from workshop_app.errors import ValidationError
from workshop_app.formats import format_date, format_number
from workshop_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_the_codes_and_names_are_the_registrys():
    assert LANGUAGES == languages.CODES == tuple(LANGUAGE_NAMES)
    assert DEFAULT_LANGUAGE == languages.DEFAULT in languages.CODES
    assert [LANGUAGE_NAMES[lang.code] for lang in languages.LANGUAGES] == [
        lang.native_name for lang in languages.LANGUAGES
    ]


def test_the_command_line_offers_every_language_and_no_other():
    parser = cli._parser()
    for code in languages.CODES:
        assert parser.parse_args(["demo", "--language", code]).language == code
    # The parser's refusal is a one-line ValidationError naming the choices (cli._parser).
    with pytest.raises(ValidationError, match="invalid choice: 'xx'") as refused:
        parser.parse_args(["demo", "--language", "xx"])
    assert all(code in str(refused.value) for code in languages.CODES)


def test_every_language_has_its_content_demo_and_interface_catalogue():
    folders = {p.name for p in (resources_dir() / "content").iterdir() if p.is_dir()}
    assert folders == set(languages.CODES)
    for code in languages.CODES:
        assert (resources_dir() / "demo" / f"{code}.json").is_file(), code
        ts = (resources_dir() / "i18n" / f"truce_{code}.ts").read_text("utf-8")
        target = re.search(r'<TS version="[^"]+" language="([^"]+)"', ts)
        assert target and target.group(1) == languages.language(code).locale, code


def test_the_makefile_builds_a_catalogue_for_each_language():
    # `make translations` runs lupdate once per TS_LANGS entry, into truce_${lang%_GB}.ts.
    line = re.search(r"^TS_LANGS := (.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert line, "the Makefile lists its TS_LANGS"
    listed = line.group(1).split()
    assert listed == [lang.locale for lang in languages.LANGUAGES], (
        "update TS_LANGS in the Makefile"
    )
    assert [entry.removesuffix("_GB") for entry in listed] == list(languages.CODES)


def test_the_session_document_schema_accepts_every_language_and_no_other():
    schema = json.loads((resources_dir() / "schema" / "session.schema.json").read_text("utf-8"))
    assert schema["$defs"]["session"]["properties"]["language"]["enum"] == list(languages.CODES)


def test_every_script_has_its_fonts_shipped_and_its_languages_print_with_them():
    used = {lang.script for lang in languages.LANGUAGES}
    assert used <= set(languages.SCRIPTS)
    for script in used:
        for font in (languages.SCRIPTS[script].regular_font, languages.SCRIPTS[script].bold_font):
            assert (resources_dir() / "fonts" / font).is_file(), font
    assert CJK_LANGUAGES == {lang.code for lang in languages.LANGUAGES if lang.script == "han"}


@pytest.mark.parametrize("code", languages.CODES)
def test_each_language_prints_its_own_dates_numbers_and_colon(code):
    lang = languages.language(code)
    words = Wording(load_content(code))
    assert words.colon == lang.writing.colon
    assert "2026" in format_date("2026-04-02", code) != "2026-04-02"  # written out by CLDR
    grouped = format_number(123456, code)
    assert grouped.startswith("123") and grouped.endswith("456") and len(grouped) == 7


def test_chinese_labels_end_in_a_full_width_colon_and_latin_ones_in_a_colon_and_space():
    assert languages.language("zh_TW").writing.colon == "："
    assert languages.language("pl").writing.colon == ": "


@pytest.mark.parametrize(
    ("system", "offered"),
    [
        ("pl_PL", "pl"),
        ("nl_BE", "nl"),
        ("en_US", "en"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("ja_JP", "en"),
        ("C", "en"),
    ],
)
def test_a_new_session_starts_in_the_computers_language_when_there_is_content_in_it(
    system, offered
):
    assert languages.for_system_locale(system) == offered


def test_an_unknown_code_falls_back_to_english():
    assert languages.language("xx") is languages.language(languages.DEFAULT)
