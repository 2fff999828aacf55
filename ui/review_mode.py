"""Review mode: a department head reads a saved session without any risk of changing it.

One switch for a whole widget tree, so a page needs no code of its own to become read-only:
text fields turn read-only (their text stays sharp, selectable and copyable), tables stop
opening editors, and the controls that change data are disabled. Widgets that only change the
view (filters, tabs, scroll bars, the timer) are left working; mark more with ``keep_working``.
The store refuses writes to a session under review as well, so a missed control cannot write.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

KEEP_WORKING = "reviewKeepsWorking"
# Controls of the stage pages that only change the view, or run the room's clock.
VIEW_ONLY_NAMES = frozenset(
    {"showPrioritise", "planOrder", "gapByStatement", "gapByTheme", "mapFullScreen"}
)
VIEW_ONLY_CLASSES = frozenset({"ActionFilterBar", "CountdownTimer"})
_FORCED = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider)


def keep_working(*widgets: QWidget) -> None:
    """These widgets (and everything inside them) only change what is shown: review leaves them be."""
    for widget in widgets:
        widget.setProperty(KEEP_WORKING, True)


def _exempt(widget: QWidget, root: QWidget) -> bool:
    node: QWidget | None = widget
    while node is not None:
        if (
            node.property(KEEP_WORKING)
            or node.objectName() in VIEW_ONLY_NAMES
            or type(node).__name__ in VIEW_ONLY_CLASSES
        ):
            return True
        if isinstance(node, QScrollBar | QTabBar) and node is not root:
            return True
        if node is root:
            return False
        node = node.parentWidget()
    return False


class ReadOnlySwitch(QObject):
    """Puts ``root`` and its children in review mode, and back exactly as they were."""

    def __init__(self, root: QWidget):
        super().__init__(root)
        self.root = root
        self.on = False
        self._wanted: dict[QWidget, bool] = {}  # the enabled state the page asked for
        self._text: dict[QWidget, bool] = {}  # read-only state of text fields before review
        self._views: dict[QAbstractItemView, QAbstractItemView.EditTrigger] = {}
        self._forcing = False

    def apply(self, on: bool) -> None:
        if on == self.on:
            if on:
                self._catch_new_widgets()
            return
        self.on = on
        if on:
            self._catch_new_widgets()
        else:
            self._release()

    def _catch_new_widgets(self) -> None:
        """Pages build some widgets on refresh (a row per prompt...): each apply finds them too."""
        for widget in self.root.findChildren(QWidget):
            if not isValid(widget) or _exempt(widget, self.root):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                    continue
                if widget not in self._text:
                    self._text[widget] = widget.isReadOnly()
                    widget.setReadOnly(True)
            elif isinstance(widget, QAbstractItemView):
                if widget not in self._views:
                    self._views[widget] = widget.editTriggers()
                    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif isinstance(widget, _FORCED) and widget not in self._wanted:
                self._wanted[widget] = not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
                widget.installEventFilter(self)
                self._force(widget)

    def _force(self, widget: QWidget) -> None:
        self._forcing = True
        try:
            widget.setEnabled(False)
        finally:
            self._forcing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A page enabling a button (a row got selected) must not undo review mode; what it asked
        # for is remembered and applied when review ends.
        if (
            self.on
            and not self._forcing
            and event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched in self._wanted
        ):
            self._wanted[watched] = not watched.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            if watched.isEnabled():
                self._force(watched)
        return False

    def _release(self) -> None:
        # A page may have rebuilt some rows during review; their old widgets are gone.
        for widget, was in self._text.items():
            if isValid(widget):
                widget.setReadOnly(was)
        for view, triggers in self._views.items():
            if isValid(view):
                view.setEditTriggers(triggers)
        for widget, wanted in self._wanted.items():
            if isValid(widget):
                widget.removeEventFilter(self)
                widget.setEnabled(wanted)
        self._text.clear()
        self._views.clear()
        self._wanted.clear()
