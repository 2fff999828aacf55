"""The fonts every Truce PDF embeds, registered once, and the text a PDF can print."""

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
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the shipped TrueType fonts once; returns each font's character coverage."""
    folder = resources_dir() / "fonts"
    fonts = {
        LATIN: TTFont(LATIN, str(folder / SCRIPTS["latin"].regular_font)),
        LATIN_BOLD: TTFont(LATIN_BOLD, str(folder / SCRIPTS["latin"].bold_font)),
        CJK: TTFont(CJK, str(folder / SCRIPTS["han"].regular_font), subfontIndex=0),
    }
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD)
    # WenQuanYi has no bold face: hierarchy in Chinese documents comes from size and colour.
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK)
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    return {name: frozenset(font.face.charToGlyph) for name, font in fonts.items()}


@cache
def characters(font: str) -> frozenset[str]:
    """The characters a run of text in ``font`` can hold: those it has, and line breaks."""
    return frozenset(map(chr, register_fonts()[font])) | {"\n"}


def clean(text: object) -> str:
    value = "" if text is None else str(text)
    return _UNPRINTABLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).replace("\t", "  ")
