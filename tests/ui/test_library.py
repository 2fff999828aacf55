"""The library as a facilitator uses it: create, find, open, rename, duplicate, delete and undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from workshop_app.demo import create_demo


def test_empty_library_offers_a_demo_session(window, qtbot):
    library = window.library
    assert library.body.currentWidget() is library.empty_state
    qtbot.mouseClick(
        library.empty_state.findChild(type(library.new_button), "createDemo"),
        Qt.MouseButton.LeftButton,
    )
    assert library.body.currentWidget() is library.table
    assert library.model.rowCount() == 1
    assert library.model.summary(0).organisation == "Brightwater Instruments"


def test_new_session_opens_its_setup_page(window, answers, qtbot):
    answers.new_session = {
        "title": "Q3 workshop",
        "organisation": "Acme",
        "facilitator": "Ola",
        "language": "pl",
        "on": date(2026, 7, 1),
    }
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.session_view
    assert window.session_view.current_stage() == "setup"
    page = window.session_view.page("setup")
    assert page.fields["title"].text() == "Q3 workshop"
    assert page.date.date().toString("yyyy-MM-dd") == "2026-07-01"
    assert "Polski" in page.language.text()


def test_cancelled_new_session_creates_nothing(window, answers, qtbot):
    answers.new_session = None
    qtbot.mouseClick(window.library.new_button, Qt.MouseButton.LeftButton)
    assert window.store.sessions() == []


def test_search_finds_by_organisation_and_facilitator(window, qtbot):
    store = window.store
    store.create("Kick-off", organisation="Zakład Łódź", facilitator="Anna Żak")
    store.create("Review", organisation="Acme")
    window.library.search.setText("łódź")
    assert [
        window.library.model.summary(r).title for r in range(window.library.model.rowCount())
    ] == ["Kick-off"]
    window.library.search.setText("ŻAK")
    assert window.library.model.rowCount() == 1
    window.library.search.setText("nothing like this")
    assert window.library.model.rowCount() == 0
    assert (
        window.library.body.currentWidget() is window.library.table
    )  # "no match", not "no sessions"


def test_rename_changes_the_title_everywhere(window, answers, qtbot):
    session = window.store.create("Old name")
    window.library.select(session.id)
    answers.text = "New name"
    qtbot.mouseClick(window.library.rename_button, Qt.MouseButton.LeftButton)
    assert window.store.load(session.id).info.title == "New name"
    assert window.library.model.summary(0).title == "New name"


def test_duplicate_for_follow_up_joins_the_series(window, answers, qtbot, repo):
    original = create_demo(window.store.repo, "en")
    window.library.refresh()
    window.library.select(original.id)
    answers.text = "Summer follow-up"
    qtbot.mouseClick(window.library.duplicate_button, Qt.MouseButton.LeftButton)
    rows = window.store.sessions()
    copy = next(s for s in rows if s.title == "Summer follow-up")
    loaded = window.store.load(copy.id)
    assert loaded.info.previous_id == original.id
    assert loaded.info.series_id == window.store.load(original.id).info.series_id
    assert len(loaded.participants) == len(original.participants)


def test_delete_asks_first_and_cancel_keeps_the_session(window, answers, qtbot):
    session = window.store.create("Keep me")
    window.library.select(session.id)
    answers.confirm = False
    qtbot.mouseClick(window.library.delete_button, Qt.MouseButton.LeftButton)
    assert answers.asked == ["confirm"]
    assert [s.id for s in window.store.sessions()] == [session.id]


def test_deleted_session_goes_to_trash_and_undo_brings_it_back(window, answers, qtbot):
    session = window.store.create("Oops")
    window.library.select(session.id)
    qtbot.mouseClick(window.library.delete_button, Qt.MouseButton.LeftButton)
    assert window.store.sessions() == []
    assert [s.id for s in window.store.sessions(trash=True)] == [session.id]
    window.undo.undo()
    assert [s.id for s in window.store.sessions()] == [session.id]


def test_trash_can_restore_and_purge(window, answers, qtbot):
    keep = window.store.create("Keep")
    gone = window.store.create("Gone")
    window.store.delete(keep.id)
    window.store.delete(gone.id)
    window.library.trash_toggle.setChecked(True)
    assert window.library.model.rowCount() == 2
    window.library.select(keep.id)
    qtbot.mouseClick(window.library.restore_button, Qt.MouseButton.LeftButton)
    window.library.select(gone.id)
    answers.confirm = False
    qtbot.mouseClick(window.library.purge_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in window.store.sessions(trash=True)] == [gone.id]
    answers.confirm = True
    qtbot.mouseClick(window.library.purge_button, Qt.MouseButton.LeftButton)
    assert window.store.sessions(trash=True) == []
    assert [s.id for s in window.store.sessions()] == [keep.id]


def test_enter_opens_the_selected_session_and_ctrl_l_returns(window, qtbot):
    session = window.store.create("Open me")
    window.library.select(session.id)
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session_view
    assert window.session_view.session.id == session.id
    window.library_action.trigger()
    assert window.pages.currentWidget() is window.library


def test_the_demo_session_speaks_the_interface_language(window, qtbot):
    library = window.library
    library.settings.set("ui/language", "zh_TW")
    qtbot.mouseClick(
        library.empty_state.findChild(type(library.new_button), "createDemo"),
        Qt.MouseButton.LeftButton,
    )
    summary = library.model.summary(0)
    assert summary.organisation == "明水儀器股份有限公司"
    assert window.store.repo.get(summary.id).info.language == "zh_TW"


def test_the_action_count_follows_edits_made_inside_a_session(window, demo, qtbot):
    from workshop_app.domain import Action, new_id

    window.library.refresh()
    model = window.library.model
    column = model.COLUMNS.index("actions")

    def count() -> str:
        row = model.row_of(demo.id)
        return str(model.index(row, column).data())

    before = count()
    window.open_session(demo.id)
    window.store.save_action(demo.id, Action(id=new_id(), title="Shared lead definition"))
    window.show_library()
    assert count() == str(int(before) + 1)


def test_the_keyboard_starts_on_new_session_while_the_library_is_empty_then_on_the_list(
    window, qtbot
):
    library = window.library
    window.show_library()
    assert window.focusWidget() is library.empty_state.findChild(
        type(library.new_button), "emptyNewSession"
    )
    session = window.store.create("First")
    window.open_session(session.id)
    window.show_library()
    assert window.focusWidget() is library.table
