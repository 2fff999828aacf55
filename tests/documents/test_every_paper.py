"""Every printed document is made on both papers, in all five languages, whatever the names.

A heading kept with its first question once stopped the worksheets with a LayoutError on Letter,
for some Polish titles on A4 and for Chinese titles of about 46 characters: nothing rendered the
documents on Letter or with long names. This renders each document × paper × language × name
length once (the ``printed_series`` fixture keeps the PDFs for the whole run, so other tests read
them too) and checks that every one is a readable PDF whose pages carry the document, and that
no heading, table header or signature block is left alone on a page.

Each combination is its own test and they share nothing but the cache (one per process), so
they can be spread over processes with pytest-xdist, or picked out with ``-m paper_matrix``.
"""

from __future__ import annotations

import pytest

from tests.documents.printed_series import DOCUMENTS, LANGUAGES, LENGTHS, PAPERS, Placed
from tests.pdf_text import page_size, page_texts
from workshop_app.documents.wording import Wording


@pytest.mark.paper_matrix
@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_document_is_made(printed_series, document, paper, language, length):
    data = printed_series(document, paper, language, length)
    width, height = page_size(data)
    assert (round(width), round(height)) == ((595, 842) if paper == "a4" else (612, 792))
    pages = page_texts(data)
    assert len(pages) >= (4 if document == "worksheets" else 1)
    # Every page has its furniture: the page number and the generator line.
    for text in pages:
        assert text.strip()


SHEETS = [
    "worksheet_assessment",
    *["worksheet_role_swap"] * 4,
    "worksheet_frictions",
    "worksheet_ten_steps",
    "worksheet_goal",
    "worksheet_handoff",
    "worksheet_actions",
]


@pytest.mark.paper_matrix
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
def test_each_worksheet_is_one_page_that_says_what_to_do(printed_series, paper, language):
    from workshop_app.content import load_content
    from workshop_app.documents.wording import Wording

    words = Wording(load_content(language))
    pages = page_texts(printed_series("worksheets", paper, language, "typical"))
    assert len(pages) == len(SHEETS)
    for page, key in zip(pages, SHEETS, strict=True):
        text = "".join(page.split())
        assert "".join(words(key).split()) in text
    # Each sheet has its own instructions, not one sentence repeated on every sheet.
    first = "".join(pages[0].split())
    assert "".join(words("worksheet_instructions_assessment").split())[:20] in first
    assert "".join(words("worksheet_instructions_frictions").split())[:20] not in first


def _heading(seen: Placed) -> bool:
    return seen.style in ("h1", "h2")


def _aside(seen: Placed) -> bool:
    return seen.style in ("muted", "small")


@pytest.mark.paper_matrix
@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("document", ["action-plan", "report"])
def test_no_heading_row_or_signature_block_is_left_alone(
    printed_series, document, paper, language, length
):
    """The follow-up of the demo series (it has the previous workshop's chapter too): no heading
    at a page's foot, no table header without a row, no signature block alone on a page."""
    printed_series(document, paper, language, length)
    # What a reader sees: no page breaks, spacers or frame actions.
    seen = printed_series.placed[(document, paper, language, length)]
    assert any(_heading(f) for f in seen)
    for n, f in enumerate(seen):
        if _heading(f):
            # What the heading introduces: the first thing after it that is neither another
            # heading nor a muted line under it (a chapter's summary).
            after = next(
                (g.page for g in seen[n + 1 :] if not _heading(g) and not _aside(g)), f.page
            )
            assert after == f.page, f"alone at the foot of page {f.page}: {f.text}"
    for f in seen:
        if f.body_rows is not None:
            assert f.body_rows >= 1, f"a table header without rows on page {f.page}"
    if document == "action-plan":
        words = Wording.of(printed_series.series(language, length)[-1])
        signatures = next(
            n for n, f in enumerate(seen) if _heading(f) and words("signatures") in f.text
        )
        page = seen[signatures].page
        before = [f for f in seen[:signatures] if f.page == page]
        assert any(f.body_rows is not None for f in before), "signatures alone on a page"
