"""The team library in the window, against a real PostgreSQL server: it opens beside the main
window, shows who changed what, follows other people's writes, says when the connection is lost
(the local library still working), takes sessions out and publishes them with conflicts shown."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from ui import prompts
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.team import presence as team_presence
from ui.team import window as team_window
from ui.team.opening import open_on_team
from workshop_app import library
from workshop_app.store.team import publishing, watch
from workshop_app.store.team.faults import IdTaken


@pytest.fixture
def team_view(window, team_repo, team_address, monkeypatch, qtbot):
    """The team library's window opened from the File menu, listening every 50 ms."""
    monkeypatch.setattr(team_window, "POLL_MS", 50)
    monkeypatch.setattr(team_presence, "POLL_MS", 50)
    monkeypatch.setattr(watch, "RETRY_S", 0.05)
    window.settings.set("team/address", team_address)
    window.findChild(QAction, "actionTeamLibrary").trigger()
    view = window.team.view
    assert view is not None and view.isVisible()
    yield view
    view.close()


def titles(view) -> list[str]:
    return [row["title"] for row in view.model.rows]


def test_it_shows_who_changed_what_and_follows_other_writers(team_view, team_repo, qtbot):
    assert titles(team_view) == []
    assert "Connected to the team library" in team_view.state.text()
    session = library.create_session(team_repo, "Kwartalny przegląd", organisation="Zakład Łódź")
    qtbot.waitUntil(lambda: titles(team_view) == ["Kwartalny przegląd"], timeout=5000)
    model = team_view.model
    headings = [model.headerData(c, team_window.Qt.Orientation.Horizontal, 0) for c in range(7)]
    assert headings[5:] == ["Changed by", "Changed"]
    assert model.data(model.index(0, 5), 0) == "truce_admin"
    assert model.data(model.index(0, 4), 0) == "1"
    team_repo.update_info(session.id, title="Kwartalny przegląd <b>&</b> 销售")
    qtbot.waitUntil(lambda: titles(team_view) == ["Kwartalny przegląd <b>&</b> 销售"], timeout=5000)
    assert model.data(model.index(0, 4), 0) == "2"


def test_a_lost_connection_is_said_and_the_local_library_works_on(
    window, team_view, team_server, team_address, qtbot
):
    database = team_address.split("@/")[1].split("?")[0]
    with team_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [database],
        )
    try:
        qtbot.waitUntil(lambda: "lost at" in team_view.state.text(), timeout=5000)
        assert "this computer's library works as before" in team_view.state.text()
        assert not team_view.take_out_button.isEnabled()
        kept = window.store.create("Offline workshop")  # the local library is untouched
        assert window.store.load(kept.id).info.title == "Offline workshop"
    finally:
        with team_server.admin() as admin:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: "Connected to" in team_view.state.text(), timeout=5000)


def test_taking_out_and_publishing_with_a_conflict_shown_side_by_side(
    window, team_view, team_repo, qtbot, monkeypatch
):
    session = library.create_session(team_repo, "Shared plan", organisation="Brightwater")
    qtbot.waitUntil(lambda: titles(team_view) == ["Shared plan"], timeout=5000)
    team_view.table.selectRow(0)
    team_view.take_out_button.click()
    assert window.store.load(session.id).info.title == "Shared plan"
    assert window.library.model.row_of(session.id) >= 0
    # Both change it: publishing shows the two side by side, and a copy is chosen.
    team_repo.update_info(session.id, location="Kraków")
    window.store.update_info(session.id, location="Gdańsk")
    asked = []

    def compare(parent, title, message, headings, rows, options):
        asked.append(rows)
        return 0  # Publish as a New Copy

    monkeypatch.setattr(prompts, "compare", compare)
    window.library.select(session.id)
    window.findChild(QAction, "actionPublishToTeam").trigger()
    assert ("Location", "Gdańsk", "Kraków") in asked[0]
    # Times as the window writes them, never in the stored ISO form.
    assert not any("+00:00" in cell for row in asked[0] for cell in row), asked[0]
    assert team_repo.get(session.id).info.location == "Kraków"  # not overwritten
    qtbot.waitUntil(lambda: len(titles(team_view)) == 2, timeout=5000)
    assert "Shared plan (copy)" in titles(team_view)


