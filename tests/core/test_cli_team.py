"""The command line against a team library on a real PostgreSQL server: every command, and
publishing and taking out with their conflicts, as a facilitator would type them."""

from __future__ import annotations

import json
import re

import pytest

from workshop_app.cli import main
from workshop_app.store import Repository
from workshop_app.store.team.repository import TeamRepository


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team(team_repo, team_address) -> str:
    """The team library's address (emptied after the test by team_repo)."""
    return team_address


def test_demo_list_export_import_against_a_team_library(capsys, tmp_path, team, team_repo):
    code, out, err = run(capsys, "demo", "--db", team)
    assert code == 0, err
    code, out, _ = run(capsys, "list", "--db", team)
    session_id = out.split()[0]
    assert code == 0 and "Brightwater Instruments" in out
    # When, as the documents write a date: "3 December 2026 14:56 UTC".
    assert re.search(
        r"  · changed by truce_admin on \d{1,2} [A-Z][a-z]+ 20\d\d \d\d:\d\d UTC$", out
    )
    target = tmp_path / "s.json"
    code, _, err = run(
        capsys, "export", session_id, "--format", "json", "-o", str(target), "--db", team
    )
    assert code == 0, err
    assert json.loads(target.read_text("utf-8"))["session"]["id"] == session_id
    pdf = tmp_path / "plan.pdf"
    assert (
        run(capsys, "export", session_id, "--format", "pdf", "-o", str(pdf), "--db", team)[0] == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "import", str(target), "--db", team)
    assert code == 1 and "already in the library" in err
    code, out, _ = run(capsys, "import", str(target), "--as-copy", "--db", team)
    assert code == 0
    assert len(team_repo.list_sessions()) == 2


