"""What HR gets at their desks: every held workshop's action plan in one go, named so they can
be told apart; CSV their spreadsheet opens in columns; a real .xlsx with dates and history."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from workshop_app.cli import main
from workshop_app.demo import create_demo_series, demo_session
from workshop_app.documents import csv_export
from workshop_app.documents.export import render
from workshop_app.documents.wording import Wording
from workshop_app.store import Repository

TODAY = date(2026, 4, 2)


@pytest.fixture
def library(tmp_path):
    """The demo series, and a follow-up planned for a day still to come."""
    db = tmp_path / "t.db"
    repo = Repository.open(db)
    sessions = create_demo_series(repo, "en", TODAY)
    planned = demo_session("en", TODAY)
    planned.info = replace(
        planned.info, title="Autumn follow-up", date="2099-10-01", series_id=sessions[0].id
    )
    repo.add(planned)
    repo.close()
    return db, sessions


def test_export_all_writes_pdfs_named_by_date_organisation_and_title(library, tmp_path, capsys):
    db, sessions = library
    folder = tmp_path / "plans"
    folder.mkdir()
    assert main(["export", "--all", "--db", str(db), "-o", str(folder)]) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3 and all(n.endswith(".pdf") for n in names)
    for session in sessions:
        info = session.info
        assert f"{info.date} {info.organisation} – {info.title} – action-plan.pdf" in names
    # The follow-up still to come is not filed as if it had been held.
    assert not any("Autumn follow-up" in n for n in names)
    assert capsys.readouterr().out.count("Wrote") == 3


def test_export_all_can_include_the_workshops_still_to_come(library, tmp_path):
    db, _ = library
    folder = tmp_path / "plans"
    folder.mkdir()
    argv = ["export", "--all", "--include-planned", "--db", str(db), "-o", str(folder)]
    assert main(argv) == 0
    assert any("Autumn follow-up" in p.name for p in folder.iterdir())


@pytest.mark.parametrize(("language", "delimiter"), [("en", ","), ("pl", ";"), ("nl", ";")])
def test_csv_headers_are_localised_and_split_the_way_the_locale_does(language, delimiter):
    session = demo_session(language, TODAY)
    words = Wording.of(session)
    data = render(session, fmt="csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert csv_export.delimiter(language) == delimiter
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    assert rows[0][:3] == ["#", words("action"), words("description")]
    assert len(rows) == len(session.actions) + 1 and len(rows[1]) == len(rows[0])
    assert rows[1][1] == session.actions[0].title


def _xlsx(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return {name: book.read(name).decode("utf-8") for name in book.namelist()}


@pytest.mark.parametrize("language", ["en", "pl", "zh_TW"])
def test_the_xlsx_has_localised_headers_real_dates_and_the_history_on_its_own_sheet(language):
    session = demo_session(language, TODAY)
    words = Wording.of(session)
    parts = _xlsx(render(session, fmt="xlsx"))
    sheets = re.findall(r'<sheet name="([^"]+)"', parts["xl/workbook.xml"])
    assert sheets == [words("actions"), words("history")]
    strings = parts["xl/sharedStrings.xml"]
    for header in (words("action"), words("due"), words("changed_on"), words("comment")):
        assert f">{header}<" in strings
    # The first action's due date is a number (a date serial) shown in a date format.
    due = date.fromisoformat(session.actions[0].due)
    serial = (due - date(1899, 12, 30)).days
    cell = re.search(r'<c r="F2" s="(\d+)"><v>([\d.]+)</v>', parts["xl/worksheets/sheet1.xml"])
    assert cell and float(cell.group(2)) == serial
    assert "yyyy-mm-dd" in parts["xl/styles.xml"]
    # One history row per recorded change, with its comment.
    history = parts["xl/worksheets/sheet2.xml"]
    assert history.count("<row ") == len(session.history) + 1
    assert session.history[0].comment.split()[0] in strings


def test_the_xlsx_keeps_formula_looking_text_as_text():
    session = demo_session("en", TODAY)
    session.actions[0].title = '=HYPERLINK("http://x")'
    parts = _xlsx(render(session, fmt="xlsx"))
    assert "<f>" not in parts["xl/worksheets/sheet1.xml"]


def test_the_cli_exports_xlsx(library, tmp_path):
    db, sessions = library
    out = tmp_path / "plan.xlsx"
    argv = ["export", sessions[-1].id, "--format", "xlsx", "--db", str(db), "-o", str(out)]
    assert main(argv) == 0
    assert zipfile.is_zipfile(out)
