"""The series comparison PDF: the figures of the comparison, in every language, fonts embedded."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from tests.pdf_text import pdf_text
from workshop_app.demo import demo_series
from workshop_app.documents.export import render_series
from workshop_app.domain.session import LANGUAGES

from .conftest import HOSTILE


def text_of(data: bytes) -> str:
    return pdf_text(data)


@pytest.fixture(scope="module")
def series():
    """A series of this module's own, for a test to change (``printed_series`` prints the demo
    series as it is)."""
    return demo_series("en", date(2026, 4, 2))


def test_the_comparison_prints_the_figures_of_each_workshop(printed_series):
    text = text_of(printed_series("series", "a4", "en"))
    for figure in ("39 → 48 / 100", "1.42 → 1.17", "narrowing", "80%", "71%", "17%", "1 → 3"):
        assert figure in text, figure
    # Each workshop's date as the document's language writes it, on the charts as in the tables.
    for day, iso in (("12 March 2025", "2025-03-12"), ("12 September 2025", "2025-09-12"),
                     ("12 March 2026", "2026-03-12")):  # fmt: skip
        assert day in " ".join(text.split())
        assert iso not in text
    assert "Kick-off alignment workshop" in " ".join(text.split())
    assert "Undefined" in text and "Defined" in text


def test_user_text_prints_literally_and_fonts_are_embedded(series):
    series[-1].info.organisation = HOSTILE
    series[0].goals.shared[0].statement = HOSTILE
    data = render_series(series, "letter")
    assert "<b>bold</b>" in text_of(data)
    assert b"Helvetica" not in data
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            assert "/FontFile2" in font.get_object()["/FontDescriptor"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_comparison_prints_in_every_language(printed_series, language):
    data = printed_series("series", "a4", language)
    assert data.startswith(b"%PDF") and "48" in text_of(data)


def test_one_workshop_is_not_a_comparison(series):
    from workshop_app.errors import ValidationError

    with pytest.raises(ValidationError, match="at least two workshops"):
        render_series(series[:1])