def test_truce_db_and_a_service_name_reach_the_team_library(
    capsys, tmp_path, monkeypatch, team, team_server
):
    monkeypatch.setenv("TRUCE_DB", team)
    assert run(capsys, "demo")[0] == 0
    services = tmp_path / "pg_service.conf"
    database = team.split("@/")[1].split("?")[0]
    services.write_text(
        f"[truce]\nhost={team_server.socket_dir}\nuser=truce_admin\ndbname={database}\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.delenv("TRUCE_DB")
    code, out, _ = run(capsys, "list", "--db", "service=truce")
    assert code == 0 and "Brightwater Instruments" in out


def test_a_refused_connection_is_one_line_without_a_traceback(capsys, tmp_path):
    code, out, err = run(capsys, "list", "--db", f"postgresql://ana@/truce?host={tmp_path}")
    assert code == 1 and out == ""
    assert err.startswith("truce: Truce cannot reach the team library “truce” on this computer (")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_backup_and_restore_are_for_a_library_file(capsys, team, team_repo):
    code, _, err = run(capsys, "backup", "--db", team)
    assert code == 1 and "backed up on its server" in err


def test_publish_take_out_and_a_stale_version_refused(capsys, tmp_path, team, team_repo):
    mine = str(tmp_path / "mine.db")
    run(capsys, "demo", "--db", mine)
    session_id = run(capsys, "list", "--db", mine)[1].split()[0]
    code, out, err = run(capsys, "publish", session_id, "--to", team, "--db", mine)
    assert code == 0, err
    assert out.startswith("Published “") and "(version 1)" in out
    code, out, _ = run(capsys, "publish", session_id, "--to", team, "--db", mine)
    assert code == 0 and "already published as it is (version 1" in out

    # A department head updates an action in the team library, meanwhile the facilitator
    # edits the same session on the laptop: publishing is refused, nothing overwritten.
    action = team_repo.get(session_id).actions[0]
    team_repo.update_action(session_id, action.id, "dropped", comment="No budget")
    local = Repository.open(tmp_path / "mine.db")
    local.update_info(session_id, location="Sala Łódź <b>&</b>")
    local.close()
    code, out, err = run(capsys, "publish", session_id, "--to", team, "--db", mine)
    assert code == 1 and out == ""
    assert "changed in the team library" in err and "it is at version 2" in err
    assert "you last met version 1" in err and "nothing was overwritten" in err
    assert "This computer" in err and "Location" in err and "Dropped · " in err  # side by side
    assert str(team_repo.get(session_id).actions[0].status) == "dropped"
    assert team_repo.get(session_id).info.location != "Sala Łódź <b>&</b>"

    # Taking it out is refused too (the laptop's copy changed) unless chosen as a copy.
    code, _, err = run(capsys, "take-out", session_id, "--from", team, "--db", mine)
    assert code == 1 and "changed in this computer's library" in err
    code, out, err = run(capsys, "take-out", session_id, "--from", team, "--db", mine, "--as-copy")
    assert code == 0 and out.startswith("Took out a copy of"), err
    # Chosen knowingly: the laptop's version replaces the team's.
    code, out, err = run(capsys, "publish", session_id, "--to", team, "--db", mine, "--update")
    assert code == 0 and out.startswith("Updated “") and "(version 3)" in out, err
    assert team_repo.get(session_id).info.location == "Sala Łódź <b>&</b>"
    assert team_repo.stamp(session_id)["version"] == 3


def test_taking_out_to_work_offline_and_publishing_back(capsys, tmp_path, team, team_repo):
    run(capsys, "demo", "--db", team)
    session_id = team_repo.session_ids()[0]
    laptop = str(tmp_path / "laptop.db")
    code, out, err = run(capsys, "take-out", session_id[:8], "--from", team, "--db", laptop)
    assert code == 0 and out.startswith("Took out “") and "version 1" in out, err
    # Offline, in a room with no network: a follow-up changes an action.
    local = Repository.open(tmp_path / "laptop.db")
    action = local.get(session_id).actions[1]
    local.update_action(session_id, action.id, "in_progress", comment="Started in the room")
    local.close()
    # Meanwhile the team changed nothing: publishing back simply updates.
    code, out, err = run(capsys, "publish", session_id, "--to", team, "--db", laptop)
    assert code == 0 and out.startswith("Updated “") and "(version 2)" in out, err
    history = team_repo.action_history(session_id, action.id)
    assert [e.comment for e in history][-1] == "Started in the room"
    # The team moves on; the laptop, unchanged since, takes the new version without a question.
    team_repo.update_info(session_id, location="Gdańsk")
    code, out, err = run(capsys, "take-out", session_id, "--from", team, "--db", laptop)
    assert code == 0 and out.startswith("Brought up to date"), err
    local = Repository.open(tmp_path / "laptop.db")
    assert local.get(session_id).info.location == "Gdańsk"
    local.close()


def test_publish_needs_a_team_library_and_a_local_one(capsys, tmp_path, team):
    code, _, err = run(capsys, "publish", "x", "--to", str(tmp_path / "other.db"))
    assert code == 1 and "is not a team library" in err
    code, _, err = run(capsys, "publish", "x", "--to", team, "--db", team)
    assert code == 1 and "--db names this computer's library here" in err


def test_a_team_session_is_a_team_repository(team):
    repo = TeamRepository.connect(team)
    try:
        assert repo.path is None and repo.where.startswith("the team library “truce_")
    finally:
        repo.close()


def test_sslmode_and_every_parameter_reach_libpq_as_written(capsys, team):
    # libpq itself refuses a mode it does not know: the address was passed through whole.
    code, _, err = run(capsys, "list", "--db", f"{team}&sslmode=sometimes")
    assert code == 1 and 'invalid sslmode value: "sometimes"' in err
    assert run(capsys, "list", "--db", f"{team}&sslmode=prefer")[0] == 0


def test_publishing_and_its_conflict_in_polish_and_chinese(capsys, tmp_path, team, team_repo):
    mine = str(tmp_path / "mine.db")
    run(capsys, "demo", "--db", mine)
    session_id = run(capsys, "list", "--db", mine)[1].split()[0]
    code, out, err = run(
        capsys, "--lang", "zh_CN", "publish", session_id, "--to", team, "--db", mine
    )
    assert code == 0, err
    assert out.startswith("已将“Sales and Marketing alignment workshop”发布到团队资料库本机上的“")
    assert out.endswith("（第 1 版）。\n")
    team_repo.update_info(session_id, location="Sala B")
    local = Repository.open(tmp_path / "mine.db")
    local.update_info(session_id, location="Sala Łódź <b>&</b>")
    local.close()
    code, out, err = run(capsys, "--lang", "pl", "publish", session_id, "--to", team, "--db", mine)
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert (
        lines[0].startswith("  ")
        and "Ten komputer" in lines[0]
        and "│ Biblioteka zespołu" in lines[0]
    )
    assert any(re.fullmatch(r"  Miejsce +Sala Łódź <b>&</b> +│ Sala B", line) for line in lines), (
        err
    )
    assert "Location" not in err
