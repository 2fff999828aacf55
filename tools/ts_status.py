"""Reports what is missing from the interface translations: `make untranslated`.

For every resources/i18n/truce_<lang>.ts given, lists the messages that are unfinished or empty,
plural messages without all of the language's forms, translations that lose or invent a
placeholder (%1, %n…), and messages the English catalogue has but this one lacks (run
`make translations` to bring them in). Exits with 1 when anything is missing.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# How many plural forms Qt expects for each language (Qt's numerus rules).
PLURAL_FORMS = {"en": 2, "pl": 3, "nl": 2, "zh": 1}
PLACEHOLDER = re.compile(r"%(?:\d|n|L\d)")


def plural_forms(language: str) -> int:
    return PLURAL_FORMS.get(language.split("_")[0], 2)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def problems(path: Path, reference: Path | None = None) -> list[str]:
    """Everything that keeps ``path`` from translating the interface completely."""
    root = ET.parse(path).getroot()
    language = root.get("language") or path.stem.removeprefix("truce_")
    forms_needed = plural_forms(language)
    found = messages(path)
    report = []
    for (context, source), message in found.items():
        if language.startswith("en") and message.get("numerus") != "yes":
            continue  # English is the source language: only its plural forms need writing
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            report.append(f"unfinished  {where}")
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != forms_needed or not all(form.strip() for form in forms):
                report.append(f"plural forms ({len(forms)}/{forms_needed})  {where}")
                continue
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                report.append(f"empty  {where}")
                continue
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            if set(PLACEHOLDER.findall(form)) - {"%n"} != wanted:
                report.append(f"placeholders differ  {where} -> {form!r}")
                break
    if reference is not None and reference.resolve() != path.resolve():
        for context, source in sorted(messages(reference).keys() - found.keys()):
            report.append(f"missing  {context}: {source!r}")
    return report


def main(paths: list[str]) -> int:
    files = [Path(p) for p in paths]
    english = next((p for p in files if p.name == "truce_en.ts"), None)
    total = 0
    for path in files:
        report = problems(path, english)
        total += len(report)
        print(f"{path.name}: {len(messages(path))} messages, {len(report)} to do")
        for line in report:
            print("    " + line)
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
