"""Exports from the window: the file dialog remembers the folder, writing fails clearly."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton


def trigger(window, name):
    window.findChild(QAction, name).trigger()


def test_exporting_the_session_document_from_the_menu(window, answers, demo, qtbot, tmp_path):
    window.open_session(demo.id)
    answers.save_path = str(tmp_path / "out")  # no suffix typed: .json is added
    trigger(window, "exportJson")
    target = tmp_path / "out.json"
    qtbot.waitUntil(target.exists, timeout=5000)
    assert json.loads(target.read_text("utf-8"))["session"]["id"] == demo.id
    assert window.settings.get("export/last_folder") == str(tmp_path)
    assert not list(tmp_path.glob("*.part"))


def test_an_unwritable_folder_gets_a_clear_message(window, answers, demo, qtbot, tmp_path):
    window.open_session(demo.id)
    answers.save_path = str(tmp_path / "no such folder" / "s.json")
    trigger(window, "exportJson")
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=5000)
    assert "does not exist" in answers.errors[0][1]


def test_cancelling_the_file_dialog_writes_nothing(window, answers, demo, qtbot, tmp_path):
    window.open_session(demo.id)
    answers.save_path = None
    trigger(window, "exportJson")
    assert answers.asked == ["save_file"]
    assert answers.errors == []


def test_the_action_plan_pdf_is_written_off_the_ui_thread(window, answers, demo, qtbot, tmp_path):
    window.open_session(demo.id)
    answers.save_path = str(tmp_path / "plan.pdf")
    trigger(window, "exportActionPlan")
    qtbot.waitUntil((tmp_path / "plan.pdf").exists, timeout=20000)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_preview_shows_the_rendered_pdf_with_pages(window, demo, qtbot, monkeypatch):
    from ui import prompts
    from ui.dialogs.preview import PreviewDialog

    shown = []

    def preview(parent, title, pdf, print_pages):
        dialog = PreviewDialog(title, pdf, parent, print_pages)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)

    monkeypatch.setattr(prompts, "preview", preview)
    window.open_session(demo.id)
    trigger(window, "previewActionPlan")
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    dialog = shown[0]
    assert dialog.document.count() >= 1
    assert dialog.page.maximum() == dialog.document.count()
    qtbot.waitUntil(
        lambda: (
            dialog.view.findChild(QLabel).pixmap() is not None
            and not dialog.view.findChild(QLabel).pixmap().isNull()
        )
    )
    before = dialog.view.zoomFactor()
    qtbot.mouseClick(dialog.findChild(QPushButton, "zoomIn"), Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)


def test_printing_without_a_printer_offers_to_export_the_pdf_instead(
    window, answers, demo, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtPrintSupport import QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    window.open_session(demo.id)
    answers.choice = None  # Cancel: nothing is written
    trigger(window, "printActionPlan")
    qtbot.waitUntil(lambda: "choose" in answers.asked, timeout=20000)
    assert "save_file" not in answers.asked
    answers.choice = 0  # Export PDF…
    answers.save_path = str(tmp_path / "plan.pdf")
    trigger(window, "printActionPlan")
    qtbot.waitUntil((tmp_path / "plan.pdf").exists, timeout=20000)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_importing_a_session_already_present_offers_a_copy(window, answers, demo, qtbot, tmp_path):
    from workshop_app.documents.export import export

    path = export(window.store.repo, demo.id, tmp_path / "s.json", fmt="json")
    answers.open_path = str(path)
    answers.choice = None
    window.import_action.trigger()
    assert answers.asked == ["open_file", "choose"] and len(window.store.sessions()) == 1
    answers.choice = 0
    window.import_action.trigger()
    assert len(window.store.sessions()) == 2
    assert window.session_view.session.info.title.endswith("(copy)")


def test_importing_a_broken_file_says_what_is_wrong(window, answers, qtbot, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    answers.open_path = str(bad)
    window.import_action.trigger()
    assert answers.errors and "not valid JSON" in answers.errors[0][1]
    assert window.store.sessions() == []


def test_print_is_in_the_file_menu_with_ctrl_p(window):
    from PySide6.QtGui import QKeySequence

    printing = window.findChild(QAction, "printActionPlan")
    file_menu = window.menuBar().actions()[0].menu()
    assert printing in file_menu.actions()
    assert printing.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    export_menu = next(a.menu() for a in file_menu.actions() if a.menu())
    assert printing not in export_menu.actions()


def test_the_wrap_up_page_has_print_and_export_buttons(window, demo, qtbot):
    from PySide6.QtWidgets import QToolButton

    window.open_session(demo.id)
    window.session_view.go("wrap_up")
    page = window.session_view.findChild(QToolButton, "wrapUp_printActionPlan").parent()
    printing = window.findChild(QAction, "printActionPlan")
    button = page.findChild(QToolButton, "wrapUp_printActionPlan")
    assert button.defaultAction() is printing and button.isEnabled()
    fired = []
    printing.triggered.disconnect()
    printing.triggered.connect(lambda: fired.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fired == [True]
    for name in ("previewReport", "exportReport", "exportXlsx", "exportCalendar"):
        assert page.findChild(QToolButton, f"wrapUp_{name}").defaultAction() is window.findChild(
            QAction, name
        )


def test_the_preview_is_titled_with_the_documents_name(window, demo, qtbot, monkeypatch):
    from ui import prompts

    titles = []
    monkeypatch.setattr(
        prompts, "preview", lambda parent, title, pdf, print_pages: titles.append(title)
    )
    window.open_session(demo.id)
    trigger(window, "previewActionPlan")
    qtbot.waitUntil(lambda: bool(titles), timeout=20000)
    assert titles[0] == f"Action plan — {demo.info.title}"


def test_the_actions_export_as_a_spreadsheet(window, answers, demo, qtbot, tmp_path):
    import zipfile

    window.open_session(demo.id)
    answers.save_path = str(tmp_path / "actions")
    trigger(window, "exportXlsx")
    target = tmp_path / "actions.xlsx"
    qtbot.waitUntil(target.exists, timeout=20000)
    assert zipfile.is_zipfile(target)


def test_the_actions_export_as_a_calendar(window, answers, demo, qtbot, tmp_path):
    import icalendar

    window.open_session(demo.id)
    answers.save_path = str(tmp_path / "plan")  # no suffix typed: .ics is added
    trigger(window, "exportCalendar")
    target = tmp_path / "plan.ics"
    qtbot.waitUntil(target.exists, timeout=20000)
    found = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in found} == {
        f"{demo.id}-{a.id}@truce" for a in demo.actions if a.due
    }
