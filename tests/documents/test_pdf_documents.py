"""The printed documents as HR and the room get them: every document, language and paper size."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from tests.pdf_text import page_texts, pdf_text
from workshop_app.documents.export import render
from workshop_app.domain import Session, SessionInfo

from .conftest import CHINESE, HOSTILE, POLISH, PRINTED

DOCUMENTS = ("action-plan", "report", "worksheets")


def text_of(data: bytes) -> str:
    return pdf_text(data)


def squeezed(text: str) -> str:
    """Text without white space: a long string may wrap anywhere in a table cell."""
    return "".join(text.split())


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_document_prints_in_every_language(any_language_session, document, printed):
    data = printed(any_language_session.info.language, document)
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    text = text_of(data)
    pages = len(reader.pages)
    assert f"1 of {pages}" in text or f"1 z {pages}" in text or f"{pages}" in text
    if document != "worksheets":
        assert squeezed(any_language_session.info.title) in squeezed(text)


def test_hostile_text_prints_literally_and_reads_no_file(printed):
    for document in ("action-plan", "report"):
        data = printed("en", document)
        text = squeezed(text_of(data))
        assert squeezed(HOSTILE) in text
        assert "<Holding>&Co" in text
        # <img src=…> must stay text: no image is embedded and no local file is read.
        assert b"/Subtype /Image" not in data
        assert b"root:x:" not in data


def test_polish_and_chinese_text_extract_as_typed(any_language_session, printed):
    text = squeezed(text_of(printed(any_language_session.info.language, "report")))
    assert squeezed("Zażółć gęślą jaźń") in text
    assert "销售与市场" in text
    assert "😀" in text
    if any_language_session.info.language == "pl":
        assert squeezed(POLISH) in text
    if any_language_session.info.language == "zh_CN":
        assert squeezed(CHINESE) in text


def _fonts(data: bytes) -> list[dict]:
    fonts = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.append(font.get_object())
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            res = xobject.get_object().get("/Resources")
            if res and "/Font" in res:
                fonts += [f.get_object() for f in res["/Font"].values()]
    return fonts


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_font_is_embedded(any_language_session, document, printed):
    data = printed(any_language_session.info.language, document)
    fonts = _fonts(data)
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
    assert b"Helvetica" not in data


def test_pdffonts_reports_every_font_embedded(printed, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler's pdffonts is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(printed("en", "report"))
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = lines.stdout.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), lines.stdout


def test_chinese_session_uses_the_chinese_font(printed):
    data = printed("zh_CN", "action-plan")
    names = {str(f["/BaseFont"]) for f in _fonts(data)}
    assert any("WenQuanYi" in n for n in names)
    assert not any("DejaVu" in n for n in names if "Bold" in n)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_same_session_printed_at_the_same_time_gives_the_same_bytes(session, document, printed):
    # ``printed`` made its copy of the same session at the same time earlier in this run.
    assert render(session, document, "pdf", "a4", printed_at=PRINTED) == printed("en", document)


def test_a_pdf_is_dated_when_it_is_made_not_in_2000(session, printed):
    before = datetime.now(UTC).replace(microsecond=0)
    reader = PdfReader(io.BytesIO(render(session, "action-plan", "pdf")))
    made = reader.metadata.creation_date
    assert made.tzinfo is not None
    assert before <= made.astimezone(UTC) <= datetime.now(UTC) + timedelta(seconds=1)
    # A fixed time (the samples' way of staying reproducible) is the time the file carries,
    # in its own time zone.
    fixed = PdfReader(io.BytesIO(printed("en", "action-plan")))
    assert fixed.metadata.creation_date == PRINTED
    when = datetime(2026, 5, 4, 10, 15, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    tiny = Session(info=SessionInfo(id="tiny", title="Dated"))
    dated = PdfReader(io.BytesIO(render(tiny, "action-plan", "pdf", printed_at=when)))
    assert dated.metadata.creation_date == when
    assert dated.metadata.creation_date.utcoffset() == when.utcoffset()


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(printed, paper, size):
    reader = PdfReader(io.BytesIO(printed("en", "action-plan", paper)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_pages_are_numbered_page_n_of_m(printed):
    texts = page_texts(printed("en", "action-plan"))
    pages = len(texts)
    assert pages > 3  # thirty-odd actions and a 20,000-character description
    assert f"Page 1 of {pages}" in texts[0]
    assert f"Page {pages} of {pages}" in texts[-1]


def test_table_headers_repeat_on_every_page_of_the_action_plan(printed):
    for text in page_texts(printed("en", "action-plan"))[1:-1]:
        assert "Progress at the" in text


def test_actions_group_by_department(printed):
    by_owner = text_of(printed("en", "action-plan", group_by="owner"))
    by_department = text_of(printed("en", "action-plan", group_by="department"))
    assert "Tom Becker · " in by_owner
    assert "Marketing · " in by_department and "Tom Becker · " not in by_department


def test_the_action_plan_has_signature_lines_and_follow_up(printed):
    text = text_of(printed("en", "action-plan"))
    assert "Head of Sales" in text and "Head of Marketing" in text
    assert "11 June 2026" in text  # the follow-up date, written out in the session's language


def test_an_empty_session_prints_calm_lines_instead_of_crashing():
    empty = Session(info=SessionInfo(id="empty", title="Nothing yet"))
    for document in DOCUMENTS:
        assert render(empty, document, "pdf").startswith(b"%PDF")
    text = text_of(render(empty, "report", "pdf"))
    assert "Nothing recorded" in text
    assert "No actions have been recorded yet." in text


def test_control_characters_and_lone_surrogates_do_not_break_the_pdf(session):
    session.actions[0].title = "bell\x07 nul\x00 surrogate\ud800 end"
    text = text_of(render(session, "action-plan", "pdf"))
    assert "bell nul surrogate end" in text


@pytest.mark.parametrize("language", ["en", "pl", "nl", "zh_CN", "zh_TW"])
def test_the_demo_prints_every_document_on_both_paper_sizes(sample_document, language):
    """A heading kept with a short block near a US Letter page's foot was a LayoutError. (The
    demo as `truce demo` stores it, printed as `make samples` prints it; other tests read the
    same documents.) The worksheets print nothing of a session but its title and names, which
    the demo series' latest workshop shares: test_every_paper prints those on both papers in
    every language, page for page the same text."""
    for document in ("action-plan", "report"):
        for paper in ("a4", "letter"):
            data = sample_document(language, document, paper=paper)
            assert data.startswith(b"%PDF"), (document, paper)
