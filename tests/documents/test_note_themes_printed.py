"""A theme of room notes in the report: its name, its dots summed, its notes under it."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from workshop_app import room_notes
from workshop_app.documents.export import render
from workshop_app.domain import Note, Notes
from workshop_app.languages import CODES
from workshop_app.paths import resources_dir

from .conftest import HOSTILE, full_session


def squeezed(text: str) -> str:
    return "".join(text.split())


def themed(language: str):
    session = full_session(language)
    notes = Notes(
        [
            Note("t1", "frictions", "Leads go cold over the weekend", votes=4),
            Note("t2", "frictions", "Nobody owns web enquiries", votes=3),
            Note("t3", "frictions", "Price list is out of date", votes=5),
        ]
    )
    room_notes.merge(notes, "frictions", ["t1", "t2"], HOSTILE)
    return replace(session, notes=notes)


@pytest.mark.parametrize("language", CODES)
def test_the_report_prints_a_theme_with_its_summed_dots_and_its_notes(language):
    session = themed(language)
    word = json.loads(
        (resources_dir() / "content" / language / "documents.json").read_text("utf-8")
    )["note_theme"]
    pdf = squeezed(
        "\n".join(
            p.extract_text() or ""
            for p in PdfReader(io.BytesIO(render(session, "report", "pdf"))).pages
        )
    )
    markdown = render(session, "report", "md").decode("utf-8")
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
