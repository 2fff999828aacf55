"""Every control can be found by a screen reader and reached by keyboard, on every stage page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from workshop_app.demo import create_demo

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _inside_a_compound(widget: QWidget) -> bool:
    """Parts of another control (a spin box's text field, a combo's list, a tab bar's scroll
    buttons, a table's editors) are named by that control."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _labelled_by(widget: QWidget) -> bool:
    root = widget.window()
    if any(label.buddy() is widget for label in root.findChildren(QLabel)):
        return True
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        return label is not None and bool(getattr(label, "text", lambda: "")())
    return False


def unnamed(page: QWidget) -> list[str]:
    missing = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(page):
            continue
        if _inside_a_compound(widget):
            continue
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if _labelled_by(widget):
            continue
        missing.append(
            f"{type(widget).__name__} {widget.objectName() or '(no name)'} in "
            f"{type(widget.parentWidget()).__name__}"
        )
    return missing


def test_every_control_on_every_page_has_a_name(window, qtbot):
    session = create_demo(window.store.repo, "en")
    window.open_session(session.id)
    view = window.session_view
    problems = {}
    for stage in view.stages:
        view.go(stage)
        frame = view.current_frame()
        frame.notes.open_board()
        missing = unnamed(frame)
        for tabs in frame.findChildren(QTabWidget):  # the hidden tabs too
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                missing += [m for m in unnamed(frame) if m not in missing]
        if missing:
            problems[stage] = missing
    assert problems == {}


def test_colours_on_the_window_background_have_dark_twins(qapp, monkeypatch):
    from ui import style

    before = style.WARNING_COLOUR.name()
    monkeypatch.setattr(style, "is_dark", lambda app: True)
    style._apply_scheme(qapp)
    try:
        assert style.WARNING_COLOUR.name() == "#ff8a80"
        assert style.OVERDUE_BACKGROUND.lightness() < 128  # light text stays readable on it
        assert "#ff8a80" in qapp.styleSheet()
    finally:
        monkeypatch.setattr(style, "is_dark", lambda app: False)
        style._apply_scheme(qapp)
    assert style.WARNING_COLOUR.name() == before
