"""What the timer reports: its states, snapshots, actual times and refusals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from facilitator.core.run_log import RunStatus


class TimerState(StrEnum):
    NOT_STARTED = "not_started"
    ON_TIME = "on_time"
    WRAP_UP = "wrap_up"  # little time left: time to land the conversation
    OVERRUN = "overrun"
    PAUSED = "paused"
    FINISHED = "finished"


class TimerError(ValueError):
    """A command that does not fit the room's current state; the message says why."""


@dataclass(frozen=True, slots=True)
class ItemActual:
    """How an item actually ran; elapsed excludes pauses."""

    key: str
    start: datetime
    end: datetime
    elapsed_seconds: float
    planned_seconds: float  # planned length including adjustments


@dataclass(frozen=True, slots=True)
class TimerSnapshot:
    """Everything the display needs, read from one clock reading."""

    state: TimerState
    current_key: str | None
    elapsed_seconds: float
    planned_seconds: float
    remaining_seconds: float
    overrun_seconds: float
    progress: float  # 0.0 to 1.0
    behind_seconds: float  # positive: behind plan; negative: ahead
    projected_end: datetime  # of the day, in the engine's time zone
    next_key: str | None
    items_left: int  # items after the current one


def timer_state(status: RunStatus, remaining: float, warn_at_seconds: float) -> TimerState:
    """The state the display shows, from the run status and the current item's time left."""
    if status is RunStatus.NOT_STARTED:
        return TimerState.NOT_STARTED
    if status is RunStatus.FINISHED:
        return TimerState.FINISHED
    if status is RunStatus.PAUSED:
        return TimerState.PAUSED
    if remaining < 0:
        return TimerState.OVERRUN
    if remaining <= warn_at_seconds:
        return TimerState.WRAP_UP
    return TimerState.ON_TIME
