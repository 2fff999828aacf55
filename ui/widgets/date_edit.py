"""A date field that takes a whole date typed over it, as well as the calendar.

Qt's date field is edited section by section: with all its text selected (after Ctrl+A, or a
double click) the first digit typed replaced the whole date and the rest of "15/04/2027" landed
in the wrong sections. Typing a digit over a full selection starts at the first section instead,
so a date typed in the interface language's order, with its separators, is the date stored.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from ui.i18n import date_pattern


class DateEdit(QDateEdit):
    def __init__(
        self,
        date: QDate | None = None,
        parent: QWidget | None = None,
        *,
        objectName: str = "",
        calendarPopup: bool = True,
    ):
        super().__init__(parent)
        if date is not None:
            self.setDate(date)
        self.setObjectName(objectName)
        self.setCalendarPopup(calendarPopup)
        self.setDisplayFormat(date_pattern())

    _advanced = False  # the last digit filled its section and Qt moved on to the next one

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        text = event.text()
        if text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        if self._advanced and text and not text.isdigit() and not text.isalpha():
            # "15/": Qt moved on after "15" already; the typed separator must not move again.
            self._advanced = False
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSectionIndex() != section
