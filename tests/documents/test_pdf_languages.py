"""The demo workshop printed in every language: its own words, the language's labels, no English.

The action plan and the report of each translated demo must carry the demo's translated text and
the document labels of resources/content/<lang>/documents.json, and none of the English labels a
missing translation would fall back to.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import cache

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from tests.pdf_text import pdf_text
from workshop_app.demo import demo_session
from workshop_app.documents import pdf_fonts
from workshop_app.documents.export import render
from workshop_app.documents.pdf_common import Kit
from workshop_app.documents.pdf_fonts import CJK
from workshop_app.documents.pdf_wrap import CHINESE_CANNOT_START
from workshop_app.documents.wording import FALLBACK
from workshop_app.domain import ActionStatus, Session, SessionInfo
from workshop_app.languages import CODES, DEFAULT
from workshop_app.paths import resources_dir

LANGUAGES = CODES
TRANSLATED = tuple(code for code in CODES if code != DEFAULT)  # the labels fall back to English
TODAY = date(2026, 4, 2)


def squeezed(text: str) -> str:
    return "".join(text.split())


def text_of(data: bytes) -> str:
    return pdf_text(data)


def labels(language: str) -> dict[str, str]:
    path = resources_dir() / "content" / language / "documents.json"
    return json.loads(path.read_text("utf-8"))


@cache
def demo(language: str) -> Session:
    """The demo session, as the samples in exports/ print it; tests only read it."""
    return demo_session(language, TODAY)


@pytest.fixture(scope="module")
def printed_text(sample_document):
    """The squeezed text of a document of the demo session, as exports/ has it."""
    return cache(lambda language, document: squeezed(text_of(sample_document(language, document))))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", ["action-plan", "report"])
def test_the_demo_prints_its_own_words_and_labels(printed_text, language, document):
    session = demo(language)
    text = printed_text(language, document)
    words = labels(language)
    dropped = next(a for a in session.actions if a.status == ActionStatus.DROPPED)
    for expected in (
        session.info.title,
        session.actions[0].title,
        dropped.title,
        session.goals.shared[0].statement,
        words["status_dropped"],
        words["success_measure"],
        words["shared_goals"],
        words["action_plan" if document == "action-plan" else "session_report"],
    ):
        assert squeezed(expected) in text, f"{language} {document}: {expected!r} missing"


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("document", ["action-plan", "report"])
def test_no_english_label_is_left_in_a_translated_document(printed_text, language, document):
    words = labels(language)
    english = [
        value
        for key, value in FALLBACK.items()
        if "{" not in value and (" " in value or len(value) >= 9) and words.get(key) != value
    ]
    assert english, "the check needs English phrases to look for"
    leaked = [phrase for phrase in english if squeezed(phrase) in printed_text(language, document)]
    assert not leaked, f"{language} {document} prints English labels: {leaked}"


def test_every_label_a_document_uses_is_translated():
    for language in LANGUAGES:
        missing = sorted(set(FALLBACK) - set(labels(language)) - {"other_stage"})
        assert not missing, f"documents.json for {language} lacks {missing}"


@pytest.mark.parametrize("language", ["pl", "nl"])
def test_status_words_never_split_in_the_actions_table(sample_document, language):
    """The narrow status column is widened until its longest word fits on one line: every
    action's status prints as one whole word ("Porzucone", not "Porzucon" + "e")."""
    session = demo(language)
    text = text_of(sample_document(language, "action-plan"))
    words = labels(language)
    for status in ActionStatus:
        word = words[f"status_{status}"]
        in_user_text = sum(
            f"{a.title} {a.description} {a.success_measure}".count(word) for a in session.actions
        )
        with_status = sum(a.status == status for a in session.actions)
        assert text.count(word) >= with_status + in_user_text, word


def test_chinese_punctuation_never_starts_a_line():
    Kit(demo_session("zh_CN", TODAY))  # a Kit sets up the line-breaking rules
    style = ParagraphStyle("t", fontName=CJK, fontSize=8.5, leading=11.5, wordWrap="CJK")
    text = "取消每週五匯出試算表的做法，改成自動交接，並通知客戶負責人和內勤業務；不再延誤：好！"
    for width in range(60, 260, 3):
        paragraph = Paragraph(text, style)
        paragraph.wrap(width, 1000)
        for line in paragraph.blPara.lines:
            first = "".join(line[1])[:1] if isinstance(line, tuple) else ""
            assert first not in CHINESE_CANNOT_START, (width, line)


@pytest.mark.parametrize("language", ["en", "pl", "nl"])
def test_table_headers_keep_their_words_whole(sample_document, language):
    """A column is never narrower than the longest word of its header ("Streefwaarde")."""
    text = text_of(sample_document(language, "action-plan"))
    words = labels(language)
    for key in ("goal", "metric", "baseline", "target", "deadline", "owners", "due", "status"):
        for word in words[key].split():
            assert word in text, (key, word)


def test_the_chinese_font_is_read_when_text_first_needs_it(monkeypatch):
    """The 5 MB Chinese font is parsed on first need only: an English document of Latin text
    never reads it, and the first Chinese character of an English document does, and prints.
    (A fresh registry stands in for a fresh process: the fonts are registered again.)"""
    read: list[str] = []
    registered = pdf_fonts._registered.__wrapped__

    def register(family: str) -> dict[str, frozenset[int]]:
        read.append(family)
        return registered(family)

    monkeypatch.setattr(pdf_fonts, "_registered", cache(register))
    monkeypatch.setattr(pdf_fonts, "characters", cache(pdf_fonts.characters.__wrapped__))

    def printed(title: str) -> bytes:
        session = Session(info=SessionInfo(id="lazy-font", title=title, language="en"))
        return render(session, "action-plan", printed_at=datetime(2026, 4, 2, tzinfo=UTC))

    latin = printed("Quarterly plan")
    assert read == [pdf_fonts.LATIN]
    assert b"WenQuanYi" not in latin
    mixed = printed("Quarterly plan 销售与市场")
    assert read == [pdf_fonts.LATIN, CJK]
    assert "销售与市场" in squeezed(text_of(mixed))
    assert b"WenQuanYi" in mixed  # the embedded subset's name
