from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import ItemKind, RunEventKind
from facilitator.core.replan import Proposal
from facilitator.core.run_log import Instant, RunEvent, seconds_between
from facilitator.core.schedule import PlanItem
from facilitator.core.timer import TimerEngine, TimerError, TimerState

DAY = date(2026, 3, 10)
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def plan() -> list[PlanItem]:
    return [
        PlanItem("k-welcome", "Welcome", ItemKind.PLENARY, 15),
        PlanItem("k-panel", "Panel", ItemKind.PLENARY, 60),
        PlanItem("k-break", "Coffee", ItemKind.BREAK, 15),
        PlanItem("k-work", "Workshop", ItemKind.BREAKOUT, 90),
        PlanItem("k-lunch", "Lunch", ItemKind.MEAL, 60, fixed_start=time(12, 0)),
    ]


def engine(clock: FakeClock, **kwargs: object) -> TimerEngine:
    return TimerEngine(plan(), time(9, 0), DAY, UTC, clock, session="s1", **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0, monotonic=500.0)


def test_not_started(clock: FakeClock) -> None:
    e = engine(clock)
    assert e.state() is TimerState.NOT_STARTED
    assert e.current_key is None
    assert e.next_item() is not None and e.next_item().key == "k-welcome"  # type: ignore[union-attr]
    assert len(e.items_left()) == 5
    assert e.elapsed_seconds() == 0
    # Not started: day projected from plan, lunch fixed at 12:00 for an hour.
    assert e.projected_end() == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)


def test_each_command_returns_the_one_event_it_appends(clock: FakeClock) -> None:
    e = engine(clock)
    first = e.start()
    assert e.events == (first,)
    assert first.kind is RunEventKind.START and first.item_key == "k-welcome"
    assert first.wall == T0 and first.monotonic == 500.0 and first.session == "s1"
    clock.advance(10)
    second = e.pause()
    assert e.events == (first, second)
    assert second.kind is RunEventKind.PAUSE


def test_three_hours_of_one_second_ticks_do_not_drift(clock: FakeClock) -> None:
    items = [PlanItem("long", "Marathon", ItemKind.PLENARY, 240)]
    e = TimerEngine(items, time(9, 0), DAY, UTC, clock, session="s1")
    e.start()
    for _ in range(10_800):
        clock.advance(1.0)
    assert e.elapsed_seconds() == 10_800.0
    assert e.remaining_seconds() == 3_600.0
    assert e.progress() == 0.75


