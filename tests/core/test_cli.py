"""The headless command line, as a facilitator or an HR colleague would type it."""

from __future__ import annotations

import json

from workshop_app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_list_export_import(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0 and "Sales and Marketing alignment workshop" in out
    code, out, _ = run(capsys, "list", "--db", db)
    session_id = out.split()[0]
    assert code == 0 and "Brightwater Instruments" in out
    target = tmp_path / "s.json"
    code, out, _ = run(
        capsys, "export", session_id, "--format", "json", "-o", str(target), "--db", db
    )
    assert code == 0 and json.loads(target.read_text("utf-8"))["session"]["id"] == session_id
    other = str(tmp_path / "other.db")
    code, out, _ = run(capsys, "import", str(target), "--db", other)
    assert code == 0 and session_id in out
    code, out, _ = run(capsys, "list", "--db", other)
    assert session_id in out


def test_export_by_title(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    run(capsys, "demo", "--db", db)
    code, _, _ = run(
        capsys,
        "export",
        "Sales and Marketing alignment workshop",
        "-o",
        str(tmp_path / "t.json"),
        "--db",
        db,
    )
    assert code == 0


def test_errors_go_to_stderr_with_status_1_and_no_traceback(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "truce-session", "version": 1}')
    code, out, err = run(capsys, "import", str(bad), "--db", db)
    assert code == 1 and out == ""
    assert err.startswith("truce: ") and "lacks the field" in err and "Traceback" not in err
    code, _, err = run(capsys, "export", "nothing", "-o", str(tmp_path / "x.json"), "--db", db)
    assert code == 1 and "No session matches" in err
    run(capsys, "demo", "--db", db)
    session_id = run(capsys, "list", "--db", db)[1].split()[0]
    code, _, err = run(
        capsys, "export", session_id, "-o", str(tmp_path / "missing" / "x.json"), "--db", db
    )
    assert code == 1 and "does not exist" in err


def test_reimporting_needs_a_choice(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    run(capsys, "demo", "--db", db)
    session_id = run(capsys, "list", "--db", db)[1].split()[0]
    path = tmp_path / "s.json"
    run(capsys, "export", session_id, "-o", str(path), "--db", db)
    code, _, err = run(capsys, "import", str(path), "--db", db)
    assert code == 1 and "already in the library" in err
    code, out, _ = run(capsys, "import", str(path), "--as-copy", "--db", db)
    assert code == 0 and "(copy)" in out


def test_truce_db_environment_variable_chooses_the_database(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TRUCE_DB", str(tmp_path / "env.db"))
    run(capsys, "demo")
    assert (tmp_path / "env.db").exists()


def test_backup_and_restore_from_the_command_line(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    run(capsys, "demo", "--db", db)
    code, out, _ = run(capsys, "backup", "--db", db)
    assert code == 0 and "Backed up to" in out
    session_id = run(capsys, "list", "--db", db)[1].split()[0]
    run(capsys, "demo", "--db", db)  # a second session, after the backup
    code, out, _ = run(capsys, "restore", "--db", db)
    assert code == 0 and "Restored" in out
    assert run(capsys, "list", "--db", db)[1].split()[0] == session_id
    assert len(run(capsys, "list", "--db", db)[1].strip().splitlines()) == 1
    code, out, _ = run(capsys, "restore", "--list", "--db", db)
    assert "before-restore" in out and "manual" in out
    code, _, err = run(capsys, "restore", str(tmp_path / "nope.db"), "--db", db)
    assert code == 1 and "not a backup file" in err
