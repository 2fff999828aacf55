"""The status bar's save indicator: "All changes saved · 14:05", or, after a write the disk
refused, "⚠ Not saved" until a write succeeds again. It never says saved for what was not.

The facilitator is told why once per failure (a dialog through ui.prompts), not at every pause
in typing while the disk stays full; the reason stays in the status bar and the tooltip.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from ui import prompts
from ui.i18n import show_time

# The indicator's words belong to the main window's catalogue, where they always were.
translate = QCoreApplication.translate


class SaveIndicator(QLabel):
    def __init__(self, window: QMainWindow):
        super().__init__(objectName="savedIndicator")
        self.window_ = window
        self.failed = False
        self._told = False

    def saved(self, when: datetime) -> None:
        self.failed = self._told = False
        self.setStyleSheet("")
        self.setToolTip("")
        self.setText(
            translate("MainWindow", "All changes saved · %1").replace("%1", show_time(when))
        )

    def not_saved(self, reason: str) -> None:
        self.failed = True
        self.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.setText(translate("MainWindow", "⚠ Not saved"))
        self.setToolTip(reason)
        self.window_.statusBar().showMessage(reason)
        if not self._told:
            self._told = True
            prompts.error(self.window_, translate("MainWindow", "Not saved"), reason)