def test_irregular_advances_are_exact(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    rng = random.Random(7)
    total = 0.0
    for _ in range(5_000):
        step = rng.choice([0.016, 0.25, 0.999, 1.0, 3.7])
        clock.advance(step)
        total += step
    assert e.elapsed_seconds() == pytest.approx(total, abs=1e-6)
    assert e.remaining_seconds() == pytest.approx(15 * 60 - total, abs=1e-6)


def test_states_through_an_item(clock: FakeClock) -> None:
    e = engine(clock, warn_at_seconds=120)
    e.start()
    assert e.state() is TimerState.ON_TIME
    clock.advance(15 * 60 - 121)
    assert e.state() is TimerState.ON_TIME
    clock.advance(1)
    assert e.state() is TimerState.WRAP_UP
    clock.advance(120)
    assert e.remaining_seconds() == 0
    assert e.state() is TimerState.WRAP_UP
    clock.advance(95)
    assert e.state() is TimerState.OVERRUN
    assert e.overrun_seconds() == 95
    assert e.remaining_seconds() == -95
    assert e.progress() == 1.0
    e.pause()
    assert e.state() is TimerState.PAUSED


def test_pause_stops_elapsed_and_resume_continues(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(300)
    e.pause()
    clock.advance(1_000)
    assert e.elapsed_seconds() == 300
    e.resume()
    clock.advance(60)
    assert e.elapsed_seconds() == 360
    assert e.remaining_seconds() == 15 * 60 - 360


def test_invalid_commands_say_why(clock: FakeClock) -> None:
    e = engine(clock)
    with pytest.raises(TimerError, match="not running"):
        e.pause()
    with pytest.raises(TimerError, match="not started"):
        e.next()
    with pytest.raises(TimerError, match="not on today's agenda"):
        e.start("nope")
    e.start()
    with pytest.raises(TimerError, match="already started"):
        e.start()
    with pytest.raises(TimerError, match="not paused"):
        e.resume()
    with pytest.raises(TimerError, match="first item"):
        e.previous()
    with pytest.raises(TimerError, match="already running"):
        e.jump("k-welcome")
    with pytest.raises(TimerError, match="below zero"):
        e.adjust(-16)
    assert len(e.events) == 1  # refused commands record nothing
    e.jump("k-lunch")
    with pytest.raises(TimerError, match="last item"):
        e.next()
    e.finish()
    with pytest.raises(TimerError, match="finished"):
        e.adjust(1)
    assert issubclass(TimerError, ValueError)


def test_adjust_extends_and_shortens(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(600)
    adjust = e.adjust(5)
    assert adjust.kind is RunEventKind.ADJUST and adjust.seconds == 300
    assert e.remaining_seconds() == 15 * 60 + 300 - 600
    e.adjust(-2.5)
    assert e.remaining_seconds() == 15 * 60 + 150 - 600
    assert e.planned_seconds() == 15 * 60 + 150


def test_next_moves_on_and_records_actuals(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(17 * 60)
    advance = e.next()
    assert advance.kind is RunEventKind.ADVANCE and advance.item_key == "k-panel"
    assert e.current_key == "k-panel"
    assert e.elapsed_seconds() == 0
    actual = e.actuals()["k-welcome"]
    assert actual.start == T0
    assert actual.end == T0 + timedelta(minutes=17)
    assert actual.elapsed_seconds == 17 * 60
    assert actual.planned_seconds == 15 * 60
    assert "k-panel" not in e.actuals()


def test_previous_continues_the_earlier_items_time(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(600)
    e.next()
    clock.advance(30)
    back = e.previous()
    assert back.kind is RunEventKind.START and back.item_key == "k-welcome"
    assert e.elapsed_seconds() == 600
    clock.advance(60)
    assert e.elapsed_seconds() == 660


def test_restart_sets_elapsed_to_zero(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(400)
    e.adjust(3)
    e.pause()
    e.restart()
    assert e.elapsed_seconds() == 0
    assert e.state() is TimerState.ON_TIME
    assert e.planned_seconds() == 18 * 60  # the adjustment stays
    clock.advance(5)
    assert e.elapsed_seconds() == 5


def test_jump_skips_ahead_and_items_left(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    e.jump("k-work")
    assert e.current_key == "k-work"
    assert [i.key for i in e.items_left()] == ["k-lunch"]
    assert e.next_item() is not None and e.next_item().key == "k-lunch"  # type: ignore[union-attr]


def test_finish(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(60)
    e.finish()
    clock.advance(3600)
    assert e.state() is TimerState.FINISHED
    assert e.items_left() == ()
    assert e.projected_end() == T0 + timedelta(seconds=60)
    assert e.actuals()["k-welcome"].elapsed_seconds == 60
    e.previous()  # a mistaken Finish can be undone
    assert e.current_key == "k-welcome"
    assert e.elapsed_seconds() == 60


def test_behind_when_started_late_and_ahead_when_moving_early(clock: FakeClock) -> None:
    e = engine(clock)
    clock.advance(5 * 60)  # the room starts at 9:05
    e.start()
    clock.advance(10 * 60)
    # Plan says at 9:15 we'd be 15 min in; we are 10 min in: 5 min behind.
    assert e.behind_seconds() == 300
    e.next()  # panel starts 9:15, as planned
    assert e.behind_seconds() == 0
    clock.advance(50 * 60)
    e.next()  # coffee at 10:05, planned 10:15: 10 min ahead
    assert e.behind_seconds() == -600


def test_overrun_and_adjust_count_as_behind(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(20 * 60)  # 5 min over a 15 min item
    assert e.behind_seconds() == 300
    e.adjust(10)  # now planned to end 9:25, five minutes from now
    assert e.behind_seconds() == 600
    e.pause()
    clock.advance(60)
    assert e.behind_seconds() == 660  # a paused room keeps slipping


def test_projected_end_of_day(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(25 * 60)  # welcome runs 10 min over
    # 9:25 + panel 60 + coffee 15 + workshop 90 = 12:10; lunch waits for the room.
    assert e.projected_end() == datetime(2026, 3, 10, 13, 10, tzinfo=UTC)
    snap = e.snapshot()
    assert snap.state is TimerState.OVERRUN
    assert snap.next_key == "k-panel"
    assert snap.items_left == 4


def test_projected_end_in_local_time_zone() -> None:
    eastern = timezone(timedelta(hours=-5))
    clock = FakeClock(datetime(2026, 3, 10, 14, 0, tzinfo=UTC))  # 9:00 local
    e = TimerEngine(plan(), time(9, 0), DAY, eastern, clock, session="s1")
    e.start()
    assert e.behind_seconds() == 0
    end = e.projected_end()
    assert end.utcoffset() == timedelta(hours=-5)
    assert (end.hour, end.minute) == (13, 0)


def test_replay_after_restart_gives_same_state(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(700)
    e.adjust(4)
    e.next()
    clock.advance(100)
    e.pause()
    clock.advance(50)
    e.resume()
    clock.advance(200)
    before = e.snapshot()

    # The app is killed; a new process has a different monotonic origin.
    clock2 = FakeClock(clock.now() + timedelta(seconds=90), monotonic=3.0)
    revived = TimerEngine(plan(), time(9, 0), DAY, UTC, clock2, e.events, session="s2")
    after = revived.snapshot()
    assert after.current_key == before.current_key == "k-panel"
    assert after.elapsed_seconds == before.elapsed_seconds + 90 == 390
    assert after.state is before.state
    assert revived.actuals() == e.actuals()
    assert revived.actuals()["k-welcome"].planned_seconds == 15 * 60 + 240
    revived.pause()
    assert revived.events[-1].session == "s2"
    assert len(revived.events) == len(e.events) + 1


def test_restart_while_paused_stays_paused(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(100)
    e.pause()
    clock2 = FakeClock(clock.now() + timedelta(hours=2), monotonic=1.0)
    revived = TimerEngine(plan(), time(9, 0), DAY, UTC, clock2, e.events, session="s2")
    assert revived.state() is TimerState.PAUSED
    assert revived.elapsed_seconds() == 100


def test_wall_clock_jump_within_session_does_not_corrupt_elapsed(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(120)
    clock.jump_wall(-3600)  # the clock is set back an hour
    clock.advance(60)
    assert e.elapsed_seconds() == 180
    e.pause()
    assert TimerEngine(plan(), time(9, 0), DAY, UTC, clock, e.events).elapsed_seconds() == 180


def test_small_forward_wall_correction_is_ignored(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(120)
    clock.jump_wall(45)  # NTP nudges the clock forward
    clock.advance(20)
    assert e.elapsed_seconds() == 140


def test_sleep_counts_the_true_elapsed_time(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(60)
    clock.jump_wall(20 * 60)  # the lid is closed for 20 min: monotonic stood still
    clock.advance(1)
    assert e.elapsed_seconds() == 61 + 20 * 60
    assert e.state() is TimerState.OVERRUN


def test_seconds_between_rules() -> None:
    a = Instant(T0, 100.0, "s")
    assert seconds_between(a, Instant(T0 - timedelta(hours=1), 130.0, "s")) == 30
    assert seconds_between(a, Instant(T0 + timedelta(minutes=10), 101.0, "s")) == 600
    assert seconds_between(a, Instant(T0 + timedelta(seconds=50), 5.0, "other")) == 50
    assert seconds_between(a, Instant(T0 - timedelta(seconds=50), 500.0, "other")) == 0


def test_run_event_needs_aware_wall_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        RunEvent(RunEventKind.START, "k", datetime(2026, 3, 10, 9, 0), 0.0)


def test_events_for_deleted_items_are_skipped(clock: FakeClock) -> None:
    ghost = RunEvent(RunEventKind.START, "deleted", T0, 500.0, session="s0")
    e = engine(clock, events=[ghost])
    assert e.state() is TimerState.NOT_STARTED
    assert e.events == (ghost,)


def test_accept_replan_changes_lengths_and_drops(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(30 * 60)  # welcome 15 min over
    proposal = e.propose_replan()
    assert proposal.needed_min == 15
    assert proposal.lands
    event = e.accept_replan(proposal)
    assert event.kind is RunEventKind.REPLAN and event.plan == proposal.durations
    left = {i.key: i.duration_min for i in e.items_left()}
    assert left["k-panel"] + left["k-work"] == 150 - 15
    assert left["k-break"] == 15
    # The room is now on the new plan: on time, and lunch reached at 12:00.
    assert e.behind_seconds() == 0
    assert e.projected_end() == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
    e.next()
    assert e.behind_seconds() == 0
    revived = TimerEngine(plan(), time(9, 0), DAY, UTC, clock, e.events, session="s2")
    assert {i.key: i.duration_min for i in revived.items_left()} == {
        k: v for k, v in left.items() if k != "k-panel"
    }
    assert revived.behind_seconds() == 0


def test_accept_replan_with_dropped_item(clock: FakeClock) -> None:
    items = plan()
    items[1] = PlanItem("k-panel", "Panel", ItemKind.PLENARY, 60, optional=True)
    e = TimerEngine(items, time(9, 0), DAY, UTC, clock, session="s1")
    e.start()
    clock.advance(40 * 60)
    proposal = e.propose_replan(drop_optional=True)
    assert proposal.dropped == ("k-panel",)
    e.accept_replan(proposal)
    assert [i.key for i in e.items_left()] == ["k-break", "k-work", "k-lunch"]
    e.next()
    assert e.current_key == "k-break"


def test_stale_replan_is_refused(clock: FakeClock) -> None:
    e = engine(clock)
    e.start()
    clock.advance(30 * 60)
    proposal = e.propose_replan()
    e.jump("k-work")
    with pytest.raises(TimerError, match="out of date"):
        e.accept_replan(proposal)
    bogus = Proposal((("k-lunch", -1),), (), (), 0, 0, 0, None, None, ())
    with pytest.raises(TimerError, match="negative"):
        e.accept_replan(bogus)


def test_replan_before_start_when_the_room_is_late(clock: FakeClock) -> None:
    clock.advance(20 * 60)  # 9:20 and nobody has pressed Start
    e = engine(clock)
    proposal = e.propose_replan()
    assert proposal.needed_min == 20
    e.accept_replan(proposal)
    e.start()
    assert e.behind_seconds() == 0
    assert e.projected_end() == datetime(2026, 3, 10, 13, 0, tzinfo=UTC)


def test_duplicate_keys_are_refused(clock: FakeClock) -> None:
    items = [*plan(), plan()[0]]
    with pytest.raises(ValueError, match="only once"):
        TimerEngine(items, time(9, 0), DAY, UTC, clock)


def test_a_day_that_has_not_started_on_time_is_already_behind(clock: FakeClock) -> None:
    e = engine(clock)
    # 9:00 exactly: on time
    assert e.behind_seconds() == 0
    clock.advance(25 * 60)  # 9:25 and nobody has pressed Start
    assert e.behind_seconds() == 25 * 60
    assert e.state() is TimerState.NOT_STARTED


def test_a_day_to_come_or_long_past_is_not_behind_before_it_starts() -> None:
    early = FakeClock(T0 - timedelta(days=1), monotonic=1.0)
    assert engine(early).behind_seconds() == 0
    late = FakeClock(T0 + timedelta(days=3), monotonic=1.0)
    assert engine(late).behind_seconds() == 0
