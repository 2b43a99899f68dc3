"""The timer engine: one agenda item at a time, against the clock.

Every command checks it makes sense, appends exactly one ``RunEvent`` and
returns it, so the caller can store it the moment it happens. The state is
never kept by counting ticks: it is the replay of the events (``RunReplay``)
plus the time from the last event to ``clock.now()``/``clock.monotonic()``,
worked out afresh on every query. An engine built from stored events after a
crash therefore shows exactly what the first one would. See ``run_log`` for how
wall and monotonic time are reconciled across sleeps, clock changes and
restarts.

Meanings:

* Remaining = planned length + adjustments - elapsed; overrun is its negative
  part. A paused item accrues nothing.
* Going back to an item (``previous``, ``jump``) continues its own elapsed time
  where it stopped; ``restart`` sets it to zero (adjustments stay).
* Behind (positive) or ahead (negative) is the projected end of the current
  item (now + what remains of it, or now when overrun) minus its planned end.
  Before an item overruns and without adjustments this is exactly "now versus
  planned start + elapsed". Planned times come from the day's plan, with
  anchors at their fixed time; after an accepted re-plan the rest of the day is
  planned from the moment the current item was then expected to end.
* The projected end of the day runs the remaining items from the end of the
  current one; an item with a fixed start never starts before its time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from facilitator.core.clock import Clock
from facilitator.core.kinds import RunEventKind
from facilitator.core.replan import Proposal, propose_replan
from facilitator.core.run_log import Instant, RunEvent, RunReplay, RunStatus
from facilitator.core.schedule import PlanItem
from facilitator.core.timer_state import (
    ItemActual,
    TimerError,
    TimerSnapshot,
    TimerState,
    timer_state,
)

__all__ = ["ItemActual", "TimerEngine", "TimerError", "TimerSnapshot", "TimerState"]


class TimerEngine:
    """Runs one day's agenda; every answer is worked out from the events and the clock."""

    def __init__(
        self,
        plan_items: Sequence[PlanItem],
        day_start: time,
        day_date: date,
        tz: tzinfo,
        clock: Clock,
        events: Iterable[RunEvent] = (),
        *,
        day_end: time | None = None,
        warn_at_seconds: float = 120.0,
        session: str | None = None,
    ) -> None:
        if len({item.key for item in plan_items}) != len(plan_items):
            raise ValueError("Each agenda item must appear only once in a day.")
        self._items = tuple(plan_items)
        self._date = day_date
        self._tz = tz
        self._day_start = self._at(day_start)
        self._day_end = day_end
        self._clock = clock
        self.warn_at_seconds = warn_at_seconds
        self.session = session or uuid.uuid4().hex
        self._replay = RunReplay(self._items)
        self._events: list[RunEvent] = []
        for event in events:
            self._replay.apply(event)
            self._events.append(event)

    @property
    def events(self) -> tuple[RunEvent, ...]:
        return tuple(self._events)

    # Commands ---------------------------------------------------------------

    def start(self, item_key: str | None = None) -> RunEvent:
        if self._replay.status is not RunStatus.NOT_STARTED:
            raise TimerError("The run has already started; use Next or Jump to move on.")
        if not self._replay.order:
            raise TimerError("There is nothing on the agenda to start.")
        key = self._replay.order[0] if item_key is None else self._known(item_key)
        return self._record(RunEventKind.START, key)

    def pause(self) -> RunEvent:
        if self._replay.status is not RunStatus.RUNNING:
            raise TimerError("The timer is not running, so there is nothing to pause.")
        return self._record(RunEventKind.PAUSE, self._replay.current)

    def resume(self) -> RunEvent:
        if self._replay.status is not RunStatus.PAUSED:
            raise TimerError("The timer is not paused, so there is nothing to resume.")
        return self._record(RunEventKind.RESUME, self._replay.current)

    def next(self) -> RunEvent:
        key = self._in_progress()
        order = self._replay.order
        if order.index(key) + 1 >= len(order):
            raise TimerError("This is the last item of the day; use Finish to end the run.")
        return self._record(RunEventKind.ADVANCE, order[order.index(key) + 1])

    def previous(self) -> RunEvent:
        key = self._started()
        if self._replay.status is RunStatus.FINISHED:
            return self._record(RunEventKind.START, key)  # reopen the last item
        order = self._replay.order
        if order.index(key) == 0:
            raise TimerError("This is the first item of the day; there is nothing before it.")
        return self._record(RunEventKind.START, order[order.index(key) - 1])

    def jump(self, item_key: str) -> RunEvent:
        key = self._known(item_key)
        self._started()
        if key == self._replay.current and self._replay.status is not RunStatus.FINISHED:
            raise TimerError("That item is already running; use Restart to start it over.")
        return self._record(RunEventKind.START, key)

    def adjust(self, minutes: float) -> RunEvent:
        key = self._in_progress()
        seconds = minutes * 60.0
        if self._replay.planned_seconds(key) + seconds < 0:
            raise TimerError("An item cannot be shortened below zero minutes.")
        return self._record(RunEventKind.ADJUST, key, seconds=seconds)

    def restart(self) -> RunEvent:
        return self._record(RunEventKind.START, self._in_progress())

    def finish(self) -> RunEvent:
        self._in_progress()
        return self._record(RunEventKind.FINISH, None)

    def accept_replan(self, proposal: Proposal) -> RunEvent:
        if self._replay.status is RunStatus.FINISHED:
            raise TimerError("The run has finished; there is nothing left to re-plan.")
        upcoming = {item.key for item in self.items_left()}
        for key in [k for k, _ in proposal.durations] + list(proposal.dropped):
            if key not in upcoming:
                raise TimerError("This re-plan is out of date: make a new proposal.")
        if any(minutes < 0 for _, minutes in proposal.durations):
            raise TimerError("A re-plan cannot give an item a negative length.")
        return self._record(
            RunEventKind.REPLAN, None, plan=proposal.durations, dropped=proposal.dropped
        )

    # Queries ----------------------------------------------------------------

    @property
    def current_key(self) -> str | None:
        return self._replay.current

    def current_item(self) -> PlanItem | None:
        return None if self._replay.current is None else self._item(self._replay.current)

    def next_item(self) -> PlanItem | None:
        left = self.items_left()
        return left[0] if left else None

    def items_left(self) -> tuple[PlanItem, ...]:
        """Items after the current one, with their planned (re-planned) lengths."""
        order = self._replay.order
        if self._replay.status is RunStatus.FINISHED:
            return ()
        current = self._replay.current
        first = 0 if current is None else order.index(current) + 1
        return tuple(self._item(key) for key in order[first:])

    def elapsed_seconds(self) -> float:
        return self._replay.elapsed_at(self._now())

    def planned_seconds(self) -> float:
        current = self._replay.current
        return 0.0 if current is None else self._replay.planned_seconds(current)

    def remaining_seconds(self) -> float:
        return self.snapshot().remaining_seconds

    def overrun_seconds(self) -> float:
        return self.snapshot().overrun_seconds

    def progress(self) -> float:
        return self.snapshot().progress

    def state(self) -> TimerState:
        return self.snapshot().state

    def behind_seconds(self) -> float:
        return self.snapshot().behind_seconds

    def projected_end(self) -> datetime:
        return self.snapshot().projected_end

    def snapshot(self) -> TimerSnapshot:
        now = self._now()
        replay = self._replay
        current = replay.current
        elapsed = replay.elapsed_at(now)
        planned = self.planned_seconds()
        remaining = planned - elapsed if current is not None else 0.0
        progress = 1.0 if planned <= 0 else min(1.0, max(0.0, elapsed / planned))
        left = self.items_left()
        if replay.status is RunStatus.NOT_STARTED:
            behind = self._late_start(now.wall)
        elif current is None or replay.status is RunStatus.FINISHED:
            behind = 0.0
        else:
            current_end = now.wall + timedelta(seconds=max(0.0, remaining))
            behind = (current_end - self.planned_times()[current][1]).total_seconds()
        return TimerSnapshot(
            state=timer_state(replay.status, remaining, self.warn_at_seconds),
            current_key=current,
            elapsed_seconds=elapsed,
            planned_seconds=planned,
            remaining_seconds=remaining,
            overrun_seconds=max(0.0, -remaining),
            progress=progress,
            behind_seconds=behind,
            projected_end=self._projected_end(now.wall, remaining, left),
            next_key=left[0].key if left else None,
            items_left=len(left),
        )

    def actuals(self) -> dict[str, ItemActual]:
        """How each item ran, for items that have ended (not the one running now)."""
        out: dict[str, ItemActual] = {}
        for key, record in self._replay.records.items():
            if record.first_start is None or record.last_end is None:
                continue
            if key == self._replay.current and self._replay.status is not RunStatus.FINISHED:
                continue
            planned = self._replay.planned_seconds(key)
            out[key] = ItemActual(key, record.first_start, record.last_end, record.elapsed, planned)
        return out

    def _late_start(self, now: datetime) -> float:
        """How late the day is in starting: the room is behind before the first item begins.

        Only on the day itself; a day still to come, or one long past, is not "behind".
        """
        if not self._replay.order or now.astimezone(self._tz).date() != self._date:
            return 0.0
        first_start = self.planned_times()[self._replay.order[0]][0]
        return max(0.0, (now - first_start).total_seconds())

    def planned_times(self) -> dict[str, tuple[datetime, datetime]]:
        """Planned (start, end) of each item still in the day, as UTC datetimes."""
        return self._replay.planned_times(self._day_start, self._at)

    def propose_replan(
        self, *, allow_break_cuts: bool = False, drop_optional: bool = False
    ) -> Proposal:
        """A plan for the rest of the day, from when the current item is expected to end."""
        now = self._now()
        replay = self._replay
        if replay.current is None:
            first = self._day_start
            if replay.order:
                first = self.planned_times()[replay.order[0]][0]
            starts = max(now.wall, first)
        else:
            remaining = replay.planned_seconds(replay.current) - replay.elapsed_at(now)
            starts = now.wall + timedelta(seconds=max(0.0, remaining))
        return propose_replan(
            self.items_left(),
            starts.astimezone(self._tz).time(),
            day_end=self._day_end,
            allow_break_cuts=allow_break_cuts,
            drop_optional=drop_optional,
        )

    # Internals --------------------------------------------------------------

    def _projected_end(self, now: datetime, remaining: float, left: Sequence[PlanItem]) -> datetime:
        replay = self._replay
        if replay.status is RunStatus.FINISHED and replay.finished_at is not None:
            return replay.finished_at.astimezone(self._tz)
        if replay.current is None:
            cursor = max(now, self._day_start)
        else:
            cursor = now + timedelta(seconds=max(0.0, remaining))
        for item in left:
            if item.fixed_start is not None:
                cursor = max(cursor, self._at(item.fixed_start))
            cursor += timedelta(minutes=item.duration_min)
        return cursor.astimezone(self._tz)

    def _at(self, t: time) -> datetime:
        return datetime.combine(self._date, t, tzinfo=self._tz).astimezone(UTC)

    def _now(self) -> Instant:
        return Instant(self._clock.now(), self._clock.monotonic(), self.session)

    def _item(self, key: str) -> PlanItem:
        item = self._replay.items[key]
        minutes = self._replay.minutes[key]
        return item if item.duration_min == minutes else replace(item, duration_min=minutes)

    def _known(self, key: str) -> str:
        if key not in self._replay.order:
            raise TimerError("That item is not on today's agenda.")
        return key

    def _started(self) -> str:
        if self._replay.current is None:
            raise TimerError("The run has not started yet; press Start first.")
        return self._replay.current

    def _in_progress(self) -> str:
        key = self._started()
        if self._replay.status is RunStatus.FINISHED:
            raise TimerError("The run has finished; jump to an item to carry on.")
        return key

    def _record(
        self,
        kind: RunEventKind,
        key: str | None,
        *,
        seconds: float = 0.0,
        plan: tuple[tuple[str, int], ...] = (),
        dropped: tuple[str, ...] = (),
    ) -> RunEvent:
        clock = self._clock
        event = RunEvent(
            kind, key, clock.now(), clock.monotonic(), seconds, plan, dropped, self.session
        )
        self._replay.apply(event)
        self._events.append(event)
        return event
