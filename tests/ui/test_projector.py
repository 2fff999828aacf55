"""The projector: it follows the facilitator, can be frozen, updates as the room's answers are
saved, shows the countdown, and never shows what is meant for the facilitator alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

from ui.live.panels import PANELS, Projection, build_panel, register
from workshop_app.content import load_content
from workshop_app.domain import STAGES, Contact, Participant

MARKER = "ZQX-PRIVATE-7731"


@pytest.fixture
def projector(window, demo, qtbot):
    window.open_session(demo.id)
    window.live.actions["projector"].setChecked(True)
    qtbot.waitUntil(window.live.projector.isVisible)
    return window, window.live.projector


def shown_text(widget: QWidget) -> str:
    """Everything the room can read: labels, text boxes and the painted charts' text."""
    parts = [label.text() for label in widget.findChildren(QLabel)]
    parts += [box.toPlainText() for box in widget.findChildren(QTextEdit)]
    parts += [box.toPlainText() for box in widget.findChildren(QPlainTextEdit)]
    parts += [w.accessibleDescription() for w in widget.findChildren(QWidget)]
    return "\n".join(parts)


def test_f5_opens_the_projector_on_the_current_stage_and_closes_it(window, demo, qtbot):
    window.open_session(demo.id)
    window.session_view.go("frictions")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.live.projector
    qtbot.waitUntil(projector.isVisible)
    assert projector.title.text() == "What gets in the way"
    assert "Lead quality and follow-up" in shown_text(projector)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not projector.isVisible()


def test_the_projector_follows_navigation(projector):
    window, view = projector
    content = load_content("en")
    for stage in STAGES:
        window.session_view.go(stage)
        assert view.stage == stage
        assert view.title.text() == content.text(f"workshop.stages.{stage}.title")


def test_freezing_keeps_the_room_on_its_stage_until_unfrozen(projector, qtbot):
    window, view = projector
    window.session_view.go("diagnosis")
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert view.frozen
    window.session_view.go("actions")
    assert view.stage == "diagnosis" and view.title.text() == "Where do we stand?"
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not view.frozen and view.stage == "actions"


def test_saved_answers_reach_the_projector(projector):
    window, view = projector
    window.session_view.go("frictions")
    session = window.session_view.session
    custom = replace(session.frictions.items[0], id="x-new", custom_title="Trade-show leads vanish")
    custom.sales_rating, custom.marketing_rating, custom.votes = 5, 5, 20
    session.frictions.items.append(custom)
    window.store.save_section(session.id, "frictions", session.frictions)
    assert "Trade-show leads vanish" in shown_text(view)


def test_hidden_assessment_results_stay_hidden(projector):
    window, view = projector
    session = window.session_view.session
    session.assessment.predict_reveal, session.assessment.revealed = True, False
    window.store.save_section(session.id, "assessment", session.assessment)
    window.session_view.go("diagnosis")
    text = shown_text(view)
    assert "once they are revealed" in text
    assert "Sales 40" not in text


def test_the_projector_shows_the_countdown_and_time_up(projector, qtbot):
    window, view = projector
    countdown = window.live.countdown
    assert not view.timer.isVisible()  # an idle countdown is no news to the room
    clock = [100.0]
    countdown.clock = lambda: clock[0]
    countdown.set_minutes(2)
    countdown.start()
    clock[0] += 30
    countdown.tick()
    assert view.timer.isVisible() and view.timer.text() == "1:30"
    clock[0] += 91
    countdown.tick()
    assert view.timer.text() == "0:00" and view.timer.property("done") is True
    assert view.timer_note.text() == "Time's up"


def test_the_projector_never_shows_private_notes_or_names(window, demo, repo, qtbot):
    session = repo.get(demo.id)
    repo.update_info(demo.id, notes=f"Session notes {MARKER}")
    session.frictions.notes = f"Map notes {MARKER}"
    session.frictions.items[0].notes = f"Driver notes {MARKER}"
    session.assessment.notes = f"Assessment notes {MARKER}"
    session.role_map.contacts.append(
        Contact(id="c-private", topic="Pricing", person=f"Person {MARKER}", contact=MARKER)
    )
    for name in ("frictions", "assessment", "role_map"):
        repo.save_section(demo.id, name, getattr(session, name))
    participants = session.participants + [
        Participant(id="p-private", name=f"Anon {MARKER}", department="sales", anonymous=True)
    ]
    repo.save_participants(demo.id, participants)

    window.open_session(demo.id)
    window.live.actions["projector"].setChecked(True)
    projector = window.live.projector
    qtbot.waitUntil(projector.isVisible)
    for stage in STAGES:
        window.session_view.go(stage)
        assert projector.stage == stage
        assert MARKER not in shown_text(projector), stage
        assert projector.windowTitle() and MARKER not in projector.windowTitle()


def test_a_stage_panel_plugs_in_through_the_registry(qtbot, demo):
    previous = PANELS.get("setup")
    try:

        @register("setup")
        def board(projection: Projection, parent: QWidget) -> QWidget:
            return QLabel(f"{len(projection.session.participants)} notes", parent)

        parent = QWidget()
        qtbot.addWidget(parent)
        panel = build_panel("setup", Projection(demo, load_content("en"), 1.0), parent)
        assert isinstance(panel, QLabel) and panel.text() == "10 notes"
    finally:
        PANELS["setup"] = previous


