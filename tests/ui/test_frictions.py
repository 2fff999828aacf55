"""The friction map as the room fills it in: rating by keyboard, votes, custom drivers, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.models.frictions import CARRY, DRIVER, GROUP, MARKETING, SALES


def open_page(window, session):
    window.open_session(session.id)
    window.session_view.go("frictions")
    return window.session_view.page("frictions")


def test_new_session_lists_the_catalogue_unrated(window):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    assert page.model.rowCount() == 12
    assert page.model.data(page.model.index(7, DRIVER)) == "Lead quality and follow-up"
    # Filed under communication and process, as the sources treat it.
    assert page.model.data(page.model.index(7, GROUP)) == "Communication and process"
    assert page.model.data(page.model.index(10, DRIVER)) == "Which products to push"
    assert "Rate the drivers" in page.summary.text()


def test_one_sheet_is_typed_top_to_bottom(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, SALES))
    qtbot.keyClicks(page.table, "52")
    page.table.setCurrentIndex(page.model.index(0, MARKETING))
    qtbot.keyClicks(page.table, "31")
    qtbot.keyClicks(page.table, "++")
    items = repo.get(session.id).frictions.items
    assert [(f.sales_rating, f.marketing_rating) for f in items[:2]] == [(5, 3), (2, 1)]
    assert items[2].votes == 2  # the cursor had moved down to the third driver
    assert page.model.data(page.model.index(0, 5)) == "Hurts Sales more"


def test_carry_top_three_marks_the_most_painful(window, qtbot, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    for row, (sales, marketing) in enumerate([(1, 1), (5, 5), (3, 2), (4, 4), (0, 1)]):
        page.model.setData(page.model.index(row, SALES), sales)
        page.model.setData(page.model.index(row, MARKETING), marketing)
    qtbot.mouseClick(page.carry_button, Qt.MouseButton.LeftButton)
    carried = [f.id for f in repo.get(session.id).frictions.items if f.carry_forward]
    # scores: budget 10, cultures 8, stereotypes 5
    assert carried == ["budget", "stereotypes", "cultures"]
    assert "Carried forward" in page.summary.text()


def test_custom_driver_is_added_renamed_and_removed_after_confirmation(
    window, qtbot, answers, repo
):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    answers.new_driver = ("CRM notes <b>nobody</b> reads 📝", 1)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    stored = repo.get(session.id).frictions.items[-1]
    assert (stored.custom_title, stored.group) == ("CRM notes <b>nobody</b> reads 📝", "cultural")
    assert page.table.currentIndex().row() == 12
    page.model.setData(page.model.index(12, DRIVER), "Messy CRM notes")
    assert repo.get(session.id).frictions.items[-1].custom_title == "Messy CRM notes"
    answers.confirm = False
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(repo.get(session.id).frictions.items) == 13
    answers.confirm = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(repo.get(session.id).frictions.items) == 12


def test_catalogue_drivers_cannot_be_removed(window):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    page.table.setCurrentIndex(page.model.index(0, DRIVER))
    assert not page.remove_button.isEnabled()


def test_notes_are_saved_per_driver(window, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    page.table.setCurrentIndex(page.model.index(3, DRIVER))
    page.notes.setPlainText("Zespół sprzedaży 🙂")
    page.table.setCurrentIndex(page.model.index(4, DRIVER))  # leaving the driver saves its notes
    assert repo.get(session.id).frictions.items[3].notes == "Zespół sprzedaży 🙂"
    assert page.notes.toPlainText() == ""


def test_a_friction_becomes_an_action(window, qtbot, answers, demo, repo):
    page = open_page(window, demo)
    before = len(demo.actions)
    page.table.setCurrentIndex(page.model.index(5, DRIVER))  # the blame game: no action yet
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    actions = repo.get(demo.id).actions
    assert len(actions) == before + 1
    assert (actions[-1].title, actions[-1].source_kind, actions[-1].source_ref) == (
        "Tackle: The blame game",
        "friction",
        "blame",
    )
    assert "Added to the action plan" in window.statusBar().currentMessage()
    # a second time asks first, and a cancelled question adds nothing
    answers.choice = None
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    assert len(repo.get(demo.id).actions) == before + 1
    assert answers.asked[-1] == "choose"


def test_carry_forward_checkbox_is_saved(window, repo):
    session = window.store.create("Kick-off")
    page = open_page(window, session)
    page.model.setData(
        page.model.index(2, CARRY), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert repo.get(session.id).frictions.items[2].carry_forward


def test_friction_model_passes_the_model_tester(qtmodeltester, demo):
    from ui.models.frictions import FrictionsModel
    from workshop_app.content import load_content

    model = FrictionsModel()
    model.load(demo.frictions.items, load_content("en"))
    qtmodeltester.check(model)


def test_the_new_driver_dialog_adds_on_enter(qtbot):
    from ui.dialogs.new_driver import NewDriverDialog

    dialog = NewDriverDialog("Add a friction driver", ["Economic", "Cultural"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.name.hasFocus)
    assert dialog.ok.isDefault() and not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.name, "Quotes  take a week")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.chosen() == ("Quotes take a week", 0)
