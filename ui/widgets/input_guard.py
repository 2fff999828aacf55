"""Input that cannot change a session by accident, applied to every widget of the application.

- The mouse wheel over a date, spin box, combo box or slider that does not have the keyboard
  focus scrolls the page instead of changing the value (Setup's year turned 2026 into 2017 while
  the facilitator scrolled). Such controls take the focus by click or Tab only (StrongFocus),
  never by the wheel; once focused, the wheel changes them as usual.
- Tab leaves every multi-line text box instead of typing a tab into it, and every table (the
  arrows move between cells): a table that walked its cells with Tab would keep the keyboard
  forever. A table that walks its cells on purpose (the answers grid, which lets Tab go past its
  last cell) says so with the ``TAB_WALKS_CELLS`` property.
- The text boxes of the stage pages keep no undo history of their own: they are saved as they are
  typed, so Ctrl+Z there goes to the session's history (ui/undo.py's TextUndoFilter hands Ctrl+Z
  on whenever the focused field has nothing of its own to undo), like everywhere else on a page.

One filter on the application sees each widget when it is first polished (shown), so controls
that pages build later (a row per prompt…) are covered without any page doing anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

_VALUE_CONTROLS = (QAbstractSpinBox, QComboBox, QAbstractSlider)
_INSTALLED = "truceInputGuard"
TAB_WALKS_CELLS = "tabWalksCells"


def _is_value_control(widget: QObject) -> bool:
    return isinstance(widget, _VALUE_CONTROLS) and not isinstance(widget, QScrollBar)


def _on_stage_page(widget: QWidget) -> bool:
    from ui.pages.base import StagePage  # here: ui.pages imports widgets that import this module

    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, StagePage):
            return True
        node = node.parentWidget()
    return False


def settle(widget: QWidget) -> None:
    """What the guard does to a widget when it is first shown; also usable on a built tree."""
    if _is_value_control(widget):
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    elif isinstance(widget, QAbstractItemView):
        if not widget.property(TAB_WALKS_CELLS):
            widget.setTabKeyNavigation(False)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setTabChangesFocus(True)
        if _on_stage_page(widget) and widget.isUndoRedoEnabled():
            widget.setUndoRedoEnabled(False)


def _pass_on(control: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the first ancestor that takes it (the scrolling page), as Qt would for
    a control that ignores it; Qt itself does that only for events from the mouse, not for sent
    ones, so this does it for both."""
    node = control.parentWidget()
    position = control.mapTo(control.window(), event.position().toPoint())
    while node is not None:
        local = node.mapFrom(control.window(), position)
        passed = QWheelEvent(
            QPointF(local),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(node, passed)
        if passed.isAccepted() or node.isWindow():
            break
        node = node.parentWidget()
    event.accept()


def settle_tree(root: QWidget) -> None:
    """Settle the widgets shown before the guard was installed."""
    for widget in root.findChildren(QWidget):
        settle(widget)


class InputGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if _is_value_control(watched) and not watched.hasFocus():  # type: ignore[attr-defined]
                assert isinstance(watched, QWidget) and isinstance(event, QWheelEvent)
                _pass_on(watched, event)
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            settle(watched)
        return False


def install(app: QApplication) -> None:
    """Once per application (each main window asks; tests make many)."""
    if app.property(_INSTALLED):
        return
    guard = InputGuard(app)
    app.installEventFilter(guard)
    app.setProperty(_INSTALLED, True)
