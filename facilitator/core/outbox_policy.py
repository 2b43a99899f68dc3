"""When the outbox tries again: the states of a queued export and the retry backoff.

Plain rules with no I/O, so the store and the app agree on them and tests can pin
them down with a fixed jitter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum


class OutboxStatus(StrEnum):
    """Where a queued export stands."""

    QUEUED = "queued"  # waiting for its first try, or for the target to come back
    DELIVERING = "delivering"  # a delivery is under way right now
    DELIVERED = "delivered"  # on the target; the item says where
    FAILED = "failed"  # the target refused it; tried again at next_attempt_at

    @property
    def waiting(self) -> bool:
        return self is not OutboxStatus.DELIVERED


FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=30)

# A fraction in [0, 1) spreading retries so two laptops on one office network don't
# hammer a server in step. Tests pass a fixed one.
Jitter = Callable[[], float]


def no_jitter() -> float:
    return 0.0


def retry_delay(attempts: int, jitter: Jitter = no_jitter) -> timedelta:
    """The wait after the ``attempts``-th failed try: 30 s, 1 min, 2 min … capped at 30 min.

    Jitter adds up to a tenth of the delay (never past the cap).
    """
    if attempts < 1:
        return timedelta(0)
    base: timedelta = min(FIRST_DELAY * (2 ** min(attempts - 1, 16)), MAX_DELAY)
    spread: timedelta = base * (0.1 * max(0.0, min(jitter(), 1.0)))
    total: timedelta = min(base + spread, MAX_DELAY)
    return total


def next_attempt(now: datetime, attempts: int, jitter: Jitter = no_jitter) -> datetime:
    return now + retry_delay(attempts, jitter)
