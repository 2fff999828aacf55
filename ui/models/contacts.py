"""The "who to call" directory: topic, person, department, contact details."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from ui.labels import department_name
from ui.models.columns import ColumnModel, Index
from workshop_app.domain import Contact, Department
from workshop_app.domain.limits import LINE

TOPIC, PERSON, DEPARTMENT, CONTACT = range(4)
FIELDS = ("topic", "person", "department", "contact")


class ContactsModel(ColumnModel):
    edited = Signal()

    columns = ("topic", "person", "department", "contact")
    editable = frozenset(["contact", "department", "person", "topic"])

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.contacts: list[Contact] = []

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self.contacts = contacts  # the role map's own list: edits land in the session
        self.endResetModel()

    def records(self) -> list[Any]:
        return self.contacts

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Topic"),
            self.tr("Person"),
            self.tr("Department"),
            self.tr("Contact details"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.contacts[index.row()], FIELDS[index.column()])
        if role == Qt.ItemDataRole.DisplayRole and index.column() == DEPARTMENT:
            return department_name(value) if value else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()[:LINE]
        if index.column() == DEPARTMENT and text not in set(Department):
            text = ""
        if index.column() == TOPIC and not text:
            return False  # a row is known by its topic
        contact = self.contacts[index.row()]
        updated = replace(contact, **{FIELDS[index.column()]: text})
        if updated == contact:
            return False
        self.contacts[index.row()] = updated
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add(self, contact: Contact) -> int:
        row = len(self.contacts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.contacts.append(contact)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.contacts[row]
        self.endRemoveRows()
        self.edited.emit()
