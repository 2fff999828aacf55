"""Any text a facilitator can type survives storage, the session document and every export.

The rule (workshop_app/domain/limits.py): text is kept exactly as typed, markup, quotes, emoji,
right-to-left scripts and all, up to its length limit. Control characters (other than tab and
line breaks) and lone surrogates are refused with a clear message and nothing is written, by the
repository and by the import alike.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.pdf_text import page_texts
from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.documents.export import render
from workshop_app.domain import Action, limits
from workshop_app.domain.frictions import Friction
from workshop_app.errors import DocumentError, ValidationError

FRAGMENTS = [
    "<b>bold</b>",
    "&amp;",
    "&",
    '"double"',
    "'single'",
    "😀👩‍👩‍👧",
    "مرحبا بالعالم",  # Arabic, right to left
    "שלום עולם",  # Hebrew, right to left
    "销售与市场",
    "銷售與行銷",
    "Zażółć gęślą jaźń",
    "=SUM(A1)",
    "\\n literal backslash-n",
    "<img src='/etc/passwd'/>",
    "\t",
    "\n",
    "  ",
    "\u200f",  # right-to-left mark
]

allowed = st.characters(
    blacklist_categories=("Cs",),
    # C0 controls but tab and line breaks, DEL and the C1 controls.
    blacklist_characters="".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
    + "".join(chr(c) for c in range(0x7F, 0xA0)),
)
hostile = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(allowed, max_size=20)), max_size=8
).map("".join)
forbidden = st.sampled_from(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
    + ["\x7f", "\x80", "\x85", "\x9f", "\ud800", "\udfff"]
)
FEW = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FEW
@given(text=hostile)
def test_any_text_round_trips_through_the_repository_and_the_document(repo, text):
    title = ("T " + text)[: limits.LINE]
    session = library.create_session(repo, "Hostile")  # creating trims the title; editing not
    repo.update_info(session.id, title=title, notes=text, organisation=text[: limits.LINE])
    repo.save_action(session.id, Action(id="a1", title="A " + text[:400], description=text))
    stored = repo.get(session.id)
    stored.frictions.items.append(Friction(id="f-hostile", custom_title=text[:200], notes=text))
    repo.save_section(session.id, "frictions", stored.frictions)
    stored = repo.get(session.id)
    assert stored.info.title == title
    assert stored.info.notes == text
    assert stored.info.organisation == text[: limits.LINE]
    assert stored.actions[0].description == text
    assert stored.frictions.items[-1].notes == text

    document = json.loads(session_document.dumps(stored))
    again = session_document.from_document(document)
    assert again == stored
    repo.purge(session.id)


def test_the_longest_text_round_trips_and_one_more_character_is_refused(repo):
    session = library.create_session(repo, "Long")
    longest = ("Zażółć 销售 שלום 😀 <b>&</b> " * 1000)[: limits.TEXT]
    repo.update_info(session.id, notes=longest)
    assert repo.get(session.id).info.notes == longest
    with pytest.raises(ValidationError, match="20,000"):
        repo.update_info(session.id, notes=longest + "x")
    assert repo.get(session.id).info.notes == longest


@FEW
@given(before=hostile, bad=forbidden, after=hostile)
def test_control_characters_are_refused_everywhere_and_nothing_is_written(
    repo, tmp_path, before, bad, after
):
    text = before + bad + after
    session = library.create_session(repo, "Guarded")
    stored = repo.get(session.id)
    with pytest.raises(ValidationError, match="control character"):
        repo.update_info(session.id, notes=text)
    with pytest.raises(ValidationError, match="control character"):
        repo.save_action(session.id, Action(id="a1", title="Fine", description=text))
    stored.frictions.items.append(Friction(id="f-hostile", custom_title=text[:200], notes=text))
    with pytest.raises(ValidationError, match="control character"):
        repo.save_section(session.id, "frictions", stored.frictions)
    assert repo.get(session.id) == session

    document = json.loads(session_document.dumps(repo.get(session.id)))
    document["session"]["notes"] = text
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), "utf-8", errors="surrogatepass")
    repo.purge(session.id)
    with pytest.raises(DocumentError):
        library.import_file(repo, path)
    assert repo.list_sessions() == []


MARKER = "Q<b>&amp;\"'😀</b>"


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=hostile)
def test_exports_never_break_and_print_text_literally(repo, demo, text):
    session = repo.get(demo.id)
    session.actions[0].title = MARKER + text[:300]
    session.actions[0].description = text
    session.info.notes = text
    printed = "".join(page_texts(render(session, "action-plan", "pdf")))
    assert "Q<b>&amp;\"'" in printed

    report = render(session, "report", "pdf")
    assert report.startswith(b"%PDF")

    markdown = render(session, "action-plan", "md").decode("utf-8")
    assert "Q\\<b\\>\\&amp;\"'😀\\</b\\>" in markdown

    rows = list(csv.reader(io.StringIO(render(session, "action-plan", "csv").decode("utf-8-sig"))))
    titles = [row[1] for row in rows[1:]]
    assert session.actions[0].title in titles
    descriptions = [row[2] for row in rows[1:]]
    assert text in descriptions or "'" + text in descriptions
