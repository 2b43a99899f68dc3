"""How times and durations read on screen and in messages.

Countdowns round remaining time *up* (a timer showing 00:00 must mean time is
up, not that half a second is left) and overrun time *down* (the first
overrun second shows as +00:01 only once it has fully passed).
"""

from __future__ import annotations

import math
from datetime import time

MINUTES_PER_DAY = 24 * 60


def to_minutes(t: time) -> int:
    """Minutes from midnight; seconds are ignored because agendas plan in whole minutes."""
    return t.hour * 60 + t.minute


def to_time(minutes: int) -> time:
    """The time of day for minutes from midnight, wrapping past midnight."""
    m = minutes % MINUTES_PER_DAY
    return time(m // 60, m % 60)


def format_time_of_day(minutes: int) -> str:
    """'9:05', '12:00', '17:30': a 24-hour clock, as printed on an agenda."""
    m = minutes % MINUTES_PER_DAY
    return f"{m // 60}:{m % 60:02d}"


def format_duration(seconds: float) -> str:
    """'mm:ss' below an hour, 'h:mm:ss' from an hour on; whole seconds, rounded down."""
    total = max(0, math.floor(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def format_remaining(remaining_seconds: float) -> str:
    """A countdown: '04:59' while time is left, '+01:30' once the item has overrun."""
    if remaining_seconds >= 0:
        return format_duration(math.ceil(remaining_seconds))
    return "+" + format_duration(-remaining_seconds)


def format_ahead_behind(behind_seconds: float) -> str:
    """'12 min behind', '3 min ahead' or 'on time', to the nearest minute."""
    minutes = math.floor((abs(behind_seconds) + 30) / 60)
    if minutes == 0:
        return "on time"
    return f"{minutes} min {'behind' if behind_seconds > 0 else 'ahead'}"


def format_minutes(minutes: int) -> str:
    """'45 min', '1 h', '1 h 30 min': a planned length in words."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    if not rest:
        return f"{hours} h"
    return f"{hours} h {rest} min"
