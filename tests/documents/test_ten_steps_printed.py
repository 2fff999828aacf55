"""The ten steps in the report: both departments' levels, the gap between them, the room's level."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from pypdf import PdfReader

from workshop_app.documents.export import render
from workshop_app.domain import Checklist, ChecklistStep
from workshop_app.languages import CODES
from workshop_app.paths import resources_dir

from .conftest import HOSTILE, full_session


def labels(language: str) -> dict[str, str]:
    return json.loads(
        (resources_dir() / "content" / language / "documents.json").read_text("utf-8")
    )


def squeezed(text: str) -> str:
    return "".join(text.split())


def split_session(language: str):
    steps = Checklist(
        [
            ChecklistStep("s1", current=2, target=4, sales=4, marketing=1, evidence=HOSTILE),
            ChecklistStep("s2", current=3, target=3, sales=3, marketing=2),
            ChecklistStep("s3", current=1, target=2),  # rated by the room alone, as before
        ]
    )
    return replace(full_session(language), checklist=steps)


@pytest.mark.parametrize("language", CODES)
def test_the_report_prints_each_departments_level_and_the_gap(language):
    session = split_session(language)
    words = labels(language)
    pdf = squeezed(
        "\n".join(
            p.extract_text() or ""
            for p in PdfReader(io.BytesIO(render(session, "report", "pdf"))).pages
        )
    )
    header = "".join(
        squeezed(words[k]) for k in ("sales", "marketing", "gap", "current", "target_level")
    )
    assert header in pdf
    # Step 1: Sales 4, Marketing 1, gap +3, today 2, target 4; step 3 keeps the room's levels.
    assert "4/51/5+32/54/5" in pdf
    assert "3/52/5+13/53/5" in pdf
    assert "–––1/52/5" in pdf
    assert squeezed(words["step_gap_explained"]) in pdf
    markdown = render(session, "report", "md").decode("utf-8")
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
