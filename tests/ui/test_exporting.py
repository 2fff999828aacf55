"""Exports from the window: the file dialog remembers the folder, writing fails clearly."""

from __future__ import annotations

import json

from PySide6.QtGui import QAction


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
