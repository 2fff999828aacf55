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

The application's style sees each widget as it polishes it (when first shown, and again when it
moves under another style): a proxy around the style in use settles it then, so controls that
pages and dialogs build later (a row per prompt…) are covered without any of them doing anything.
Only the value controls get an event filter, for the wheel: an event filter on the whole
application made every event of every widget a call into Python (a million calls while a test
opened 23 sessions on every page).
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
    QProxyStyle,
    QScrollBar,
    QStyle,
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


def settle(widget: QWidget, wheel: QObject) -> None:
    """What the guard does to a widget when it is first polished (shown)."""
    if _is_value_control(widget):
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(wheel)  # once: a second install only moves it to the front
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


class WheelGuard(QObject):
    """On a value control: the wheel scrolls the page unless the control has the keyboard."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            assert isinstance(event, QWheelEvent)
            _pass_on(watched, event)
            return True
        return False


class GuardedStyle(QProxyStyle):
    """The application's style, which settles each widget as it polishes it."""

    def __init__(self, key: str):
        super().__init__(key)
        # Its child: Qt deletes both together, after the last widget (a filter of its own would
        # be gone while widgets are still destroyed, and polished, at exit).
        self.wheel = WheelGuard(self)

    def polish(self, target):  # type: ignore[override]  # one override for Qt's three overloads
        super().polish(target)
        if isinstance(target, QWidget):
            settle(target, self.wheel)


def _style_key(app: QApplication) -> str:
    """The name of the style in use (Fusion, or what the user chose with -style). With a style
    sheet the application's style is Qt's style-sheet style, and the style it draws with is its
    child."""
    style = app.style()
    inner = [child for child in style.children() if isinstance(child, QStyle)]
    return (inner[0] if inner else style).name()


def install(app: QApplication) -> None:
    """Once per application (each main window asks; tests make many). Setting the style polishes
    the widgets already shown again, which settles them."""
    if app.property(_INSTALLED):
        return
    style = GuardedStyle(_style_key(app))
    app.setStyle(style)
    app.setProperty(_INSTALLED, True)
