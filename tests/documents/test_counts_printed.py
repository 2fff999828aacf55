"""Printed averages carry their counts, and a small anonymous department's score is withheld in
words, never as a number, in the PDF report and report.md of every language."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pypdf import PdfReader

from workshop_app.documents.export import render
from workshop_app.domain import Assessment, AssessmentAnswer, Department, Participant
from workshop_app.languages import CODES
from workshop_app.paths import resources_dir

from .conftest import HOSTILE, full_session


def labels(language: str) -> dict[str, str]:
    path = resources_dir() / "content" / language / "documents.json"
    return json.loads(path.read_text("utf-8"))


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return squeezed("\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))


def small_room(language: str):
    """Four named Sales people rate 4 everywhere; two anonymous marketers rate 1 and 2."""
    session = full_session(language)
    people = [Participant(f"s{n}", HOSTILE, Department.SALES) for n in range(4)]
    people += [
        Participant(f"m{n}", f"Marketing {n}", Department.MARKETING, anonymous=True)
        for n in range(2)
    ]
    answers = [AssessmentAnswer(f"s{n}", "sales", "a01", 4) for n in range(4)]
    answers += [AssessmentAnswer("m0", "marketing", "a01", 1)]
    answers += [AssessmentAnswer("m1", "marketing", "a01", 2)]
    return replace(
        session, participants=people, assessment=Assessment(answers=answers, minimum_answers=3)
    )


def counted(language: str, value: str, count: int) -> str:
    return labels(language)["counted"].replace("{value}", value).replace("{count}", str(count))


def withheld(language: str, minimum: int) -> str:
    return labels(language)["withheld"].replace("{minimum}", str(minimum))


@pytest.mark.parametrize("language", CODES)
def test_the_report_withholds_a_small_anonymous_department_in_words(language):
    session = small_room(language)
    text = pdf_text(render(session, "report", "pdf"))
    markdown = render(session, "report", "md").decode("utf-8")
    decimal = "," if language in ("pl", "nl") else "."
    for shown in (text, squeezed(markdown)):
        assert squeezed(withheld(language, 3)) in shown
        assert squeezed(counted(language, f"4{decimal}0", 4)) in shown
        # Marketing's mean of 1.5 is printed nowhere: not as a mean, not as a gap.
        assert squeezed(f"1{decimal}5") not in shown
        assert f"-2{decimal}5" not in shown and f"+2{decimal}5" not in shown


@pytest.mark.parametrize("language", CODES)
def test_with_enough_answers_every_mean_is_printed_with_its_count(language):
    session = small_room(language)
    session.assessment.minimum_answers = 2
    text = pdf_text(render(session, "report", "pdf"))
    markdown = squeezed(render(session, "report", "md").decode("utf-8"))
    decimal = "," if language in ("pl", "nl") else "."
    for shown in (text, markdown):
        assert squeezed(counted(language, f"1{decimal}5", 2)) in shown
        assert squeezed(counted(language, f"4{decimal}0", 4)) in shown
        assert squeezed(withheld(language, 2)) not in shown
