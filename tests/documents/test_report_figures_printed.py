"""The room's figures in the report, in the PDF and report.md of every language: averages carry
their counts and a small anonymous department's score is withheld in words, never as a number;
a theme of room notes prints its name, its dots summed and its notes under it; the ten steps
print each department's level, the gap between them and the room's level.

The three are variations of different parts of one session, so one report per language (and
minimum of answers) carries them all: ``room_report`` makes it once and every test reads it.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache

import pytest

from tests.pdf_text import pdf_text
from workshop_app import room_notes
from workshop_app.documents.export import render
from workshop_app.domain import (
    Assessment,
    AssessmentAnswer,
    Checklist,
    ChecklistStep,
    Department,
    Note,
    Notes,
    Participant,
    Session,
)
from workshop_app.languages import CODES
from workshop_app.paths import resources_dir

from .conftest import HOSTILE, PRINTED, full_session


def labels(language: str) -> dict[str, str]:
    path = resources_dir() / "content" / language / "documents.json"
    return json.loads(path.read_text("utf-8"))


def squeezed(text: str) -> str:
    return "".join(text.split())


def varied(language: str, minimum_answers: int) -> Session:
    """The full session of the fixture with three parts of it changed:

    - the room: four named Sales people rate 4; two anonymous marketers rate 1 and 2;
    - the room's notes: two of three frictions notes merged into a theme named ``HOSTILE``;
    - the ten steps: two rated by each department, the third by the room alone, as before.
    """
    session = full_session(language)
    people = [Participant(f"s{n}", HOSTILE, Department.SALES) for n in range(4)]
    people += [
        Participant(f"m{n}", f"Marketing {n}", Department.MARKETING, anonymous=True)
        for n in range(2)
    ]
    answers = [AssessmentAnswer(f"s{n}", "sales", "a01", 4) for n in range(4)]
    answers += [AssessmentAnswer("m0", "marketing", "a01", 1)]
    answers += [AssessmentAnswer("m1", "marketing", "a01", 2)]
    notes = Notes(
        [
            Note("t1", "frictions", "Leads go cold over the weekend", votes=4),
            Note("t2", "frictions", "Nobody owns web enquiries", votes=3),
            Note("t3", "frictions", "Price list is out of date", votes=5),
        ]
    )
    room_notes.merge(notes, "frictions", ["t1", "t2"], HOSTILE)
    steps = Checklist(
        [
            ChecklistStep("s1", current=2, target=4, sales=4, marketing=1, evidence=HOSTILE),
            ChecklistStep("s2", current=3, target=3, sales=3, marketing=2),
            ChecklistStep("s3", current=1, target=2),  # rated by the room alone, as before
        ]
    )
    return replace(
        session,
        participants=people,
        assessment=Assessment(answers=answers, minimum_answers=minimum_answers),
        notes=notes,
        checklist=steps,
    )


@cache
def room_report(language: str, minimum_answers: int = 3) -> tuple[str, str]:
    """The text of the varied session's PDF report (without white space) and its report.md."""
    session = varied(language, minimum_answers)
    pdf = squeezed(pdf_text(render(session, "report", "pdf", printed_at=PRINTED)))
    return pdf, render(session, "report", "md").decode("utf-8")


# ------------------------------------------------------------------------ counts and withholding


def counted(language: str, value: str, count: int) -> str:
    return labels(language)["counted"].replace("{value}", value).replace("{count}", str(count))


def withheld(language: str, minimum: int) -> str:
    return labels(language)["withheld"].replace("{minimum}", str(minimum))


@pytest.mark.parametrize("language", CODES)
def test_the_report_withholds_a_small_anonymous_department_in_words(language):
    text, markdown = room_report(language)
    decimal = "," if language in ("pl", "nl") else "."
    for shown in (text, squeezed(markdown)):
        assert squeezed(withheld(language, 3)) in shown
        assert squeezed(counted(language, f"4{decimal}0", 4)) in shown
        # Marketing's mean of 1.5 is printed nowhere: not as a mean, not as a gap.
        assert squeezed(f"1{decimal}5") not in shown
        assert f"-2{decimal}5" not in shown and f"+2{decimal}5" not in shown


@pytest.mark.parametrize("language", CODES)
def test_with_enough_answers_every_mean_is_printed_with_its_count(language):
    text, markdown = room_report(language, minimum_answers=2)
    decimal = "," if language in ("pl", "nl") else "."
    for shown in (text, squeezed(markdown)):
        assert squeezed(counted(language, f"1{decimal}5", 2)) in shown
        assert squeezed(counted(language, f"4{decimal}0", 4)) in shown
        assert squeezed(withheld(language, 2)) not in shown


# ------------------------------------------------------------------------ a theme of room notes


@pytest.mark.parametrize("language", CODES)
def test_the_report_prints_a_theme_with_its_summed_dots_and_its_notes(language):
    pdf, markdown = room_report(language)
    word = labels(language)["note_theme"]
    # The name as typed, markup and all; its notes with their own dots under it; then the
    # theme's word and 4 + 3 = 7 dots.
    assert re.search(
        re.escape(squeezed(HOSTILE))
        + r"–Leadsgocoldovertheweekend[(（]4[)）]–Nobodyownswebenquiries[(（]3[)）]"
        + re.escape(word)
        + "7",
        pdf,
    )
    line = next(x for x in markdown.splitlines() if "Leads go cold" in x)
    # Markup escaped, the name in bold, the notes under it, the summed dots in the last column.
    assert line.startswith("| **\\<b\\>bold\\</b\\> \\& \\<img")
    assert "<br>– Nobody owns web enquiries" in line
    assert line.endswith(f"| {word} | – | 7 |")
    # The theme (7) ranks above the note with 5 dots, which ranks as its own line.
    assert markdown.index("Leads go cold") < markdown.index("Price list is out of date")


# ------------------------------------------------------------------------ the ten steps' levels


@pytest.mark.parametrize("language", CODES)
def test_the_report_prints_each_departments_level_and_the_gap(language):
    pdf, markdown = room_report(language)
    words = labels(language)
    header = "".join(
        squeezed(words[k]) for k in ("sales", "marketing", "gap", "current", "target_level")
    )
    assert header in pdf
    # Step 1: Sales 4, Marketing 1, gap +3, today 2, target 4; step 3 keeps the room's levels.
    assert "4/51/5+32/54/5" in pdf
    assert "3/52/5+13/53/5" in pdf
    assert "–––1/52/5" in pdf
    assert squeezed(words["step_gap_explained"]) in pdf
    # The ten steps' rows (the lead stages' table, earlier, is numbered too but rates nothing).
    rows = [
        line
        for line in markdown.splitlines()
        if line.startswith(("| 1 |", "| 2 |", "| 3 |")) and " / 5 |" in line
    ]
    assert "| 4 / 5 | 1 / 5 | **+3** | 2 / 5 | 4 / 5 |" in rows[0]
    assert "| 3 / 5 | 2 / 5 | +1 | 3 / 5 | 3 / 5 |" in rows[1]
    assert "| – | – | – | 1 / 5 | 2 / 5 |" in rows[2]
    assert "\\<b\\>bold\\</b\\>" in rows[0]
