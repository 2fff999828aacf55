"""Running the workshop live: the agenda, the workshop clock and the session countdown, driven
through the window's commands and keys with fake clocks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.agenda_dialog import MINUTES, STAGE, AgendaDialog
from workshop_app import agenda as rules

ROOM = timezone(timedelta(hours=2))


class FakeClocks:
    """A monotonic clock for the countdown and a wall clock for the workshop, moved by hand."""

    def __init__(self) -> None:
        self.seconds = 5000.0
        self.wall = datetime(2026, 4, 2, 9, 0, tzinfo=ROOM)

    def monotonic(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.wall

    def advance(self, minutes: float) -> None:
        self.seconds += minutes * 60
        self.wall += timedelta(minutes=minutes)


@pytest.fixture
def live(window, repo, qtbot):
    """A fresh half-day session, open, with both clocks under the test's control."""
    session = window.store.create("Live workshop", organisation="Brightwater Instruments")
    window.open_session(session.id)
    clocks = FakeClocks()
    window.live.countdown.clock = clocks.monotonic
    window.live.clock.now = clocks.now
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, clocks


def stored_agenda(repo, window):
    return repo.get(window.session_view.session.id).agenda


def navigator_labels(window) -> list[str]:
    nav = window.session_view.navigator
    return [nav.item(row).text() for row in range(nav.count())]


# ---------------------------------------------------------------------- the agenda


def test_a_new_session_has_the_half_day_plan(live, repo):
    window, _ = live
    agenda = stored_agenda(repo, window)
    assert agenda.plan == "half_day"
    assert rules.planned_minutes(agenda) == 225


