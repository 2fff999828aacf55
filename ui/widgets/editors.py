"""Cell editors shared by the tables: choices, dates and names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.i18n import date_pattern
from ui.widgets.date_edit import DateEdit
from workshop_app.domain.limits import LINE


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (id, label) pairs; the model's EditRole holds the id."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QComboBox(parent)
        for value, label in self._choices():
            editor.addItem(label, value)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A calendar date editor over ISO dates; an empty value starts from ``default_date``."""

    def __init__(self, default_date: Callable[[], QDate], parent: QWidget | None = None):
        super().__init__(parent)
        self._default = default_date

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = DateEdit(parent=parent)
        editor.setDisplayFormat(date_pattern())
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDateEdit)
        value = QDate.fromString(str(index.data(Qt.ItemDataRole.EditRole) or ""), "yyyy-MM-dd")
        editor.setDate(value if value.isValid() else self._default())

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Never narrower than the whole date: a narrow Due column showed "2027-" while editing.
        rect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(
            rect.x(), rect.y(), max(rect.width(), editor.sizeHint().width()), rect.height()
        )

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toString("yyyy-MM-dd"), Qt.ItemDataRole.EditRole)


class CompletingDelegate(QStyledItemDelegate):
    """An editable list of known names (the participants): open it to pick one, or type; the
    names are completed as the user types, and any other name is taken as typed."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget | None = None):
        super().__init__(parent)
        self._names = names

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        names = self._names()
        editor = QComboBox(parent, editable=True, objectName="nameEditor")
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItems(names)
        # The list as wide as the longest name, not as the (often narrow) Owner column.
        view = editor.view()
        # QStyle here, not at the top: PySide builds its class and enums when first named (~8 ms),
        # which the first opening of a session then paid for an editor it does not open.
        from PySide6.QtWidgets import QStyle

        scroll_bar = editor.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + scroll_bar)
        line = editor.lineEdit()
        line.setMaxLength(LINE)
        completer = QCompleter(names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))  # a pick is saved
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def commit_open_editor(view: QAbstractItemView) -> None:
    """Write what an open cell editor holds, as leaving the cell would (before a page is left)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    widget = QApplication.focusWidget()
    while widget is not None and widget.parentWidget() is not view.viewport():
        widget = widget.parentWidget()
    if widget is not None:
        view.commitData(widget)
        view.closeEditor(widget, QAbstractItemDelegate.EndEditHint.NoHint)
