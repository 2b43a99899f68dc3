"""What the room may see on the projector, and nothing more.

The room display is built only from a ``RoomState``: the current and next
titles, the time left, the state in words, the item's objective (written for
participants) and a message the facilitator typed for the room. Facilitator
notes, private and team entries never reach this type, so they cannot reach
the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.core.timefmt import format_remaining
from facilitator.core.timer_state import TimerSnapshot, TimerState

# The state in words, for the facilitator's view and the room alike: colour is never alone.
STATE_WORDS: dict[TimerState, str] = {
    TimerState.NOT_STARTED: "Not started",
    TimerState.ON_TIME: "On time",
    TimerState.WRAP_UP: "Time to wrap up",
    TimerState.OVERRUN: "Over time",
    TimerState.PAUSED: "Paused",
    TimerState.FINISHED: "Finished",
}


@dataclass(frozen=True, slots=True)
class RoomState:
    title: str
    next_title: str
    remaining_seconds: float
    remaining_text: str  # "04:59", "+01:30", or "" when there is no item
    state: TimerState
    state_text: str
    objective: str
    message: str


def room_state(
    snapshot: TimerSnapshot,
    title: str,
    next_title: str,
    message: str = "",
    objective: str = "",
) -> RoomState:
    """The room's view of ``snapshot``; titles are the current and next items'."""
    state = snapshot.state
    running = state not in (TimerState.NOT_STARTED, TimerState.FINISHED)
    if state is TimerState.NOT_STARTED:
        title = title or "Welcome"
    elif state is TimerState.FINISHED:
        title, next_title, objective = "Thank you", "", ""
    return RoomState(
        title=title,
        next_title=next_title,
        remaining_seconds=snapshot.remaining_seconds if running else 0.0,
        remaining_text=format_remaining(snapshot.remaining_seconds) if running else "",
        state=state,
        state_text=STATE_WORDS[state],
        objective=objective,
        message=message.strip(),
    )
