"""Every interface string is translated in every language, and the translations load.

The English catalogue (truce_en.ts, refreshed from the code by `make translations`) is the
reference: each other language must translate all of its messages, with every plural form
and the same placeholders. `make untranslated` lists what is missing.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n import install_translators, remove_translators
from workshop_app.languages import CODES

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = set(CODES)
PRESENT = sorted(p.stem.removeprefix("truce_") for p in I18N.glob("truce_*.ts"))


def _ts_status():
    spec = importlib.util.spec_from_file_location("ts_status", ROOT / "tools" / "ts_status.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ts_status = _ts_status()


@pytest.mark.parametrize("language", PRESENT)
def test_every_message_is_translated(language):
    problems = ts_status.problems(I18N / f"truce_{language}.ts", I18N / "truce_en.ts")
    assert problems == [], "run `make untranslated`:\n" + "\n".join(problems)


def test_there_is_a_catalogue_for_each_language():
    assert set(PRESENT) == LANGUAGES


def test_the_checker_notices_a_missing_plural_form_and_a_lost_placeholder(tmp_path):
    broken = tmp_path / "truce_pl.ts"
    broken.write_text(
        """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="pl">
<context><name>ActionsPage</name>
<message numerus="yes"><source>%n action(s)</source>
<translation><numerusform>%n działanie</numerusform><numerusform>%n działania</numerusform>
</translation></message>
<message><source>Showing %1 of %2</source><translation>Widoczne: %1</translation></message>
<message><source>Remove</source><translation type="unfinished">Usuń</translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    found = ts_status.problems(broken)
    assert [line.split()[0] for line in found] == ["plural", "placeholders", "unfinished"]


def test_no_interface_string_hides_from_lupdate_inside_an_f_string():
    """pyside6-lupdate skips tr() and translate() inside f-strings: such text is never
    translated. Compute the translation first, then put it into the f-string."""
    hidden = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                if (
                    token.type == tokenize.STRING
                    and re.match(r"[rRbB]*[fF]", token.string)
                    and re.search(r"\btr\(|translate\(", token.string)
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    assert hidden == []


def asked_for() -> list[tuple[str, int, str, bool]]:
    """Every text the interface hands to tr() or translate(): (file, line, text, counted)."""
    import ast

    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            text_at = {"tr": 0, "translate": 1}.get(name)
            if text_at is None or len(node.args) <= text_at:
                continue
            text = node.args[text_at]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                counted = len(node.args) > text_at + 2  # (text, disambiguation, n)
                found.append((str(path.relative_to(ROOT)), node.lineno, text.value, counted))
    return found


def test_lupdate_finds_every_text_the_interface_asks_to_translate():
    """pyside6-lupdate passes over some calls without a word: translate() counted by `a.b`, and
    any translate() with a count gets no plural forms (only tr() does). Such a text is shown
    in English, or as "3 vote(s)", in every language."""
    import xml.etree.ElementTree as ET

    catalogue = {
        message.findtext("source"): message.get("numerus") == "yes"
        for message in ET.parse(I18N / "truce_en.ts").getroot().iter("message")
    }
    asked = asked_for()
    missed = [
        f"{path}:{line} {text!r}"
        for path, line, text, counted in asked
        if text not in catalogue or (counted and not catalogue[text])
    ]
    assert len(asked) > 1000
    assert missed == [], "run `make translations`, or reword the call:\n" + "\n".join(missed)


@pytest.mark.parametrize(
    ("language", "context", "source", "expected"),
    [
        ("pl", "MainWindow", "&File", "&Plik"),
        ("pl", "labels", "Action plan", "Plan działań"),
        ("nl", "MainWindow", "&File", "&Bestand"),
        ("nl", "labels", "Action plan", "Actieplan"),
    ],
)
def test_a_compiled_catalogue_translates_the_menus(
    tmp_path, lrelease_tool, language, context, source, expected
):
    tool = lrelease_tool
    qm = tmp_path / f"truce_{language}.qm"
    subprocess.run(
        [tool, "-silent", str(I18N / f"truce_{language}.ts"), "-qm", str(qm)],
        check=True,
        timeout=120,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate(context, source) == expected


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("pl", {1: "1 działanie", 3: "3 działania", 5: "5 działań", 22: "22 działania"}),
        ("nl", {1: "1 actie", 2: "2 acties"}),
    ],
)
def test_plurals_follow_each_language_s_rules(qapp, language, counts):
    install_translators(qapp, language)
    try:
        for n, expected in counts.items():
            assert QCoreApplication.translate("ActionsPage", "%n action(s)", "", n) == expected
    finally:
        remove_translators(qapp)
