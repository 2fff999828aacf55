"""Asks for what a new session needs before it exists: a title and its content language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import date_pattern
from ui.labels import language_name
from ui.widgets.date_edit import DateEdit
from workshop_app.domain.session import LANGUAGES
from workshop_app.languages import for_system_locale


def default_language() -> str:
    """The system's language when Truce has content in it, otherwise English."""
    return for_system_locale(QLocale.system().name())  # e.g. "pl_PL", "zh_HK"


class NewSessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop session"))
        self.setMinimumWidth(460)
        self.title = QLineEdit(objectName="newTitle", maxLength=500)
        self.title.setPlaceholderText(self.tr("e.g. Spring alignment workshop"))
        self.organisation = QLineEdit(objectName="newOrganisation", maxLength=500)
        self.facilitator = QLineEdit(objectName="newFacilitator", maxLength=500)
        self.date = DateEdit(QDate.currentDate(), objectName="newDate", calendarPopup=True)
        self.date.setDisplayFormat(date_pattern())
        self.language = QComboBox(objectName="newLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(LANGUAGES.index(default_language()))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Workshop &language:"), self.language)
        hint = QLabel(
            self.tr(
                "The workshop language is used for the questions, the projector and the printed documents. It cannot be changed later."
            ),
            wordWrap=True,
        )
        hint.setProperty("role", "hint")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._update_ok)
        self._update_ok()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.title.text().strip())
        )

    def details(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "organisation": self.organisation.text().strip(),
            "facilitator": self.facilitator.text().strip(),
            "language": self.language.currentData(),
            "on": self.date.date().toPython(),
        }
