"""A whole workshop run by keyboard alone, from a new session to the exported action plan: every
step is a key typed where the keyboard is, as a facilitator without a mouse would type it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot, code, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), code, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, wanted, limit: int = 80) -> QWidget:
    """Press Tab until the keyboard is on the widget ``wanted`` picks; fail if Tab never gets there."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if wanted(widget):
            return widget
        seen.append(widget.objectName() or type(widget).__name__)
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; passed {seen}")


def named(name: str):
    return lambda widget: widget.objectName() == name


def test_a_workshop_from_setup_to_the_exported_action_plan_by_keyboard_alone(
    window, answers, qtbot, tmp_path
):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: bool(QApplication.instance().property("truceInputGuard")))
    store = window.store

    # A new session (its dialog is answered through ui.prompts).
    answers.new_session = {"title": "Spring workshop", "language": "en"}
    key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.session_view.isVisible())
    session = window.session_view.session
    assert session is not None

    # Setup: the keyboard starts in the title; the organisation is a Tab away.
    assert focused().objectName() == "setup_title"
    tab_to(qtbot, named("setup_organisation"))
    type_text(qtbot, "Brightwater")
    tab_to(qtbot, named("setup_notes"))
    type_text(qtbot, "Second try after the spring fallout")
    tab_to(qtbot, named("addAnonymousSales"))
    key(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, named("addAnonymousMarketing"))
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(store.load(session.id).participants) == 2)
    assert store.load(session.id).info.organisation == "Brightwater"

    # Diagnosis: Ctrl+PgDn lands in the grid; each digit rates and moves on.
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    diagnosis = window.session_view.page("diagnosis")
    assert focused() is diagnosis.grid
    cells = diagnosis.model.rowCount() * diagnosis.model.total_column
    for n in range(cells):
        key(qtbot, getattr(Qt.Key, f"Key_{1 + n % 5}"))
    answered = [a for a in store.load(session.id).assessment.answers if a.value]
    assert len(answered) == cells

    # Friction map: ratings typed straight into the sheet.
    key(qtbot, Qt.Key.Key_3, CTRL)
    frictions = window.session_view.page("frictions")
    assert focused() is frictions.table
    for digit in "54321":
        key(qtbot, getattr(Qt.Key, f"Key_{digit}"))
    rated = [f for f in store.load(session.id).frictions.items if f.sales_rating is not None]
    assert len(rated) == 5

    # Role swap: Sales answers as Marketing in the first box.
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.session_view.current_stage() == "role_swap"
    tab_to(qtbot, lambda w: isinstance(w, QPlainTextEdit) and w.objectName().startswith("answer_"))
    type_text(qtbot, "We chase the quarter")
    qtbot.waitUntil(lambda: len(store.load(session.id).role_swap.answers) == 1)

    # Shared goals: Tab to "Add a shared goal", press it, type the statement where it lands.
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.session_view.current_stage() == "goals"
    tab_to(qtbot, named("addSharedGoal"))
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: focused().objectName() == "goalStatement")
    type_text(qtbot, "Grow revenue from new customers")
    qtbot.waitUntil(
        lambda: (
            [g.statement for g in store.load(session.id).goals.shared]
            == ["Grow revenue from new customers"]
        )
    )

    # Ten steps: the keyboard lands on the first step's Sales level; a digit rates it, Tab moves
    # on to Marketing's, the room's and the target.
    key(qtbot, Qt.Key.Key_7, CTRL)
    assert focused().objectName().startswith("sales_")
    for digit in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_4):
        key(qtbot, digit)
        key(qtbot, Qt.Key.Key_Tab)
    first = store.load(session.id).checklist.steps[0]
    assert (first.sales, first.marketing, first.current, first.target) == (3, 1, 2, 4)

    # Action plan: Ctrl+8, Ctrl+Shift+A adds an action whose title is typed at once.
    key(qtbot, Qt.Key.Key_8, CTRL)
    assert window.session_view.current_stage() == "actions"
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    # A button's shortcut presses it visibly, so the action lands a moment later.
    qtbot.waitUntil(lambda: len(store.load(session.id).actions) == 1)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    type_text(qtbot, "Weekly pipeline review")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: [a.title for a in store.load(session.id).actions] == ["Weekly pipeline review"]
    )

    # Wrap-up, then File ▸ Export ▸ Action Plan (PDF) from the menu bar by its letters.
    key(qtbot, Qt.Key.Key_9, CTRL)
    assert window.session_view.current_stage() == "wrap_up"
    target = tmp_path / "plan.pdf"
    answers.save_path = str(target)
    key(qtbot, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    file_menu = QApplication.activePopupWidget()
    key(qtbot, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not file_menu)
    export_menu = QApplication.activePopupWidget()
    assert export_menu.actions()[0].objectName() == "exportActionPlan"
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Path(target).exists(), timeout=20_000)
    assert Path(target).read_bytes().startswith(b"%PDF")
    assert "save_file" in answers.asked


def test_the_live_toolbar_buttons_are_in_the_tab_order(window, demo, qtbot):
    window.resize(1200, 800)  # the smallest window the toolbar must fit whole
    window.open_session(demo.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar = window.live.bar
    window.findChild(QWidget, "live_workshop").setFocus()
    reached = set()
    for _ in range(12):
        here = focused()
        reached.add(here.objectName() or here.parentWidget().objectName())  # a spin box text
        key(qtbot, Qt.Key.Key_Tab)
    wanted = {"live_workshop", "live_agenda", "live_timer", "live_extend", "liveTimerMinutes"}
    assert wanted | {"liveTimerPresets", "live_projector", "live_freeze"} <= reached, reached
    assert bar.isVisible()