def test_the_projector_scales_its_type_with_the_window(projector, qtbot):
    window, view = projector
    view.showNormal()
    view.resize(1280, 720)
    qtbot.waitUntil(lambda: abs(view.scale - 1.0) < 0.06)
    assert "font-size: 46px; font-weight: 700" in view.styleSheet()  # the stage title
    view.resize(1920, 1080)
    qtbot.waitUntil(lambda: abs(view.scale - 1.5) < 0.06)
    assert "font-size: 69px; font-weight: 700" in view.styleSheet()


def test_the_room_and_the_facilitator_read_the_same_friction_figures(projector):
    from ui.live.bars import BarList
    from workshop_app.friction_map import ranked

    window, view = projector
    window.session_view.go("frictions")
    session = window.session_view.session
    top = ranked(session.frictions.items)[:3]
    page = window.session_view.page("frictions")
    facilitator = page.summary.text()
    bars = view.findChild(BarList)
    assert bars is not None
    for friction, row in zip(top, bars.rows, strict=False):
        assert row.note.startswith(
            f"{float(friction.sales_rating + friction.marketing_rating + friction.votes):g} = pain"
        )
        assert row.note in facilitator.replace("&amp;", "&")


def test_on_one_display_f5_opens_full_screen_in_front_and_passes_the_stage_keys_back(
    window, demo, qtbot
):
    window.open_session(demo.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = window.live.projector
    qtbot.waitUntil(projector.isVisible)
    assert projector.shares_display  # the offscreen platform has one screen
    assert projector.isFullScreen()
    qtbot.waitUntil(projector.isActiveWindow)  # in front, with the keyboard
    qtbot.waitUntil(projector.keys.isVisible)
    assert "Esc closes" in projector.keys.text()
    qtbot.keyClick(projector, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.session_view.current_stage() == "diagnosis"
    assert projector.stage == "diagnosis"
    qtbot.keyClick(projector, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.session_view.current_stage() == "frictions" == projector.stage
    qtbot.keyClick(projector, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert projector.stage == "diagnosis"
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    assert not window.live.actions["projector"].isChecked()
    qtbot.waitUntil(window.isActiveWindow)


def test_one_more_minute_at_time_up_runs_on_instead_of_standing_paused(projector, qtbot):
    window, view = projector
    countdown = window.live.countdown
    clock = [1000.0]
    countdown.clock = lambda: clock[0]
    countdown.set_minutes(1)
    countdown.start()
    clock[0] += 61
    countdown.tick()
    assert countdown.done and view.timer_note.text() == "Time's up"
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert countdown.running and not countdown.paused
    assert view.timer.text() == "1:00" and view.timer_note.text() != "Paused"
    clock[0] += 61
    countdown.tick()
    assert countdown.done  # the extra minute ran out: time's up again, not "1:00 Paused"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (800, 450)])
def test_no_figure_on_the_bars_is_ever_clipped(qtbot, size):
    from PySide6.QtGui import QFontMetricsF

    from ui.live.bars import NOTE_PADDING, Bar, BarList, BarRow, _elided, _fits
    from ui.style import SALES_COLOUR

    notes = ["1.2 / 3.3", "10.5 = pain 7.5 + 3 votes", "100 = pain 10 + 90 votes", "–"]
    long_label = "When marketing generated leads reach sales they are often " * 3
    rows = [
        BarRow(f"{long_label} {n}", [Bar(2.0, SALES_COLOUR)], note) for n, note in enumerate(notes)
    ]
    bars = BarList(rows, 5.0)
    qtbot.addWidget(bars)
    bars.resize(*size)
    for row, where in zip(rows, bars.layout_rows(), strict=True):
        width = QFontMetricsF(where.note_font).horizontalAdvance(row.note)
        assert width + NOTE_PADDING / 2 <= where.note.width(), (size, row.note)
        assert where.note.right() <= bars.width()
        shown = _elided(where.label_font, where.label, row.label)
        assert _fits(where.label_font, where.label, shown), size


def test_the_role_swap_stands_side_by_side_on_the_projector(projector, qtbot):
    window, view = projector
    window.session_view.go("role_swap")
    qtbot.waitUntil(lambda: view.panel is not None and view.panel.isVisible())
    session = window.session_view.session
    first = next(
        p["id"]
        for p in load_content("en").items("role_swap.prompts")
        if any(a.prompt == p["id"] and a.text.strip() for a in session.role_swap.answers)
    )
    answer = next(a for a in session.role_swap.answers if a.prompt == first and a.text.strip())
    name = f"swap_{answer.prompt}_{answer.author}_{answer.about}"
    (quote,) = [w for w in view.findChildren(QLabel, name) if w.isVisible()]
    assert quote.text().startswith(" ".join(answer.text.split())[:40])
    text = shown_text(view)
    assert "Marketing about Sales" in text and "Sales about itself" in text
    assert "Sales about Marketing" in text and "Marketing about itself" in text
