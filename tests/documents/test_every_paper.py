"""Every printed document is made on both papers, in all five languages, whatever the names.

A heading kept with its first question once stopped the worksheets with a LayoutError on Letter,
for some Polish titles on A4 and for Chinese titles of about 46 characters: nothing rendered the
documents on Letter or with long names. This renders each document × paper × language × name
length once (the PDFs are cached for the whole run, so other tests can read them too) and checks
that every one is a readable PDF whose pages carry the document.

Each combination is its own test and they share nothing but the cache (one per process), so
they can be spread over processes with pytest-xdist, or picked out with ``-m paper_matrix``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from reportlab.platypus import Paragraph, Spacer, doctemplate
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import UseUpSpace

from tests.pdf_text import page_size, page_texts
from workshop_app.demo import demo_series
from workshop_app.documents.export import render, render_series
from workshop_app.domain import Session
from workshop_app.domain.limits import LINE

LANGUAGES = ("en", "pl", "nl", "zh_CN", "zh_TW")
PAPERS = ("a4", "letter")
DOCUMENTS = ("action-plan", "report", "worksheets", "series")
LENGTHS = ("short", "typical", "limit")
TODAY = date(2026, 4, 2)

# What a user may type at the most (limits.LINE characters), in the scripts the languages use:
# long words, Polish diacritics, Chinese without spaces, and one word no line can break.
LONG = {
    "latin": "Quarterly revenue alignment and pipeline review workshop ",
    "polish": "Źdźbło współpracy: gęślą jaźń, żółć i łączność sprzedaży z marketingiem ",
    "cjk": "销售与市场部门联合季度目标与漏斗复盘研讨会，銷售與行銷協作",
}
SCRIPT = {"en": "latin", "nl": "latin", "pl": "polish", "zh_CN": "cjk", "zh_TW": "cjk"}


def at_limit(language: str, salt: str) -> str:
    unbreakable = "Wielkopolskaprzedażymarketingowegoprzedsiębiorstwa" * 2
    text = salt + " " + unbreakable + " " + LONG[SCRIPT[language]] * 40
    return text[:LINE]


def short(language: str) -> str:
    return {"latin": "Q", "polish": "Ż", "cjk": "销"}[SCRIPT[language]]


def named(session: Session, language: str, length: str) -> Session:
    """The session with its title, organisation and every person's name ``length`` long."""
    if length == "typical":
        return session

    def name(salt: str) -> str:
        return at_limit(language, salt) if length == "limit" else short(language)

    session.info = replace(
        session.info,
        title=name("Title"),
        organisation=name("Organisation"),
        facilitator=name("Facilitator"),
        location=name("Location"),
    )
    session.participants = [replace(p, name=name(p.id)) for p in session.participants]
    owners = {a.owner for a in session.actions if a.owner}
    renamed = {owner: name(f"Owner{n}") for n, owner in enumerate(sorted(owners))}
    session.actions = [replace(a, owner=renamed.get(a.owner, a.owner)) for a in session.actions]
    session.role_map.contacts = [
        replace(c, person=name("Person"), contact=name("Contact"))
        for c in session.role_map.contacts
    ]
    return session


class Printed:
    """Each PDF rendered once per test run, on first request."""

    def __init__(self) -> None:
        self.pdfs: dict[tuple[str, str, str, str], bytes] = {}
        self.sessions: dict[tuple[str, str], list[Session]] = {}
        # What reportlab placed on which page, per document: (page, flowable) in order.
        self.placed: dict[tuple[str, str, str, str], list[tuple[int, object]]] = {}

    def series(self, language: str, length: str) -> list[Session]:
        """The demo series with its names ``length`` long, built once for its four documents
        (printing reads a session and never changes it)."""
        key = (language, length)
        if key not in self.sessions:
            self.sessions[key] = [named(s, language, length) for s in demo_series(language, TODAY)]
        return self.sessions[key]

    def __call__(self, document: str, paper: str, language: str, length: str) -> bytes:
        key = (document, paper, language, length)
        if key not in self.pdfs:
            sessions = self.series(language, length)
            log: list[tuple[int, object]] = []
            original = doctemplate.BaseDocTemplate.afterFlowable

            def after(doc, flowable):
                log.append((doc.page, flowable))
                return original(doc, flowable)

            doctemplate.BaseDocTemplate.afterFlowable = after
            try:
                if document == "series":
                    self.pdfs[key] = render_series(sessions, paper)
                else:
                    self.pdfs[key] = render(sessions[-1], document, "pdf", paper)
            finally:
                doctemplate.BaseDocTemplate.afterFlowable = original
            self.placed[key] = log
        return self.pdfs[key]


@pytest.fixture(scope="session")
def printed() -> Printed:
    return Printed()


@pytest.mark.paper_matrix
@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_document_is_made(printed, document, paper, language, length):
    data = printed(document, paper, language, length)
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
def test_each_worksheet_is_one_page_that_says_what_to_do(printed, paper, language):
    from workshop_app.content import load_content
    from workshop_app.documents.wording import Wording

    words = Wording(load_content(language))
    pages = page_texts(printed("worksheets", paper, language, "typical"))
    assert len(pages) == len(SHEETS)
    for page, key in zip(pages, SHEETS, strict=True):
        text = "".join(page.split())
        assert "".join(words(key).split()) in text
    # Each sheet has its own instructions, not one sentence repeated on every sheet.
    first = "".join(pages[0].split())
    assert "".join(words("worksheet_instructions_assessment").split())[:20] in first
    assert "".join(words("worksheet_instructions_frictions").split())[:20] not in first


def _heading(flowable: object) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2")


def _aside(flowable: object) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in ("muted", "small")


@pytest.mark.paper_matrix
@pytest.mark.parametrize("length", LENGTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("document", ["action-plan", "report"])
def test_no_heading_is_left_alone_at_a_page_foot(printed, document, paper, language, length):
    printed(document, paper, language, length)
    seen = [
        (page, f)
        for page, f in printed.placed[(document, paper, language, length)]
        if not isinstance(f, ActionFlowable | Spacer | UseUpSpace)
    ]
    for n, (page, flowable) in enumerate(seen):
        if _heading(flowable):
            after = next((p for p, f in seen[n + 1 :] if not _heading(f) and not _aside(f)), page)
            assert after == page, f"alone at the foot of page {page}: {flowable.getPlainText()}"
