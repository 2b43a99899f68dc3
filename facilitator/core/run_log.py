"""The record of a run, and the state it adds up to.

A run is a list of ``RunEvent``s. ``RunReplay`` folds them, in order, into the
state at the moment of the last event; the timer adds the stretch from that
event to "now". Replaying the same events always gives the same state, which is
how a restarted app finds the room exactly where it was.

How long passed between two moments (``seconds_between``):

* Same ``session`` (one process run): the monotonic difference, which ignores
  the wall clock being corrected (NTP, a user changing the time) -- unless the
  wall clock advanced more than ``SLEEP_TOLERANCE_SECONDS`` beyond it. That
  means the laptop slept (monotonic clocks stop during suspend on Linux and
  macOS) and the wall clock is the truth. A forward wall-clock jump larger than
  the tolerance looks the same as a sleep and is read as one.
* Different sessions (the app was closed or killed and started again):
  monotonic origins differ, so the wall clock is the truth. Never negative.
  An empty session (unknown origin) is treated the same way.

Events naming an item that is no longer in the plan (deleted since the run was
recorded) are skipped so a stored run always loads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum
from typing import Protocol

from facilitator.core.kinds import RunEventKind
from facilitator.core.schedule import PlanItem

SLEEP_TOLERANCE_SECONDS = 60.0


class Moment(Protocol):
    """A point in time as both clocks saw it."""

    @property
    def wall(self) -> datetime: ...
    @property
    def monotonic(self) -> float: ...
    @property
    def session(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Instant:
    wall: datetime
    monotonic: float
    session: str


@dataclass(frozen=True, slots=True)
class RunEvent:
    """One thing that happened in the room, stored the moment it happens."""

    kind: RunEventKind
    item_key: str | None  # START/ADVANCE: the item that now runs; None for FINISH and REPLAN
    wall: datetime  # timezone-aware UTC
    monotonic: float
    seconds: float = 0.0  # ADJUST: seconds added (+) or taken (-) from the current item
    plan: tuple[tuple[str, int], ...] = ()  # REPLAN: (item key, new minutes)
    dropped: tuple[str, ...] = ()  # REPLAN: item keys taken out of the day
    session: str = ""  # which process run recorded it

    def __post_init__(self) -> None:
        if self.wall.tzinfo is None or self.wall.utcoffset() is None:
            raise ValueError("A run event needs a timezone-aware wall time.")


def seconds_between(a: Moment, b: Moment) -> float:
    """Real seconds from ``a`` to ``b``; see the module docstring for the rules."""
    wall = (b.wall - a.wall).total_seconds()
    if a.session != b.session or not a.session:
        return max(0.0, wall)
    mono = b.monotonic - a.monotonic
    if wall > mono + SLEEP_TOLERANCE_SECONDS:
        return wall
    return max(0.0, mono)


class RunStatus(Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(slots=True)
class ItemRecord:
    """What happened to one item so far."""

    elapsed: float = 0.0  # running seconds banked up to the last event that stopped it
    adjust: float = 0.0  # seconds added or taken by ADJUST
    first_start: datetime | None = None
    last_end: datetime | None = None


class RunReplay:
    """The run's state as of its last event."""

    def __init__(self, items: Sequence[PlanItem]) -> None:
        self.items = {item.key: item for item in items}
        self.order = [item.key for item in items]  # items still in the day, in order
        self.minutes = {item.key: item.duration_min for item in items}
        self.records: dict[str, ItemRecord] = {}
        self.status = RunStatus.NOT_STARTED
        self.current: str | None = None
        self.running_since: Moment | None = None  # start of the current running stretch
        # After a re-plan the rest of the day is planned from here: the item that
        # ends at this moment (None: the first item starts at it), and the moment.
        self.rebase: tuple[str | None, datetime] | None = None
        self.finished_at: datetime | None = None

    def record(self, key: str) -> ItemRecord:
        found = self.records.get(key)
        if found is None:
            found = self.records[key] = ItemRecord()
        return found

    def planned_seconds(self, key: str) -> float:
        adjust = self.records[key].adjust if key in self.records else 0.0
        return self.minutes[key] * 60.0 + adjust

    def elapsed_at(self, at: Moment) -> float:
        """Running seconds of the current item at ``at``."""
        if self.current is None:
            return 0.0
        banked = self.records[self.current].elapsed
        if self.status is RunStatus.RUNNING and self.running_since is not None:
            return banked + seconds_between(self.running_since, at)
        return banked

    def apply(self, event: RunEvent) -> None:
        kind = event.kind
        key = event.item_key
        if key is not None and key not in self.items and kind is not RunEventKind.REPLAN:
            return
        if kind in (RunEventKind.START, RunEventKind.ADVANCE) and key is not None:
            restart = (
                key == self.current
                and kind is RunEventKind.START
                and self.status is not RunStatus.FINISHED
            )
            self._stop(event)
            self.current = key
            record = self.record(key)
            if restart:
                record.elapsed = 0.0
            if record.first_start is None or restart:
                record.first_start = event.wall
            self.status = RunStatus.RUNNING
            self.running_since = event
        elif kind is RunEventKind.PAUSE and self.status is RunStatus.RUNNING:
            self._bank(event)
            self.status = RunStatus.PAUSED
        elif kind is RunEventKind.RESUME and self.status is RunStatus.PAUSED:
            self.status = RunStatus.RUNNING
            self.running_since = event
        elif kind is RunEventKind.ADJUST and self.current is not None:
            self.record(self.current).adjust += event.seconds
        elif kind is RunEventKind.REPLAN:
            self._replan(event)
        elif kind is RunEventKind.FINISH:
            self._stop(event)
            self.status = RunStatus.FINISHED
            self.finished_at = event.wall

    def _bank(self, at: RunEvent) -> None:
        if self.current is not None:
            self.records[self.current].elapsed = self.elapsed_at(at)
        self.running_since = None

    def _stop(self, at: RunEvent) -> None:
        if self.current is not None and self.status is not RunStatus.FINISHED:
            self._bank(at)
            self.records[self.current].last_end = at.wall

    def _replan(self, event: RunEvent) -> None:
        current = self.current
        if current is None:
            self.rebase = (None, event.wall)
        else:
            remaining = self.planned_seconds(current) - self.elapsed_at(event)
            self.rebase = (current, event.wall + timedelta(seconds=max(0.0, remaining)))
        for key, minutes in event.plan:
            if key in self.minutes:
                self.minutes[key] = minutes
        gone = set(event.dropped) - {current}
        self.order = [key for key in self.order if key not in gone]

    def planned_times(
        self, day_start: datetime, at: Callable[[time], datetime]
    ) -> dict[str, tuple[datetime, datetime]]:
        """Planned (start, end) of each item still in the day.

        Items run back to back from ``day_start``; an anchor keeps its fixed time
        (``at`` turns it into a datetime). After a re-plan, the item current at
        the time is planned to end at the rebase moment and the rest follow it.
        """
        cursor = day_start
        rebase_key: str | None = ""  # matches no item
        if self.rebase is not None:
            rebase_key, rebase_at = self.rebase
            if rebase_key is None:
                cursor = rebase_at
        out: dict[str, tuple[datetime, datetime]] = {}
        for key in self.order:
            fixed = self.items[key].fixed_start
            start = cursor if fixed is None else at(fixed)
            end = start + timedelta(minutes=self.minutes[key])
            if key == rebase_key:
                end = cursor = rebase_at
            elif fixed is None:
                cursor = end
            else:
                cursor = max(cursor, end)  # an overlap still ends before the next item
            out[key] = (start, end)
        return out
