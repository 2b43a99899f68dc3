"""Clocks are parameters: production code asks a clock, tests pass a fake one."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where the domain asks what time it is.

    ``now`` is wall-clock time (timezone-aware UTC) for stamping records and
    showing the hour; ``monotonic`` is seconds from an arbitrary origin that
    never jumps, for measuring how long something ran.
    """

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The real clock of the machine."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: hours of agenda run in a millisecond."""

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._now = start or datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._mono = monotonic

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Move both clocks forward, as time passing would."""
        if seconds < 0:
            raise ValueError("time does not run backwards; use jump_wall for a clock change")
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock (a user or NTP resetting the time)."""
        self._now += timedelta(seconds=seconds)
