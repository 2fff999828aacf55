"""The agenda: default plans, skipping and reordering, and the clock against the plan, checked
with timestamps worked out by hand."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from workshop_app import agenda as rules
from workshop_app.demo import demo_session
from workshop_app.documents import session_document
from workshop_app.domain import STAGES, Agenda, AgendaItem, Session, SessionInfo

ROOM = timezone(timedelta(hours=1))


def at(hhmm: str, seconds: int = 0) -> datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return datetime(2026, 3, 12, hours, minutes, seconds, tzinfo=ROOM)


def test_half_day_fits_a_morning_and_full_day_a_working_day():
    half = rules.default_agenda("half_day")
    full = rules.default_agenda("full_day")
    assert rules.order(half) == list(STAGES) == rules.order(full)
    # 15+30+25+30+25+30+20+25+10 = 210 minutes of stages and one 15-minute break.
    assert rules.planned_minutes(half) == 225
    assert rules.clock_time(half.start_time, rules.planned_minutes(half)) == "12:45"
    # 30+50+45+55+45+55+40+40+20 = 380 minutes of stages, two coffee breaks and lunch (75).
    assert rules.planned_minutes(full) == 455
    assert rules.clock_time("09:00", 455) == "16:35"


def test_planned_starts_count_breaks_and_pass_over_skipped_stages():
    plan = rules.default_agenda("full_day")
    rules.item(plan, "diagnosis").skipped = True
    starts = rules.planned_starts(plan)
    assert "diagnosis" not in starts
    # setup 30, diagnosis skipped, frictions 45 + break 15 → role swap at 90 minutes.
    assert starts["frictions"] == 30
    assert starts["role_swap"] == 90
    assert rules.planned_minutes(plan) == 455 - 50


def test_next_and_previous_pass_over_skipped_stages():
    plan = rules.default_agenda()
    for stage in ("frictions", "role_swap"):
        rules.item(plan, stage).skipped = True
    assert rules.step(plan, "diagnosis", 1) == "goals"
    assert rules.step(plan, "goals", -1) == "diagnosis"
    assert rules.step(plan, "frictions", 1) == "goals"  # from a skipped stage the room is on
    assert rules.step(plan, "wrap_up", 1) is None
    assert rules.step(plan, "setup", -1) is None


def test_moving_a_stage_follows_the_new_order_and_marks_the_plan_custom():
    plan = rules.default_agenda()
    index = rules.order(plan).index("role_swap")
    assert rules.move(plan, index, -1) == index - 1
    assert rules.order(plan)[1:4] == ["diagnosis", "role_swap", "frictions"]
    assert plan.plan == "custom"
    assert rules.step(plan, "role_swap", 1) == "frictions"
    assert rules.move(plan, 0, -1) == 0  # nothing above the first


def test_an_old_session_gets_the_half_day_plan_and_a_missing_stage_is_put_back():
    assert rules.order(rules.complete(Agenda())) == list(STAGES)
    partial = Agenda(
        plan="full_day",
        items=[AgendaItem("setup", 20), AgendaItem("goals", 40), AgendaItem("setup", 5)],
    )
    done = rules.complete(partial)
    assert sorted(rules.order(done)) == sorted(STAGES)
    assert rules.item(done, "setup").minutes == 20  # the first entry of a duplicate wins
    assert rules.item(done, "diagnosis").minutes == 50  # the full-day default


def _running() -> Agenda:
    plan = rules.default_agenda("half_day")
    rules.start(plan, "setup", at("09:00"))
    return plan


def test_not_started_has_no_clock():
    assert rules.clock_status(rules.default_agenda(), at("10:00")).state == "not_started"


def test_on_plan_inside_the_first_stage():
    status = rules.clock_status(_running(), at("09:10"))
    assert status.state == "running"
    assert status.elapsed == timedelta(minutes=10)
    assert status.planned_end == at("12:45")
    assert status.behind == 0
    assert status.stage == "setup" and status.stage_planned == 15


def test_overrunning_a_stage_counts_as_behind():
    # Setup is planned for 15 minutes; at 09:27 the room is still in it: 12 minutes behind.
    assert rules.clock_status(_running(), at("09:27")).behind == 12


def test_reaching_a_stage_late_or_early():
    plan = _running()
    rules.enter(plan, "diagnosis", at("09:20"))  # planned for 09:15
    assert rules.clock_status(plan, at("09:30")).behind == 5
    # Diagnosis is 30 minutes; at 09:58 the room has spent 38 there: 5 late + 8 over = 13.
    assert rules.clock_status(plan, at("09:58")).behind == 13
    rules.enter(plan, "frictions", at("09:40"))  # planned for 09:45
    assert rules.clock_status(plan, at("09:50")).behind == -5


def test_looking_back_at_an_earlier_stage_does_not_move_the_clock():
    plan = _running()
    rules.enter(plan, "diagnosis", at("09:15"))
    assert not rules.enter(plan, "setup", at("09:40"))  # already reached
    assert rules.clock_status(plan, at("09:40")).stage == "diagnosis"


def test_skipped_stages_are_not_entered_and_the_break_is_planned():
    plan = _running()
    rules.item(plan, "diagnosis").skipped = True
    assert not rules.enter(plan, "diagnosis", at("09:15"))
    rules.enter(plan, "frictions", at("09:15"))
    rules.enter(plan, "role_swap", at("09:40"))
    # Goals are planned after setup 15 + frictions 25 + role swap 30 + break 15 = 85 min: 10:25.
    rules.enter(plan, "goals", at("10:31", 30))
    assert rules.clock_status(plan, at("10:40")).behind == 7  # 6.5 minutes rounds to 7


def test_half_a_minute_rounds_away_from_zero():
    plan = _running()
    assert rules.clock_status(plan, at("09:15", 29)).behind == 0
    assert rules.clock_status(plan, at("09:15", 30)).behind == 1


def test_an_ended_workshop_compares_the_whole_day():
    plan = _running()
    rules.end(plan, at("13:02"))
    status = rules.clock_status(plan, at("18:00"))
    assert status.state == "ended"
    assert status.elapsed == timedelta(hours=4, minutes=2)
    assert status.behind == 17  # 242 minutes against 225 planned


def test_starting_again_clears_the_recorded_times():
    plan = _running()
    rules.enter(plan, "diagnosis", at("09:15"))
    rules.start(plan, "setup", at("13:00"))
    assert rules.item(plan, "diagnosis").entered_at == ""
    assert rules.item(plan, "setup").entered_at == rules.stamp(at("13:00"))
    rules.reset(plan)
    assert not plan.started_at and not rules.item(plan, "setup").entered_at


def test_timer_presets_offer_the_round_then_the_stage_slot():
    session = Session(info=SessionInfo(id="s", title="t"), agenda=rules.default_agenda())
    session.role_swap.round_minutes = 8
    assert [(p.kind, p.minutes) for p in rules.timer_presets(session, "role_swap")] == [
        ("round", 8),
        ("stage", 30),
    ]
    assert rules.timer_presets(session, "frictions")[0] == rules.TimerPreset("exercise", 10)


def test_the_demo_ran_a_full_day_nineteen_minutes_over():
    demo = demo_session("en")
    status = rules.clock_status(demo.agenda, datetime.now().astimezone())
    assert demo.agenda.plan == "full_day"
    assert status.state == "ended"
    assert status.behind == 19  # 09:04–16:58 is 474 minutes against 455 planned
    assert rules.parse(demo.agenda.started_at).date().isoformat() == demo.info.date


def test_a_document_without_an_agenda_still_imports():
    doc = session_document.to_document(demo_session("en"))
    del doc["agenda"]
    session = session_document.from_document(doc)
    assert session.agenda == Agenda()
    assert rules.order(rules.complete(session.agenda)) == list(STAGES)


def test_times_the_clock_cannot_read_count_as_not_written():
    # A library written before documents were checked strictly may hold such times.
    plan = rules.default_agenda("half_day")
    plan.started_at = "12/11/2026 09:04"
    assert rules.clock_status(plan, at("10:00")).state == "not_started"
    plan.started_at = "9999-12-31T23:59:59+00:00"
    assert rules.clock_status(plan, at("10:00")).state == "not_started"
    plan = _running()
    plan.ended_at = "0001-01-01T00:00:00"
    rules.item(plan, "setup").entered_at = "yesterday"
    status = rules.clock_status(plan, at("09:10"))
    assert (status.state, status.stage) == ("running", "")