def test_agenda_dialog_switches_plan_reorders_by_keyboard_and_skips(qtbot):
    dialog = AgendaDialog(rules.default_agenda("half_day"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.plan.setCurrentIndex(dialog.plan.findData("full_day"))
    dialog.plan.activated.emit(dialog.plan.currentIndex())
    assert dialog.total.text() == "7 h 35 min, ends at 16:35"
    # Role swap before the friction map, from the keyboard.
    dialog.table.selectRow(3)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: rules.order(dialog.agenda)[2] == "role_swap")
    assert dialog.current_row() == 2
    # Typing minutes and unticking a stage.
    dialog.table.item(2, MINUTES).setData(Qt.ItemDataRole.EditRole, 70)
    dialog.table.item(1, STAGE).setCheckState(Qt.CheckState.Unchecked)
    assert rules.item(dialog.agenda, "role_swap").minutes == 70
    assert rules.item(dialog.agenda, "diagnosis").skipped
    assert dialog.plan.currentData() == "custom"
    assert dialog.table.item(1, 3).text() == "skipped"
    # 455 - 50 (diagnosis skipped) + 15 (role swap 55 → 70) = 420 minutes.
    assert dialog.total.text() == "7 h 00 min, ends at 16:00"


def test_agenda_edits_are_saved_and_the_navigator_follows(live, repo, monkeypatch):
    window, _ = live

    def edit(dialog):
        dialog.table.item(rules.order(dialog.agenda).index("frictions"), STAGE).setCheckState(
            Qt.CheckState.Unchecked
        )
        dialog.table.selectRow(rules.order(dialog.agenda).index("goals"))
        dialog.move(-1)  # goals before role swap
        dialog.table.item(1, MINUTES).setData(Qt.ItemDataRole.EditRole, 45)
        return 1

    monkeypatch.setattr(AgendaDialog, "exec", edit)
    window.live.actions["agenda"].trigger()
    agenda = stored_agenda(repo, window)
    assert rules.item(agenda, "frictions").skipped
    assert rules.order(agenda)[3:5] == ["goals", "role_swap"]
    assert rules.item(agenda, "diagnosis").minutes == 45
    labels = navigator_labels(window)
    assert labels[2].endswith("Friction map (skipped)")
    assert labels[3].endswith("Shared goals") and labels[4].endswith("Role swap")


def test_next_and_previous_pass_over_skipped_stages(live, qtbot):
    window, _ = live
    session = window.session_view.session
    rules.item(session.agenda, "frictions").skipped = True
    rules.item(session.agenda, "role_swap").skipped = True
    window.store.save_section(session.id, "agenda", session.agenda)
    window.session_view.go("diagnosis")
    window.next_action.trigger()
    assert window.session_view.current_stage() == "goals"
    window.previous_action.trigger()
    assert window.session_view.current_stage() == "diagnosis"
    # A skipped stage is still one click away for the facilitator who wants it.
    window.session_view.go("frictions")
    assert window.session_view.current_stage() == "frictions"


# ---------------------------------------------------------------------- the workshop clock


def test_starting_the_workshop_records_stages_and_shows_how_far_behind(live, repo, qtbot, answers):
    window, clocks = live
    bar = window.live.bar
    assert bar.clock.text() == "Not started · planned 09:00–12:45"
    qtbot.keyClick(window, Qt.Key.Key_F9)
    agenda = stored_agenda(repo, window)
    assert agenda.started_at == "2026-04-02T09:00:00+02:00"
    assert rules.item(agenda, "setup").entered_at == agenda.started_at
    clocks.advance(20)  # setup was planned for 15 minutes
    window.next_action.trigger()
    agenda = stored_agenda(repo, window)
    assert rules.item(agenda, "diagnosis").entered_at == "2026-04-02T09:20:00+02:00"
    clocks.advance(10)
    window.live.clock.changed.emit()
    # Too long for one line of the toolbar: the stage's minutes go on a second line.
    assert bar.clock.text() == (
        "Elapsed 0:30 · planned end 12:45 · 5 min behind\nDiagnosis: 10 of 30 min"
    )
    assert "#b3261e" in bar.clock.styleSheet()  # five minutes behind turns it red
    # Looking back does not move the clock; the diagnosis' minutes show again on its page.
    window.session_view.go("setup")
    assert bar.clock.text() == "Elapsed 0:30 · planned end 12:45 · 5 min behind"
    window.session_view.go("diagnosis")
    assert "Diagnosis: 10 of 30 min" in bar.clock.text()
    # Ending asks first, then keeps the day's times.
    clocks.advance(15)
    window.live.actions["workshop"].trigger()
    assert answers.asked == ["confirm"]
    agenda = stored_agenda(repo, window)
    assert agenda.ended_at == "2026-04-02T09:45:00+02:00"
    assert bar.clock.text().startswith("Ran 09:00–09:45")


def test_the_clock_survives_reopening_the_session(live, repo):
    window, clocks = live
    window.live.actions["workshop"].trigger()
    clocks.advance(8)
    session_id = window.session_view.session.id
    window.show_library()
    window.open_session(session_id)
    window.live.clock.now = clocks.now
    window.live.clock.changed.emit()
    assert window.live.bar.clock.text().startswith("Elapsed 0:08")
    assert window.live.actions["workshop"].text() == "&End Workshop"


# ---------------------------------------------------------------------- the countdown


def test_countdown_keys_run_it_across_pages_and_time_up_is_loud(live, qtbot, monkeypatch):
    window, clocks = live
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    countdown, bar = window.live.countdown, window.live.bar
    assert bar.display.text() == "5:00"  # the setup stage's exercise preset
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert countdown.running
    clocks.advance(1)
    countdown.tick()
    assert bar.display.text() == "4:00"
    # Another page, the same countdown, still running; the idle preset does not touch it.
    window.session_view.go("role_swap")
    assert countdown.running and bar.display.text() == "4:00"
    role_swap_timer = window.session_view.page("role_swap").timer
    assert role_swap_timer.display.text() == "4:00" and role_swap_timer.running
    qtbot.keyClick(window, Qt.Key.Key_F8)  # one more minute
    assert bar.display.text() == "5:00"
    qtbot.keyClick(window, Qt.Key.Key_F7)  # pause
    assert not countdown.running
    clocks.advance(10)
    countdown.tick()
    assert bar.display.text() == "5:00"
    qtbot.keyClick(window, Qt.Key.Key_F7)
    clocks.advance(5)
    with qtbot.waitSignal(countdown.finished, timeout=1000):
        countdown.tick()
    assert bar.display.text() == "0:00"
    assert "background" in bar.display.styleSheet()
    assert window.statusBar().currentMessage().startswith("Time's up")
    assert beeps == [1]
    # Reset returns to the round length; the next stage's preset applies while it is idle.
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert countdown.idle
    window.session_view.go("role_split")
    assert bar.display.text() == "15:00"


def test_sound_can_be_turned_off_and_stays_off(live, qtbot, monkeypatch, context):
    window, clocks = live
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    window.live.actions["sound"].trigger()
    assert context.settings.get("live/timer_sound") is False
    countdown = window.live.countdown
    countdown.set_minutes(1)
    countdown.start()
    clocks.advance(2)
    countdown.tick()
    assert countdown.done and beeps == []


def test_presets_offer_the_round_length_and_the_stage_slot(live, qtbot):
    window, _ = live
    window.session_view.go("role_swap")
    menu = window.live.bar.presets.menu()
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["Role-swap round: 10 min", "Whole stage on the agenda: 30 min"]
    menu.actions()[1].trigger()
    assert window.live.bar.display.text() == "30:00"
    assert window.live.bar.minutes.value() == 30


def test_the_toolbar_counts_a_stages_minutes_only_while_it_is_on_screen(live, qtbot):
    window, clocks = live
    view = window.session_view
    window.live.toggle_workshop()
    view.go("actions")
    view.go("wrap_up")
    clocks.advance(7)
    window.live.clock.changed.emit()  # the second's tick
    clock = window.live.bar.clock
    assert "Wrap-up: 7 of" in clock.text()
    view.go("actions")  # looking back: the wrap-up's minutes are not the ones on screen
    clocks.advance(1)
    window.live.clock.changed.emit()
    assert "Wrap-up" not in clock.text() and "Action plan:" not in clock.text()
    assert "Elapsed 0:08" in clock.text()
    view.go("wrap_up")
    assert "Wrap-up: 8 of" in clock.text()


def test_the_toolbar_fits_a_1200_pixel_window_while_the_workshop_runs(live, qtbot):
    from PySide6.QtWidgets import QToolButton

    window, clocks = live
    window.resize(1200, 800)
    window.live.toggle_workshop()
    window.session_view.go("diagnosis")
    clocks.advance(47)
    window.live.clock.changed.emit()
    bar = window.live.bar
    qtbot.waitUntil(lambda: bar.width() <= 1200)
    overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert overflow is None or not overflow.isVisible()
    assert bar.widgetForAction(window.live.actions["freeze"]).isVisible()


def test_opening_a_session_builds_only_the_page_on_screen(live):
    """The role-swap page's timer joins the session countdown when that page first shows, so
    opening a session does not build it (the first opening of a large session is timed)."""
    window, _ = live
    assert set(window.session_view.frames) == {"setup"}
    window.session_view.go("role_swap")
    assert window.session_view.page("role_swap").timer.countdown is window.live.countdown
