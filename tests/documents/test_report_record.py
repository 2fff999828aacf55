"""The report is the whole record of the day: it opens with one page on where the company stands
(the Wrap-up page on paper), and keeps the room's notes, the agenda's times and what became of
the previous workshop's actions. The Markdown report has every chapter the PDF has."""

from __future__ import annotations

from datetime import date

import pytest

from tests.pdf_text import page_texts
from workshop_app.demo import demo_session
from workshop_app.documents import markdown, record
from workshop_app.documents.export import render
from workshop_app.documents.wording import Wording

from .conftest import PRINTED

LANGUAGES = ("en", "pl", "nl", "zh_CN", "zh_TW")
TODAY = date(2026, 4, 2)


def squeezed(text: str) -> str:
    return "".join(text.split())


def pages(data: bytes) -> list[str]:
    return [squeezed(text) for text in page_texts(data)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_opens_with_where_we_stand_on_one_page(sample_document, language, paper):
    # The demo session printed at PRINTED, as `make samples` prints it.
    session = sample_document.session(language)
    words = Wording.of(session)
    printed = pages(sample_document(language, "report", paper=paper))
    first, second = printed[0], printed[1]
    found = record.standing(session, words, TODAY)
    stage = found.summary.stage
    expected = [
        words("where_we_stand"),
        stage.name,
        stage.advice,
        words.department("leadership"),
        words("whole_company"),
        *[answer for _, answer in found.situation],
        *[lever.name for lever in stage.levers],
        words("handoff_rule"),
        found.summary.handoff_stage,
        words("top_frictions"),
        found.summary.frictions[0].title,
    ]
    assert len(found.situation) == 3  # size, sales cycle, market pace
    for text in expected:
        assert squeezed(text) in first, text
    # The next chapter starts on the next page; nothing of the summary spills over.
    assert squeezed(words("participants")) in second
    assert squeezed(words("handoff_rule")) not in second


def test_leadership_has_a_row_in_the_assessment_table(sample_document):
    text = "".join(pages(sample_document("en", "report")))
    assert "Leadership150" in text  # one respondent, total 50


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_keeps_the_room_notes_the_agenda_and_the_previous_workshop(
    printed_series, language
):
    # The follow-up of the demo series, printed at PRINTED.
    latest = printed_series.series(language)[-1]
    words = Wording.of(latest)
    assert latest.since_previous.items and latest.notes.items
    text = "".join(pages(printed_series("report", "a4", language)))
    voted = max(latest.notes.items, key=lambda n: n.votes)
    lines, started, ended = record.agenda_lines(latest, words)
    for expected in (
        words("room_notes"),
        voted.text,
        words(f"note_{voted.kind}"),
        words("agenda"),
        lines[0].planned_start,
        lines[2].actual_start,
        words("workshop_ran").format(start=started, end=ended),
        words("since_previous"),
        latest.since_previous.items[0].title,
    ):
        assert squeezed(expected) in text, expected


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_markdown_report_has_every_chapter_of_the_pdf(printed_series, language):
    latest = printed_series.series(language)[-1]
    printed_series("report", "a4", language)
    chapters = [
        seen.text
        for seen in printed_series.placed[("report", "a4", language, "typical")]
        if seen.style == "h1"
    ]
    assert len(chapters) >= 12
    text = markdown.render(latest, "report", today=TODAY)
    found = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert [markdown.md(c) for c in chapters] == found


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_chinese_markdown_bold_closes_and_uses_full_width_marks(language):
    session = demo_session(language, TODAY)
    text = markdown.render(session, "report", today=TODAY)
    # "**原因：**理由" would print its stars: the closing stars may not follow punctuation.
    for mark in "：，。？）":
        assert f"{mark}**" not in text.replace(f"{mark}**\n", "")
    assert "（" in text and " (" not in text.split("## ")[1]


def test_an_action_from_a_suggested_activity_names_it_not_its_id():
    from workshop_app.domain import Action

    session = demo_session("en", TODAY)
    session.actions.append(
        Action("x1", "Ride along", source_kind="role_swap", source_ref="shadow_sales_calls")
    )
    session.actions.append(Action("x2", "Gone", source_kind="goal", source_ref="no-such-goal"))
    words = Wording.of(session)
    title = words.content.item("role_swap.activities", "shadow_sales_calls")["title"]
    assert words.responds_to(session, session.actions[-2]) == f"Role swap: {title}"
    assert words.responds_to(session, session.actions[-1]) == words("goal")
    text = "".join(pages(render(session, "report", "pdf", printed_at=PRINTED)))
    assert "shadow_sales_calls" not in text and "no-such-goal" not in text
    assert squeezed(title) in text


@pytest.mark.parametrize(
    ("unit", "language", "shown"),
    [
        ("liczba", "pl", "40"),
        ("金额", "zh_CN", "12,500"),
        ("count", "nl", "40"),
        ("€", "en", "40 €"),
    ],
)
def test_a_kind_of_number_is_not_printed_as_a_unit(unit, language, shown):
    from workshop_app.documents.wording import number

    value = 12500 if language == "zh_CN" else 40
    assert number(value, unit, language) == shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_content_stores_units_as_codes(language):
    from workshop_app.content import load_content

    units = {m["unit"] for m in load_content(language).items("goals.metrics")}
    assert units <= {"%", "count", "currency"}
