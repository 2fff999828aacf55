"""The fonts every Truce PDF embeds, each registered once when first needed, and the text a PDF
can print."""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from workshop_app.documents.pdf_flowables import to_unicode_cmap
from workshop_app.languages import LANGUAGES, SCRIPTS
from workshop_app.paths import resources_dir

LATIN, LATIN_BOLD, CJK = "TruceSans", "TruceSans-Bold", "TruceCJK"
CJK_LANGUAGES = frozenset(entry.code for entry in LANGUAGES if entry.script == "han")

# C0 controls (other than tab and newline), lone surrogates and non-characters cannot be printed.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@cache
def _registered(family: str) -> dict[str, frozenset[int]]:
    """Register one of the shipped families (Latin, CJK) and return each face's coverage.

    Parsing the 5 MB Chinese font costs a tenth of a second, so it is read on first need only: a
    Chinese document, or text with a character the Latin font lacks (``coverage``)."""
    folder = resources_dir() / "fonts"
    if family == CJK:
        fonts = {CJK: TTFont(CJK, str(folder / SCRIPTS["han"].regular_font), subfontIndex=0)}
    else:
        fonts = {
            LATIN: TTFont(LATIN, str(folder / SCRIPTS["latin"].regular_font)),
            LATIN_BOLD: TTFont(LATIN_BOLD, str(folder / SCRIPTS["latin"].bold_font)),
        }
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    if family == CJK:
        # WenQuanYi has no bold face: hierarchy in Chinese documents comes from size and colour.
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK)
    else:
        pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    return {name: frozenset(font.face.charToGlyph) for name, font in fonts.items()}


def coverage(font: str) -> frozenset[int]:
    """The characters ``font`` has (as code points), registering its family first if need be."""
    return _registered(CJK if font == CJK else LATIN)[font]


def register_fonts() -> dict[str, frozenset[int]]:
    """Register every shipped font; returns each font's character coverage."""
    return {font: coverage(font) for font in (LATIN, LATIN_BOLD, CJK)}


@cache
def characters(font: str) -> frozenset[str]:
    """The characters a run of text in ``font`` can hold: those it has, and line breaks."""
    return frozenset(map(chr, coverage(font))) | {"\n"}


def clean(text: object) -> str:
    value = "" if text is None else str(text)
    return _UNPRINTABLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).replace("\t", "  ")
