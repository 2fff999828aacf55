"""Window commands for notes captured in the room: Ctrl+Shift+N captures one for the stage on
screen, Ctrl+Shift+E unfolds that stage's notes and puts the keyboard on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


class CaptureCommands(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.capture_action = QAction(self.tr("&Capture Note…"), window, objectName="actionCapture")
        self.capture_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.capture_action.setToolTip(self.tr("Capture a note for the stage on screen"))
        self.capture_action.triggered.connect(self.capture)
        self.notes_action = QAction(self.tr("Stage &Notes"), window, objectName="actionStageNotes")
        self.notes_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.notes_action.triggered.connect(self.show_notes)
        self.actions = [self.capture_action, self.notes_action]

    def build(self, menu: QMenu) -> list[QAction]:
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)
        return self.actions

    def _panel(self):
        if not self.window.in_session():
            return None
        return self.window.session_view.current_frame().notes

    def capture(self) -> None:
        panel = self._panel()
        if panel is not None:
            panel.capture()

    def show_notes(self) -> None:
        panel = self._panel()
        if panel is not None:
            panel.open_board()
