"""`truce export` as HR and facilitators use it from a terminal."""

from __future__ import annotations

import csv
import io

from workshop_app.cli import main
from workshop_app.demo import create_demo
from workshop_app.store import Repository


def _demo(db, language="en"):
    repo = Repository.open(db)
    try:
        return create_demo(repo, language).id
    finally:
        repo.close()


def test_export_pdf_action_plan_on_letter_paper(tmp_path, capsys):
    db = tmp_path / "t.db"
    session = _demo(db)
    out = tmp_path / "plan.pdf"
    code = main(
        ["export", session, "--db", str(db), "--format", "pdf", "--paper", "letter", "-o", str(out)]
    )
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in capsys.readouterr().out


def test_export_each_document_and_format(tmp_path):
    db = tmp_path / "t.db"
    session = _demo(db)
    for document, fmt in [
        ("report", "pdf"),
        ("worksheets", "pdf"),
        ("report", "md"),
        ("action-plan", "csv"),
        ("report", "json"),
    ]:
        out = tmp_path / f"{document}.{fmt}"
        assert (
            main(
                [
                    "export",
                    session[:8],
                    "--db",
                    str(db),
                    "--document",
                    document,
                    "--format",
                    fmt,
                    "-o",
                    str(out),
                ]
            )
            == 0
        )
        assert out.stat().st_size > 100
    rows = list(csv.reader(io.StringIO((tmp_path / "action-plan.csv").read_text("utf-8-sig"))))
    assert rows[0][:2] == ["#", "Action"]


def test_export_all_writes_one_action_plan_per_session(tmp_path, capsys):
    db = tmp_path / "t.db"
    _demo(db)
    _demo(db, "pl")
    folder = tmp_path / "plans"
    folder.mkdir()
    assert main(["export", "--all", "--format", "pdf", "--db", str(db), "-o", str(folder)]) == 0
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(f.suffix == ".pdf" for f in files)
    assert len({f.name for f in files}) == 2
    assert capsys.readouterr().out.count("Wrote") == 2


def test_export_into_a_missing_folder_fails_cleanly(tmp_path, capsys):
    db = tmp_path / "t.db"
    session = _demo(db)
    out = tmp_path / "missing" / "plan.pdf"
    assert main(["export", session, "--db", str(db), "--format", "pdf", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    assert not out.parent.exists()


def test_export_all_into_a_missing_folder_fails_cleanly(tmp_path, capsys):
    db = tmp_path / "t.db"
    _demo(db)
    assert (
        main(["export", "--all", "--format", "pdf", "--db", str(db), "-o", str(tmp_path / "nope")])
        == 1
    )
    assert "does not exist" in capsys.readouterr().err


def test_export_to_an_unwritable_folder_leaves_nothing_behind(tmp_path, capsys):
    db = tmp_path / "t.db"
    session = _demo(db)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code = main(
            ["export", session, "--db", str(db), "--format", "pdf", "-o", str(locked / "p.pdf")]
        )
        if code == 0:  # running as root: permissions are not enforced
            return
        assert code == 1
        assert "Cannot write" in capsys.readouterr().err
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_export_needs_a_session_or_all_but_not_both(tmp_path, capsys):
    db = tmp_path / "t.db"
    session = _demo(db)
    assert main(["export", "--format", "pdf", "--db", str(db), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Name the session" in capsys.readouterr().err
    assert main(["export", session, "--all", "--db", str(db), "-o", str(tmp_path)]) == 1
    assert "not both" in capsys.readouterr().err


def test_export_of_an_unknown_session_names_the_problem(tmp_path, capsys):
    db = tmp_path / "t.db"
    _demo(db)
    assert main(["export", "no-such-session", "--db", str(db), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "No session matches" in capsys.readouterr().err
