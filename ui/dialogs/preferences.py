"""Edit ▸ Preferences: the interface language of this computer and the defaults for printing.

The interface language is not a session's language: each workshop keeps the content language
it was created in, for its questions, projector view and printed documents.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings
from workshop_app.content import LANGUAGE_NAMES

KEYS = ("ui/language", "export/paper", "export/group_by")


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.language = QComboBox(objectName="prefLanguage")
        self.language.addItem(self.tr("System default"), "")
        # Each language is named in itself, so whoever reads it can find their own.
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.paper = QComboBox(objectName="prefPaper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.group_by = QComboBox(objectName="prefGroupBy")
        self.group_by.addItem(self.tr("Owner"), "owner")
        self.group_by.addItem(self.tr("Department"), "department")
        for combo, key in zip((self.language, self.paper, self.group_by), KEYS, strict=True):
            index = combo.findData(settings.get(key))
            combo.setCurrentIndex(max(index, 0))

        note = QLabel(
            self.tr(
                "The interface language applies to this computer. Each workshop keeps the "
                "language it was created in, for its questions and printed documents."
            ),
            wordWrap=True,
        )
        note.setProperty("role", "hint")
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        printing = QGroupBox(self.tr("Printed documents"))
        form = QFormLayout(printing)
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow(self.tr("&Group actions by:"), self.group_by)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(interface)
        layout.addWidget(printing)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        combos = (self.language, self.paper, self.group_by)
        return {key: combo.currentData() for key, combo in zip(KEYS, combos, strict=True)}
