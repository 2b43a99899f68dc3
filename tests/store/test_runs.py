from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, time

import pytest

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import RunEventKind
from facilitator.core.timer import TimerError, TimerState
from facilitator.paths import AppPaths
from facilitator.store import runs
from facilitator.store.database import Database, open_database
from facilitator.store.demo import seed_demo
from facilitator.store.errors import NotFoundError


def day_two(db: Database) -> runs.DaySummary:
    cid = seed_demo(db).convening_id
    today = runs.todays_day(db, cid)
    assert today is not None
    return today


def test_days_are_listed_and_today_is_found_in_the_convening_time_zone(
    db: Database, clock: FakeClock
) -> None:
    cid = seed_demo(db).convening_id
    days = runs.list_days(db, cid)
    assert [d.position for d in days] == [0, 1]
    # 08:00 UTC on 10 March is 03:00 in Chicago: still the 10th there, day two.
    assert runs.todays_day(db, cid) == days[1]
    assert days[1].date == date(2026, 3, 10) and days[1].start_time == time(8, 30)
    clock.advance(3 * 24 * 3600)
    assert runs.todays_day(db, cid) is None
    with pytest.raises(NotFoundError):
        runs.get_day(db, "no-such-day")


def test_plan_items_come_from_the_live_agenda_in_order(db: Database) -> None:
    day = day_two(db)
    items = runs.run_items(db, day.id)
    plan = runs.plan_items(db, day.id)
    assert [p.key for p in plan] == [i.id for i in items]
    assert plan[0].title == "Breakfast and informal connection"
    assert plan[-1].fixed_start == time(12, 45)


def test_each_event_is_stored_as_it_happens_and_loads_back_identically(
    db: Database, clock: FakeClock
) -> None:
    day = day_two(db)
    run = runs.RunSession(db, day.id, session="s1")
    run.apply(lambda e: e.start())
    assert len(runs.load_events(db, day.id)) == 1  # stored before apply returned
    clock.advance(600)
    run.apply(lambda e: e.adjust(2))
    run.apply(lambda e: e.next())
    clock.advance(60)
    proposal = run.engine.propose_replan(drop_optional=True)
    run.apply(lambda e: e.accept_replan(proposal))
    stored = runs.load_events(db, day.id)
    assert stored == list(run.engine.events)
    kinds = [e.kind for e in stored]
    assert kinds == [
        RunEventKind.START,
        RunEventKind.ADJUST,
        RunEventKind.ADVANCE,
        RunEventKind.REPLAN,
    ]
    assert stored[1].seconds == 120.0
    again = runs.RunSession(db, day.id, session="s1")
    assert again.engine.snapshot() == run.engine.snapshot()


def test_a_refused_command_stores_nothing(db: Database) -> None:
    day = day_two(db)
    run = runs.RunSession(db, day.id)
    with pytest.raises(TimerError):
        run.apply(lambda e: e.pause())
    assert runs.load_events(db, day.id) == []


def test_a_laptop_that_slept_shows_the_true_time_when_it_wakes(
    db: Database, clock: FakeClock
) -> None:
    day = day_two(db)
    run = runs.RunSession(db, day.id, session="s1")
    run.apply(lambda e: e.start())  # breakfast, 30 min
    clock.advance(5 * 60)
    clock.jump_wall(20 * 60)  # lid closed for 20 minutes: monotonic stood still
    assert run.engine.elapsed_seconds() == pytest.approx(25 * 60)
    assert run.engine.remaining_seconds() == pytest.approx(5 * 60)
    clock.advance(6 * 60)
    assert run.engine.state() is TimerState.OVERRUN


CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path
    from facilitator.core.clock import FakeClock
    from facilitator.store import runs
    from facilitator.store.database import open_database
    from facilitator.store.demo import seed_demo

    clock = FakeClock(datetime(2026, 3, 10, 14, 30, tzinfo=UTC), monotonic=70000.0)
    db = open_database(Path(sys.argv[1]), clock, backups_dir=Path(sys.argv[2]))
    cid = seed_demo(db).convening_id
    run = runs.RunSession(db, runs.todays_day(db, cid).id)
    run.apply(lambda e: e.start())
    clock.advance(31 * 60)
    run.apply(lambda e: e.next())
    clock.advance(4 * 60)
    run.apply(lambda e: e.pause())
    clock.advance(10 * 60)
    run.apply(lambda e: e.resume())
    run.apply(lambda e: e.adjust(1))
    print(run.engine.current_key, flush=True)
    time.sleep(600)
    """
)


def test_killing_the_app_mid_item_and_starting_again_resumes_the_same_item(
    paths: AppPaths,
) -> None:
    paths.ensure()
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(paths.database), str(paths.backups)],
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            current = child.stdout.readline().strip()
        finally:
            child.send_signal(signal.SIGKILL)  # no clean shutdown: like a crash
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert current

    # The child resumed at 15:15 UTC; it is now 15:17 and this process has its own
    # monotonic origin, so the wall clock carries the time across the restart.
    clock = FakeClock(datetime(2026, 3, 10, 15, 17, tzinfo=UTC), monotonic=12.0)
    db = open_database(paths.database, clock, backups_dir=paths.backups)
    try:
        day = runs.todays_day(db, seed_demo(db).convening_id)
        assert day is not None
        run = runs.RunSession(db, day.id)
        engine = run.engine
        assert engine.current_key == current
        assert engine.state() is TimerState.ON_TIME
        assert engine.elapsed_seconds() == pytest.approx(6 * 60)  # 4 before the pause, 2 after
        assert engine.planned_seconds() == pytest.approx(16 * 60)  # 15 planned + 1 added
        clock.advance(30)
        assert engine.elapsed_seconds() == pytest.approx(6.5 * 60)
        run.apply(lambda e: e.next())
        assert len(runs.load_events(db, day.id)) == 6
    finally:
        db.close()


def test_demo_day_one_has_a_finished_run_with_actual_times(db: Database) -> None:
    cid = seed_demo(db).convening_id
    day_one = runs.list_days(db, cid)[0]
    run = runs.RunSession(db, day_one.id)
    assert run.engine.state() is TimerState.FINISHED
    actuals = run.engine.actuals()
    items = runs.run_items(db, day_one.id)
    assert set(actuals) == {i.id for i in items}
    first, check_in = actuals[items[0].id], actuals[items[2].id]
    chicago_nine = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)  # 09:00 in Chicago (CDT)
    assert first.start == chicago_nine
    assert first.elapsed_seconds == 34 * 60
    assert check_in.elapsed_seconds == 47 * 60
    # Seeding again adds nothing.
    before = len(runs.load_events(db, day_one.id))
    seed_demo(db)
    assert len(runs.load_events(db, day_one.id)) == before


def test_session_ids_differ_between_program_runs() -> None:
    code = "from facilitator.store import runs; print(runs.PROCESS_SESSION)"
    out = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
        for _ in range(2)
    }
    assert len(out) == 2 and runs.PROCESS_SESSION + "\n" not in out
