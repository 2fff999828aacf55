"""What a PDF's layout measures once and reuses must equal what reportlab measures afresh: the
widths Chinese wrapping looks up in a table, and a paragraph's lines at a width it was laid out
at before (pdf_wrap.character_widths, pdf_flowables.Text)."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from workshop_app.documents.pdf_flowables import FlowingTable, Text
from workshop_app.documents.pdf_fonts import CJK, LATIN, LATIN_BOLD, register_fonts
from workshop_app.documents.pdf_styles import paragraph_styles
from workshop_app.documents.pdf_wrap import character_widths, word_width

MIXED = "Zażółć gęślą jaźń 销售与市场，並且 <b>&amp; 😀 Quarterly revenue"


@pytest.mark.parametrize("font", [LATIN, LATIN_BOLD, CJK])
@pytest.mark.parametrize("size", [7.5, 8.5, 14.5])
def test_each_character_is_as_wide_as_reportlab_measures_it(font, size):
    register_fonts()
    expected = [stringWidth(c, font, size) for c in MIXED]
    assert character_widths(MIXED, font, size) == expected
    assert character_widths(MIXED, font, size) == expected  # from the table the second time


@pytest.mark.parametrize("font", [LATIN, LATIN_BOLD, CJK])
def test_each_word_is_as_wide_as_reportlab_measures_it(font):
    register_fonts()
    for size in (7.5, 8.5, 14.5, 8.5):  # the second 8.5 is answered from the cache
        for word in [*MIXED.split(), MIXED, ""]:
            assert word_width(word, font, size) == stringWidth(word, font, size), (word, size)


def lines(paragraph: Paragraph) -> list[object]:
    return [
        (line[0], list(line[1])) if isinstance(line, tuple) else (line.extraSpace, line.words)
        for line in paragraph.blPara.lines
    ]


@pytest.mark.parametrize("cjk", [False, True])
def test_a_paragraph_laid_out_again_is_laid_out_as_a_fresh_one(cjk):
    register_fonts()
    style = paragraph_styles(CJK if cjk else LATIN, CJK if cjk else LATIN_BOLD, cjk)["body"]
    text = "Zażółć gęślą jaźń 销售与市场，並且 &amp; 😀 Quarterly revenue " * 12
    kept = Text(text, style)
    for width in (300.0, 120.0, 300.0, 300.0, 55.5, 120.0):
        fresh = Paragraph(text, style)
        assert kept.wrap(width, 1000) == fresh.wrap(width, 1000), width
        assert (kept.width, kept.height) == (fresh.width, fresh.height)
        assert repr(lines(kept)) == repr(lines(fresh)), width


def test_a_paragraph_whose_split_dropped_its_lines_lays_them_out_again():
    register_fonts()
    style = paragraph_styles(LATIN, LATIN_BOLD, False)["body"]
    kept = Text("A line that wraps onto a second one at this width. " * 3, style)
    kept.wrap(120, 1000)
    # Too little room for two lines: reportlab refuses the split and deletes the lines it made.
    assert kept.split(120, style.leading * 1.5) == []
    assert "blPara" not in kept.__dict__
    width, height = kept.wrap(120, 1000)
    assert "blPara" in kept.__dict__ and height == Paragraph(kept.text, style).wrap(120, 1000)[1]


@pytest.mark.parametrize("cjk", [False, True])
def test_text_parsed_before_is_laid_out_and_drawn_as_a_fresh_paragraph(cjk):
    """Markup is parsed once per style (pdf_flowables.parsed); each paragraph still gets its own
    fragments, so laying one out at a narrow width changes nothing in the next."""
    register_fonts()
    style = paragraph_styles(CJK if cjk else LATIN, CJK if cjk else LATIN_BOLD, cjk)["cell"]
    text = f'<font face="{LATIN_BOLD}">Owner</font> 销售与市场，並且 &amp;<br/>😀 ' * 6
    first = Text(text, style)
    first.wrap(40.0, 1000)
    first.split(40.0, 30)
    second = Text(text, style)
    assert second.frags is not first.frags
    assert not set(map(id, second.frags)) & set(map(id, first.frags))
    for width in (300.0, 40.0):
        fresh = Paragraph(text, style)
        again = Text(text, style)
        assert again.wrap(width, 1000) == fresh.wrap(width, 1000), width
        assert repr(lines(again)) == repr(lines(fresh)), width
        assert [piece.wrap(width, 1000) for piece in again.split(width, 30)] == [
            piece.wrap(width, 1000) for piece in fresh.split(width, 30)
        ]


def test_a_table_measured_in_a_tall_room_is_laid_out_as_a_fresh_one_in_any_room():
    """A table measured before it is placed (in 10,000 points) keeps those rows in a shorter
    room that still holds it, and lays them out again in one that does not (FlowingTable).
    A row span makes reportlab stop laying rows out once they overflow the room."""
    register_fonts()
    style = paragraph_styles(LATIN, LATIN_BOLD, False)["cell"]

    def table() -> FlowingTable:
        rows = [[Text(f"Row {n}: " + "words that wrap " * 2 * n, style), ""] for n in range(12)]
        return type("Measured", (FlowingTable,), {"frame_height": 700.0})(
            rows, colWidths=[160, 40], repeatRows=1, style=[("SPAN", (1, 1), (1, 2))]
        )

    def layout(t: FlowingTable) -> tuple[object, ...]:
        return (t._width, t._height, list(t._rowHeights), list(t._rowpositions), t._hmax)

    _, full = table().wrap(300, 10_000)
    for room in (full + 40, full, full - 1, 120.0):
        kept, fresh = table(), table()
        kept.wrap(300, 10_000)
        assert kept.wrap(300, room) == fresh.wrap(300, room), room
        assert layout(kept) == layout(fresh), room
        pieces = [(p.wrap(300, 10_000), layout(p)) for p in kept.split(300, room)]
        assert pieces == [(p.wrap(300, 10_000), layout(p)) for p in fresh.split(300, room)], room
