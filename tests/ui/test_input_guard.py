"""Input that cannot change a session by accident: the wheel scrolls the page past unfocused
controls, Tab leaves text boxes, and Ctrl+Z in a page's text box is the session's undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from workshop_app.domain import STAGES


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel notch (down by default) over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_of(widget: QWidget) -> object:
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def value_controls(root: QWidget) -> list[QWidget]:
    found = root.findChildren(QWidget)
    return [
        w
        for w in found
        if isinstance(w, QAbstractSpinBox | QComboBox | QAbstractSlider)
        and not isinstance(w, QScrollBar)
        and w.isVisible()
        and w.isEnabled()
    ]


@pytest.fixture
def opened(window, demo, qtbot):
    window.resize(1000, 560)  # every page scrolls
    window.open_session(demo.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(guarded)  # installed once the window has painted
    return demo


def guarded() -> bool:
    return bool(QApplication.instance().property("truceInputGuard"))


def test_scrolling_setup_with_the_wheel_scrolls_the_page_and_keeps_the_year(window, opened, qtbot):
    view = window.session_view
    page = view.page("setup")
    frame = view.current_frame()
    window.library.table.setFocus()  # the keyboard is elsewhere
    before = window.store.load(opened.id).info.date
    bar = frame.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    wheel(page.date)
    wheel(page.date)
    assert bar.value() > 0  # the page scrolled under the mouse
    assert window.store.load(opened.id).info.date == before
    assert page.date.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # Focused on purpose, the control takes the wheel as usual.
    page.date.setFocus()
    qtbot.waitUntil(page.date.hasFocus)
    wheel(page.date, notches=1)
    assert window.store.load(opened.id).info.date != before


def test_no_unfocused_control_on_any_page_changes_with_the_wheel(window, opened, qtbot):
    view = window.session_view
    checked = 0
    for stage in STAGES:
        view.go(stage)
        frame = view.current_frame()
        frame.notes.toggle.setChecked(True)  # the note board's kind, side and votes too
        qtbot.waitUntil(frame.isVisible)
        window.saved_label.setFocus()
        stored = window.store.load(opened.id)
        for control in value_controls(frame):
            control.clearFocus()
            before = value_of(control)
            wheel(control, 1)
            wheel(control, -1)
            wheel(control, -1)
            assert value_of(control) == before, (stage, control.objectName())
            assert control.focusPolicy() != Qt.FocusPolicy.WheelFocus, control.objectName()
            checked += 1
        assert window.store.load(opened.id) == stored, stage
    assert checked >= 12  # dates, predictions, conditions, hours, archetype, timer, votes…


def test_the_live_toolbar_timer_ignores_the_wheel_until_focused(window, opened, qtbot):
    minutes = window.findChild(QAbstractSpinBox, "liveTimerMinutes")
    assert minutes is not None
    window.saved_label.setFocus()
    before = minutes.value()
    wheel(minutes, 1)
    assert minutes.value() == before


def test_tab_leaves_every_text_box_and_reaches_add_participant(window, opened, qtbot):
    view = window.session_view
    for stage in STAGES:
        view.go(stage)
        for box in view.current_frame().findChildren(QPlainTextEdit):
            assert box.tabChangesFocus(), (stage, box.objectName())
        for box in view.current_frame().findChildren(QTextEdit):
            assert box.tabChangesFocus(), (stage, box.objectName())
    view.go("setup")
    page = view.page("setup")
    notes = page.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    before = notes.toPlainText()
    focused = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused.append(QApplication.focusWidget())
        if QApplication.focusWidget() is page.add_button:
            break
    assert page.add_button in focused
    assert notes.toPlainText() == before
    page.flush()
    assert "\t" not in window.store.load(opened.id).info.notes


def test_ctrl_z_in_a_notes_box_is_the_sessions_undo(window, opened, qtbot):
    view = window.session_view
    page = view.page("setup")
    notes = page.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    before = window.store.load(opened.id).info.notes
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " and more")
    qtbot.waitUntil(lambda: window.store.load(opened.id).info.notes == before + " and more")
    steps = window.undo.index()
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo.index() == steps - 1
    assert window.store.load(opened.id).info.notes == before
    assert view.page("setup").notes.toPlainText() == before


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed where the keyboard is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def test_a_grid_entered_with_ctrl_pgdn_takes_typed_ratings_at_once(window, qtbot):
    from ui.models.frictions import SALES

    session = window.store.create("Kick-off")
    window.open_session(session.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.session_view
    view.go("diagnosis")
    view.navigator.setFocus()
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_stage() == "frictions"
    page = view.page("frictions")
    assert page.table.hasFocus()
    page.table.setCurrentIndex(page.model.index(0, SALES))
    for digit in "4321":
        press(qtbot, getattr(Qt.Key, f"Key_{digit}"))
    stored = window.store.load(session.id).frictions.items
    assert [f.sales_rating for f in stored[:4]] == [4, 3, 2, 1]


def test_a_grid_entered_with_ctrl_number_takes_typed_answers_at_once(window, qtbot):
    session = window.store.create("Kick-off")
    window.open_session(session.id)
    setup = window.session_view.page("setup")
    setup.add_participant(setup_department(), anonymous=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session_view.navigator.setFocus()
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.session_view.page("diagnosis")
    assert page.grid.hasFocus()
    for digit in "543":
        press(qtbot, getattr(Qt.Key, f"Key_{digit}"))
    answers = window.store.load(session.id).assessment.answers
    assert sorted(a.value for a in answers if a.value) == [3, 4, 5]


def setup_department():
    from workshop_app.domain import Department

    return Department.SALES
