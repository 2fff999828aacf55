"""Markdown, CSV and JSON exports: literal user text, one CSV row per action, samples current."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from workshop_app.documents import action_table, markdown
from workshop_app.documents.export import render
from workshop_app.documents.session_document import loads
from workshop_app.errors import ValidationError

from .conftest import HOSTILE


def test_markdown_escapes_markup_so_it_shows_literally(session):
    text = render(session, "report", "md").decode("utf-8")
    # Every "<" a user typed is escaped; the only raw HTML is our own line break.
    assert re.search(r"(?<!\\)<(?!br>)", text) is None
    assert r"\<b\>bold\</b\> \& \<img src=" in text
    assert "Zażółć gęślą jaźń 销售与市场" in text
    assert text.count("\n") > 100


def test_markdown_keeps_user_lines_from_becoming_headings_or_lists():
    assert markdown.md("# not a heading") == r"\# not a heading"
    assert markdown.md("- not a list") == r"\- not a list"
    assert markdown.md("12. not a list") == r"12\. not a list"
    assert markdown.md("a | b") == r"a \| b"
    assert markdown.md("one\ntwo") == "one<br>two"


def test_markdown_action_plan_groups_actions_and_lists_goals(session):
    text = render(session, "action-plan", "md", group_by="department").decode("utf-8")
    assert "## Shared goals" in text
    assert "### Marketing" in text
    assert "## Participants" not in text


def test_csv_has_one_row_per_action_and_reads_back_literally(session):
    data = render(session, "action-plan", "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(session.actions)
    assert rows[0]["Action"] == HOSTILE
    assert rows[5]["Description"] == session.actions[5].description
    assert rows[0]["Responds to"].startswith("Friction: ")
    assert len(rows[0]) == len(action_table.COLUMNS)


def test_csv_defuses_spreadsheet_formulas(session):
    session.actions[0].title = '=HYPERLINK("http://evil")'
    session.actions[1].owner = "@SUM(A1)"
    session.actions[2].title = "-12"
    rows = list(
        csv.DictReader(io.StringIO(render(session, "action-plan", "csv").decode("utf-8-sig")))
    )
    assert rows[0]["Action"] == '\'=HYPERLINK("http://evil")'
    assert rows[1]["Owner"] == "'@SUM(A1)"
    assert rows[2]["Action"] == "-12"  # a plain number stays a number


def test_json_export_is_the_session_document(session):
    data = render(session, "report", "json")
    assert json.loads(data)["format"] == "truce-session"
    assert loads(data).actions[0].title == HOSTILE


@pytest.mark.parametrize(
    ("document", "fmt", "paper", "group_by"),
    [
        ("memo", "pdf", "a4", "owner"),
        ("report", "docx", "a4", "owner"),
        ("report", "pdf", "a3", "owner"),
        ("report", "pdf", "a4", "colour"),
        ("worksheets", "md", "a4", "owner"),
    ],
)
def test_unknown_choices_are_refused_with_a_clear_message(session, document, fmt, paper, group_by):
    with pytest.raises(ValidationError):
        render(session, document, fmt, paper, group_by)


def test_sample_exports_are_current(tmp_path, sample_document, monkeypatch):
    """exports/ must match what `make samples` makes from the demo session today."""
    from workshop_app import samples
    from workshop_app.samples import SAMPLES, generate

    # The very documents the other document tests read (made once per run): the sessions they
    # print are made by the same samples.sample_session.
    monkeypatch.setattr(
        samples,
        "render",
        lambda session, document, fmt, paper, printed_at: sample_document(
            session.info.language, document, fmt, paper
        ),
    )
    generate(tmp_path)
    exports = Path(__file__).resolve().parents[2] / "exports"
    stale = [
        name
        for name in SAMPLES
        if not (exports / name).exists()
        or (exports / name).read_bytes() != (tmp_path / name).read_bytes()
    ]
    assert not stale, f"exports/ is out of date ({', '.join(stale)}): run `make samples`"


@pytest.mark.parametrize(
    ("language", "colon", "wrong"), [("zh_TW", "：", ": "), ("pl", ": ", "：")]
)
def test_labels_end_with_the_colon_of_the_documents_language(language, colon, wrong):
    from workshop_app.demo import demo_session
    from workshop_app.documents.wording import Wording

    session = demo_session(language)
    words = Wording.of(session)
    text = markdown.render(session, "action-plan")
    assert f"{words('owner')}{colon}" in text
    assert f"{words('owner')}{wrong}" not in text
    assert words.label("reason") == words("reason") + colon
    linked = next(a for a in session.actions if a.source_kind)
    answers = words.responds_to(session, linked)
    assert colon in answers and wrong not in answers


def test_markdown_is_dated_like_the_pdf(session):
    from datetime import UTC, datetime

    from workshop_app.domain import ActionStatus

    session.actions[1].status = ActionStatus.PLANNED
    session.actions[1].due = "2026-04-01"
    early = render(session, "action-plan", "md", printed_at=datetime(2026, 3, 1, tzinfo=UTC))
    late = render(session, "action-plan", "md", printed_at=datetime(2026, 5, 1, tzinfo=UTC))
    assert "1 March 2026" in early.decode() and "Overdue" not in early.decode()
    assert "1 May 2026" in late.decode() and "Overdue" in late.decode()


def test_sealed_role_swap_answers_are_in_no_report_until_the_reveal(session):
    from dataclasses import replace

    said = [a.text.strip().splitlines()[0] for a in session.role_swap.answers if a.text.strip()]
    assert said
    sealed = replace(session, role_swap=replace(session.role_swap, sealed=True))
    text = render(sealed, "report", "md").decode("utf-8")
    revealed = render(session, "report", "md").decode("utf-8")
    assert not [line for line in said if markdown.md(line) in text]
    assert [line for line in said if markdown.md(line) in revealed]
