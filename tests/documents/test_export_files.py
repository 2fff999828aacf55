"""Exported files: private to their owner whatever the umask, and `export --all` writes one file
per session under a name no other file of the batch has, and carries on past a failure."""

from __future__ import annotations

import os
import stat
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.cli import main
from workshop_app.demo import demo_session
from workshop_app.documents import export as export_module
from workshop_app.documents.export import export, export_all, file_name
from workshop_app.documents.files import NAME_BYTES
from workshop_app.store import Repository


@pytest.fixture(scope="module")
def demo_as_built():
    return demo_session("en")


@pytest.fixture
def open_umask():
    previous = os.umask(0o002)
    yield
    os.umask(previous)


def add(repo, organisation: str, number: int, **info) -> str:
    session = demo_session("en")
    session.info = replace(
        session.info, id=f"{number:04d}" + session.info.id[4:], organisation=organisation, **info
    )
    return repo.add(session).id


@pytest.mark.parametrize("fmt", ["pdf", "md", "csv", "json"])
def test_an_exported_document_is_readable_by_its_owner_only(repo, demo, tmp_path, open_umask, fmt):
    path = export(repo, demo.id, tmp_path / f"plan.{fmt}", fmt=fmt)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    export(repo, demo.id, path, fmt=fmt)  # replacing an existing file keeps it private
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_export_all_gives_every_file_its_own_name(tmp_path, open_umask):
    repo = Repository.open(tmp_path / "t.db")
    composed, decomposed = "Caf\u00e9 Lumi\u00e8re", "Cafe\u0301 Lumie\u0300re"
    for number, organisation in enumerate(["Acme", "ACME", "acme", composed, decomposed]):
        add(repo, organisation, number)
    folder = tmp_path / "plans"
    folder.mkdir()
    results = export_all(repo, folder, fmt="md")
    repo.close()
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 5 and all(r.path and not r.problem for r in results)
    folded = {n.casefold() for n in names}
    assert len(folded) == 5  # a disk that ignores case would still hold five files
    assert any(n.endswith(" action-plan-2.md") for n in names)
    assert any(n.endswith(" action-plan-3.md") for n in names)
    assert all(stat.S_IMODE((folder / n).stat().st_mode) == 0o600 for n in names)


def test_export_all_shortens_names_that_would_not_fit_on_a_disk(tmp_path):
    repo = Repository.open(tmp_path / "t.db")
    add(repo, "销" * 200, 1)
    add(repo, "😀" * 200, 2)
    add(repo, "销" * 200, 3)
    folder = tmp_path / "plans"
    folder.mkdir()
    results = export_all(repo, folder, fmt="pdf")
    repo.close()
    assert [r.problem for r in results] == ["", "", ""]
    assert all(len(os.fsencode(p.name)) <= NAME_BYTES for p in folder.iterdir())
    assert len(list(folder.iterdir())) == 3


def test_export_all_reports_each_failure_and_carries_on(tmp_path, capsys, monkeypatch):
    db = tmp_path / "t.db"
    repo = Repository.open(db)
    for number, organisation in enumerate(["Alpha", "Broken one", "Gamma", "Broken two"]):
        add(repo, organisation, number, title=f"Workshop {organisation}")
    repo.close()
    real = export_module.render

    def render(session, *args):
        if session.info.organisation.startswith("Broken"):
            raise RuntimeError("the renderer broke")
        return real(session, *args)

    monkeypatch.setattr(export_module, "render", render)
    folder = tmp_path / "plans"
    folder.mkdir()
    code = main(["export", "--all", "--format", "md", "--db", str(db), "-o", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.count("Wrote") == 2 and len(list(folder.iterdir())) == 2
    lines = err.strip().splitlines()
    assert len(lines) == 3 and "Traceback" not in err
    assert "“Workshop Broken one” was not exported" in lines[0] + lines[1]
    assert "did not expect (RuntimeError)" in lines[0]
    assert lines[2] == "truce: 2 of 4 sessions could not be exported."


@settings(max_examples=60, deadline=None)
@given(
    organisation=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=1), max_size=300
    )
)
def test_a_file_name_always_fits_with_room_for_a_number(demo_as_built, organisation):
    # A file name reads the session's info: each example names a copy of the one demo session.
    session = replace(demo_as_built, info=replace(demo_as_built.info, organisation=organisation))
    for fmt in ("pdf", "json"):
        name = file_name(session, "worksheets", fmt)
        assert len(os.fsencode(name + "-9999")) <= NAME_BYTES
        assert "/" not in name and name.endswith(f"worksheets.{fmt}")
