from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from facilitator.core.room import RoomState, room_state
from facilitator.core.timer_state import TimerSnapshot, TimerState


def snap(state: TimerState, remaining: float) -> TimerSnapshot:
    return TimerSnapshot(
        state, "k", 0.0, 600.0, remaining, max(0.0, -remaining), 0.5, 0.0,
        datetime(2026, 3, 10, 17, 0, tzinfo=UTC), "n", 3,
    )  # fmt: skip


def test_room_state_holds_only_what_the_room_may_see() -> None:
    assert {f.name for f in dataclasses.fields(RoomState)} == {
        "title", "next_title", "remaining_seconds", "remaining_text", "state",
        "state_text", "objective", "message",
    }  # fmt: skip


def test_overrun_and_message() -> None:
    room = room_state(snap(TimerState.OVERRUN, -90.5), "Panel", "Lunch", "  Back at 10:45 ")
    assert room.remaining_text == "+01:30" and room.state_text == "Over time"
    assert room.message == "Back at 10:45" and room.next_title == "Lunch"


def test_before_and_after_the_day_no_clock_shows() -> None:
    before = room_state(snap(TimerState.NOT_STARTED, 0.0), "", "Welcome coffee")
    assert before.remaining_text == "" and before.title == "Welcome"
    after = room_state(snap(TimerState.FINISHED, 0.0), "Close", "", objective="x")
    assert after.title == "Thank you" and after.objective == "" and after.remaining_text == ""
