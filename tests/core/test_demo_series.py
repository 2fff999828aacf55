"""The demo series: three Brightwater workshops over a year, linked, showing progress."""

from __future__ import annotations

from datetime import date

import pytest

from workshop_app.cli import main
from workshop_app.demo import create_demo_series, demo_series
from workshop_app.domain import ActionStatus, Decision
from workshop_app.domain.session import LANGUAGES
from workshop_app.series import compare

TODAY = date(2026, 4, 2)


def test_three_linked_workshops_a_year_apart_ending_at_the_demo(repo):
    first, middle, latest = create_demo_series(repo, "en", TODAY)
    assert [s.info.date for s in (first, middle, latest)] == [
        "2025-03-12",
        "2025-09-12",
        "2026-03-12",
    ]
    assert latest.info.title == "Sales and Marketing alignment workshop"
    assert {s.info.series_id for s in (first, middle, latest)} == {first.id}
    assert (first.info.previous_id, middle.info.previous_id, latest.info.previous_id) == (
        "",
        first.id,
        middle.id,
    )
    assert [s.id for s in repo.series(first.id)] == [first.id, middle.id, latest.id]
    summaries = {s.id: s for s in repo.list_sessions()}
    assert [summaries[s.id].series_position for s in (first, middle, latest)] == [1, 2, 3]
    assert {summaries[s.id].series_size for s in (first, middle, latest)} == {3}


def test_the_comparison_shows_a_year_of_progress():
    result = compare(demo_series("en", TODAY))
    overall = [w.scores["all"] for w in result.workshops]
    assert overall == [39, 45, 48]
    assert [w.stage for w in result.workshops] == ["undefined", "defined", "defined"]
    assert [w.scores["sales"] for w in result.workshops] == [26, 35, 40]
    assert [round(w.gap, 2) for w in result.workshops] == [1.42, 1.2, 1.17]
    assert [w.gap_trend for w in result.workshops] == [None, "narrowing", "narrowing"]
    assert [w.mean_current for w in result.workshops] == pytest.approx([1.2, 1.6, 2.0])
    revenue = next(g for g in result.goals if g.metric == "revenue_growth")
    assert [f.value for f in revenue.figures] == [1, 2.5, 4]
    assert [w.completion.rate for w in result.workshops] == pytest.approx([4 / 5, 5 / 7, 2 / 12])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_series_exists_in_every_language(repo, language):
    sessions = create_demo_series(repo, language, TODAY)
    assert len(sessions) == 3 and len({s.info.title for s in sessions}) == 3
    assert len({s.info.language for s in sessions}) == 1
    assert compare(sessions).workshops[0].scores["all"] == 39


def test_truce_demo_series_on_the_command_line(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    assert main(["demo", "--series", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.count("Created “") == 3
    assert main(["list", "--db", db]) == 0
    session_id = capsys.readouterr().out.split()[0]
    target = tmp_path / "series.pdf"
    assert (
        main(
            [
                "export",
                "--document",
                "series",
                session_id,
                "-o",
                str(target),
                "--format",
                "pdf",
                "--db",
                db,
            ]
        )
        == 0
    )
    assert target.read_bytes().startswith(b"%PDF")


def test_a_lone_session_has_no_comparison_to_export(capsys, tmp_path):
    db = str(tmp_path / "t.db")
    main(["demo", "--db", db])
    capsys.readouterr()
    main(["list", "--db", db])
    session_id = capsys.readouterr().out.split()[0]
    code = main(
        ["export", "--document", "series", session_id, "-o", str(tmp_path / "s.pdf"), "--db", db]
    )
    assert code == 1
    assert "at least two workshops" in capsys.readouterr().err


def test_open_actions_are_carried_into_the_next_workshop():
    sessions = demo_series("en", date(2026, 4, 2))
    for earlier, later in zip(sessions, sessions[1:], strict=False):
        carried = [a for a in earlier.actions if a.status is ActionStatus.CARRIED_OVER]
        assert carried, earlier.info.title
        assert {a.carried_from for a in later.actions if a.carried_from} == {a.id for a in carried}
        assert {i.action_id for i in later.since_previous.items} == {a.id for a in carried}
        assert all(i.decision is Decision.CARRIED for i in later.since_previous.items)
        assert {e.action_id for e in earlier.history} <= {a.id for a in earlier.actions}
