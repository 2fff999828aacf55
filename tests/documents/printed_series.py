"""The demo series printed on both papers, in all five languages, with its names short, typical or
as long as a user may type them: each document made once per test process and read by every test
that only reads it (the paper matrix in test_every_paper.py, the report's record, the action
plan's page breaks). Every one is printed at ``conftest.PRINTED``, so what it prints is the same
whatever day the tests run."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import NamedTuple

from reportlab.platypus import Paragraph, Spacer, doctemplate
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import UseUpSpace

from workshop_app.demo import demo_series
from workshop_app.documents.export import render, render_series
from workshop_app.documents.pdf_flowables import FlowingTable
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


class Placed(NamedTuple):
    """What a reader sees of one thing reportlab placed: its page, the style of a paragraph ("" for
    anything else) and its text, and the rows under a table's header (None for anything else).

    Words and numbers, not the flowables: kept for the whole run, reportlab's objects for 120
    documents made every full collection of the garbage collector walk them (3.4 s)."""

    page: int
    style: str
    text: str
    body_rows: int | None


def placed(page: int, flowable: object) -> Placed | None:
    """The record of a flowable a reader sees; None for a page break, a spacer or a frame action."""
    if isinstance(flowable, ActionFlowable | Spacer | UseUpSpace):
        return None
    if isinstance(flowable, Paragraph):
        return Placed(page, flowable.style.name, flowable.getPlainText(), None)
    if isinstance(flowable, FlowingTable):
        return Placed(page, "", "", len(flowable._cellvalues) - flowable.repeatRows)
    return Placed(page, "", "", None)


class PrintedSeries:
    """Each PDF of the demo series rendered once per test process, on first request, with a log
    of what reportlab placed on which page."""

    def __init__(self, printed_at: datetime) -> None:
        self.printed_at = printed_at
        self.pdfs: dict[tuple[str, str, str, str], bytes] = {}
        self.sessions: dict[tuple[str, str], list[Session]] = {}
        # What a reader sees of what reportlab placed, per document, in order.
        self.placed: dict[tuple[str, str, str, str], list[Placed]] = {}

    def series(self, language: str, length: str = "typical") -> list[Session]:
        """The demo series with its names ``length`` long, built once for its four documents
        (printing reads a session and never changes it; nor may a test that reads them)."""
        key = (language, length)
        if key not in self.sessions:
            self.sessions[key] = [named(s, language, length) for s in demo_series(language, TODAY)]
        return self.sessions[key]

    def __call__(self, document: str, paper: str, language: str, length: str = "typical") -> bytes:
        """The series' comparison (``document="series"``) or the latest workshop's document."""
        key = (document, paper, language, length)
        if key not in self.pdfs:
            sessions = self.series(language, length)
            log: list[Placed] = []
            original = doctemplate.BaseDocTemplate.afterFlowable

            def after(doc, flowable):
                if seen := placed(doc.page, flowable):
                    log.append(seen)
                return original(doc, flowable)

            doctemplate.BaseDocTemplate.afterFlowable = after
            try:
                if document == "series":
                    self.pdfs[key] = render_series(sessions, paper, printed_at=self.printed_at)
                else:
                    self.pdfs[key] = render(
                        sessions[-1], document, "pdf", paper, printed_at=self.printed_at
                    )
            finally:
                doctemplate.BaseDocTemplate.afterFlowable = original
            self.placed[key] = log
        return self.pdfs[key]