def test_publishing_an_id_another_facilitator_holds_offers_a_new_copy(
    window, team_view, team_repo, qtbot, monkeypatch
):
    session = library.create_session(window.store.repo, "Imported twice")
    window.library.refresh()
    publish = publishing.publish

    def hidden(local, team, session_id, links, mode="error"):
        # As the server refuses it when row-level security hides the session holding the id.
        if mode != "copy":
            raise IdTaken("team.id_taken", place=team.place)
        return publish(local, team, session_id, links, mode)

    offered = []
    monkeypatch.setattr(publishing, "publish", hidden)
    monkeypatch.setattr(prompts, "choose", lambda *args: offered.append(args[2:]) or 0)
    window.library.select(session.id)
    window.findChild(QAction, "actionPublishToTeam").trigger()
    message, options = offered[0]
    assert "not shared with you" in message and options == ["Publish as a New Copy"]
    qtbot.waitUntil(lambda: titles(team_view) == ["Imported twice"], timeout=5000)
    assert not team_repo.exists(session.id)  # the copy has an id of its own


def test_an_address_with_a_password_is_not_kept(window, answers):
    answers.text = "postgresql://ana:secret@db.example.org/truce"
    window.findChild(QAction, "actionTeamAddress").trigger()
    assert window.settings.get("team/address") == ""
    assert "does not keep passwords" in answers.errors[0][1]
    assert window.team.view is None


def test_a_server_that_is_not_there_is_said_in_a_sentence(window, answers, tmp_path):
    answers.text = f"postgresql://ana@/truce?host={tmp_path}"
    window.findChild(QAction, "actionTeamAddress").trigger()
    assert answers.errors[0][1].startswith("Truce cannot reach the team library “truce”")
    assert window.team.view is None
    assert window.settings.get("team/address") == ""  # only an address that worked is kept


@pytest.fixture
def team_main(qtbot, context, answers, team_repo, team_address, monkeypatch):
    """`truce --db postgresql://…`: the main window itself on the team library."""
    monkeypatch.setattr(team_presence, "POLL_MS", 50)
    monkeypatch.setattr(watch, "RETRY_S", 0.05)
    on_team = AppContext(context.db_path, context.settings, team_address)
    win = MainWindow(on_team)
    assert open_on_team(win, team_address)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    win.team_presence.stop()


def test_the_main_window_on_a_team_library_works_and_follows_others(team_main, team_repo, qtbot):
    state = team_main.statusBar().findChild(team_window.QLabel, "teamConnectionState")
    qtbot.waitUntil(lambda: "Connected to the team library" in state.text(), timeout=5000)
    assert not team_main.backup_action.isEnabled() and not team_main.restore_action.isEnabled()
    team_main.team.update()  # nothing to publish from a window that is on the team library
    assert not team_main.team.publish_action.isEnabled()
    # A department head marks an action done from the window: it is in the team library.
    mine = team_main.store.create_demo("pl")
    action = mine.actions[0]
    team_main.store.update_action(mine.id, action.id, "done", comment="Zrobione — Łódź")
    assert str(team_repo.get(mine.id).actions[0].status) == "done"
    assert team_repo.stamp(mine.id)["version"] == 2
    # Another client adds a session: the library lists it without a restart.
    theirs = library.create_session(team_repo, "Written elsewhere")
    qtbot.waitUntil(lambda: team_main.library.model.row_of(theirs.id) >= 0, timeout=5000)


def test_the_main_window_on_a_team_library_says_when_the_connection_is_lost(
    team_main, team_server, team_address, qtbot
):
    state = team_main.statusBar().findChild(team_window.QLabel, "teamConnectionState")
    qtbot.waitUntil(lambda: "Connected to" in state.text(), timeout=5000)
    database = team_address.split("@/")[1].split("?")[0]
    with team_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [database],
        )
    try:
        qtbot.waitUntil(lambda: "lost at" in state.text(), timeout=5000)
    finally:
        with team_server.admin() as admin:
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: "Connected to" in state.text(), timeout=5000)


def test_an_address_that_works_is_kept_for_next_time(window, answers, team_repo, team_address):
    answers.text = team_address
    window.findChild(QAction, "actionTeamAddress").trigger()
    assert window.team.view is not None and window.team.view.isVisible()
    assert window.settings.get("team/address") == team_address
    window.team.view.close()
