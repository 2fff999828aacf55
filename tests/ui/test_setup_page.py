"""The Setup page: details and participants are saved as they are typed, and survive a reopen."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from workshop_app.domain import Department


def open_setup(window, session_id):
    window.open_session(session_id)
    return window.session_view.page("setup")


def test_typed_details_are_saved_after_a_pause_and_on_leaving_the_field(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.fields["organisation"].setText("")
    qtbot.keyClicks(page.fields["organisation"], "Acme & <Partners>")
    assert page.save_details.pending
    qtbot.waitUntil(lambda: not page.save_details.pending)
    assert window.store.load(demo.id).info.organisation == "Acme & <Partners>"
    page.fields["location"].setText("Kraków, sala Żółta")
    page.fields["location"].editingFinished.emit()
    assert window.store.load(demo.id).info.location == "Kraków, sala Żółta"
    assert "saved" in window.saved_label.text()


def test_an_empty_title_is_never_saved(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.fields["title"].clear()
    page.fields["title"].editingFinished.emit()
    assert window.store.load(demo.id).info.title == demo.info.title


def test_dates_and_follow_up(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.date.setDate(QDate(2026, 9, 14))
    page.follow_up_enabled.setChecked(False)
    info = window.store.load(demo.id).info
    assert info.date == "2026-09-14" and info.follow_up_date == ""
    page.follow_up_enabled.setChecked(True)
    page.follow_up.setDate(QDate(2026, 12, 1))
    assert window.store.load(demo.id).info.follow_up_date == "2026-12-01"


def test_notes_over_the_limit_are_refused_with_a_message(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.notes.setPlainText("ok " * 10)
    page.flush()
    page.notes.setPlainText("x" * 20_001)
    page.flush()
    assert page.notes_warning.isVisibleTo(page)
    assert "20,001" in page.notes_warning.text()
    assert window.store.load(demo.id).info.notes == "ok " * 10


def test_adding_anonymous_participants_labels_them_by_department(window, demo, qtbot):
    page = open_setup(window, demo.id)
    before = len(demo.participants)
    qtbot.mouseClick(page.add_sales, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_marketing, Qt.MouseButton.LeftButton)
    people = window.store.load(demo.id).participants
    assert len(people) == before + 2
    assert (people[-2].name, people[-2].department, people[-2].anonymous) == (
        "Sales 2",
        Department.SALES,
        True,
    )
    assert (people[-1].name, people[-1].department) == ("Marketing 2", Department.MARKETING)


def test_editing_a_participant_in_the_table(window, demo, qtbot):
    page = open_setup(window, demo.id)
    model = page.model
    model.setData(model.index(0, 0), "Tomasz Łęcki")
    model.setData(model.index(0, 1), "marketing")
    model.setData(model.index(0, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    first = window.store.load(demo.id).participants[0]
    assert (first.name, first.department, first.anonymous) == (
        "Tomasz Łęcki",
        Department.MARKETING,
        True,
    )


def test_removing_and_reordering_participants(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.table.selectRow(1)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in window.store.load(demo.id).participants[:2]] == ["p02", "p01"]
    page.table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "p02" not in [p.id for p in window.store.load(demo.id).participants]


def test_the_navigator_marks_setup_complete_when_both_sides_are_in_the_room(window, answers, qtbot):
    session = window.store.create("Fresh")
    window.open_session(session.id)
    item = window.session_view.navigator.item(0)
    assert item.data(Qt.ItemDataRole.UserRole + 1) == "empty"
    page = window.session_view.page("setup")
    qtbot.mouseClick(page.add_sales, Qt.MouseButton.LeftButton)
    assert item.data(Qt.ItemDataRole.UserRole + 1) == "started"
    qtbot.mouseClick(page.add_marketing, Qt.MouseButton.LeftButton)
    assert item.data(Qt.ItemDataRole.UserRole + 1) == "complete"


def test_the_last_opened_session_reopens_with_the_window(qtbot, context, answers, demo):
    from ui.main_window import MainWindow

    first = MainWindow(context)
    first.open_store()
    qtbot.addWidget(first)
    first.open_session(demo.id)
    first.close()
    second = MainWindow(context)
    second.open_store()
    qtbot.addWidget(second)
    assert second.pages.currentWidget() is second.session_view
    assert second.session_view.session.id == demo.id


def test_a_name_still_being_typed_is_saved_when_the_page_is_left(window, demo, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit

    page = open_setup(window, demo.id)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.table.edit(page.model.index(0, 0))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Tomek Becker")
    window.session_view.go("diagnosis")
    assert window.store.load(demo.id).participants[0].name == "Tomek Becker"


def test_move_and_remove_wait_for_a_chosen_participant(window, qtbot):
    session = window.store.create("Kick-off")
    page = open_setup(window, session.id)
    buttons = (page.up_button, page.down_button, page.remove_button)
    assert not any(b.isEnabled() for b in buttons)
    page.add_participant(Department.SALES, anonymous=True)
    page.add_participant(Department.MARKETING, anonymous=True)
    page.table.selectRow(0)
    assert page.remove_button.isEnabled() and page.down_button.isEnabled()
    assert not page.up_button.isEnabled()
    page.table.selectRow(1)
    assert page.up_button.isEnabled() and not page.down_button.isEnabled()
    page.table.clearSelection()
    assert not any(b.isEnabled() for b in buttons)
