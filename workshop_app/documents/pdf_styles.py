"""The paragraph styles every Truce PDF uses."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#23466b")
ALERT = colors.HexColor("#b42318")


@cache
def paragraph_styles(regular: str, bold: str, cjk: bool) -> dict[str, ParagraphStyle]:
    """The paragraph styles of one language's documents; Chinese has no bold face, so its
    bold is the accent colour (see ``Kit.markup``). Made once per process: parsed paragraphs
    are kept per style (``pdf_flowables.parsed``), so the styles must never be changed: a
    document that needs another style adds a new one to its own copy of this dictionary."""
    wrap = "CJK" if cjk else None
    base = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=13.5, textColor=INK, wordWrap=wrap
    )

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": style("title", fontName=bold, fontSize=21, leading=26, textColor=ACCENT),
        "sheet_title": style(
            "sheet_title", fontName=bold, fontSize=16, leading=20, textColor=ACCENT
        ),
        "subtitle": style("subtitle", fontSize=12, leading=16, textColor=MUTED, spaceAfter=2),
        "h1": style(
            "h1",
            fontName=bold,
            fontSize=14.5 if cjk else 13.5,
            leading=18,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=6,
        ),
        "h2": style(
            "h2",
            fontName=bold,
            fontSize=11 if cjk else 10.5,
            leading=14,
            textColor=ACCENT if cjk else INK,
            spaceBefore=9,
            spaceAfter=3,
        ),
        "cell": style("cell", fontSize=8.5, leading=11.5),
        # Chinese has no bold face (see ``markup``): its bold is the accent colour.
        "cell_bold": style(
            "cell_bold",
            fontName=bold,
            fontSize=8.5,
            leading=11.5,
            textColor=ACCENT if cjk else INK,
        ),
        "cell_right": style("cell_right", fontSize=8.5, leading=11.5, alignment=TA_RIGHT),
        "cell_center": style("cell_center", fontSize=8.5, leading=11.5, alignment=TA_CENTER),
        "cell_muted": style("cell_muted", fontSize=7.8, leading=10.5, textColor=MUTED),
        "cell_alert": style(
            "cell_alert", fontName=bold, fontSize=7.8, leading=10.5, textColor=ALERT
        ),
        "head": style(
            "head",
            fontName=bold,
            fontSize=8,
            leading=10.5,
            textColor=ACCENT if cjk else INK,
        ),
        "head_right": style(
            "head_right", fontName=bold, fontSize=8, leading=10.5, alignment=TA_RIGHT
        ),
        "label": style("label", fontSize=8, leading=11, textColor=MUTED),
        "muted": style("muted", fontSize=9, leading=13, textColor=MUTED),
        "small": style("small", fontSize=8, leading=11, textColor=MUTED, alignment=TA_LEFT),
    }
