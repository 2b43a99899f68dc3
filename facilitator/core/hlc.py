"""Hybrid logical clock stamps: an order two laptops agree on without trusting wall clocks.

A stamp is (wall milliseconds, counter, device). The clock never goes backwards
on one device even when the wall clock does, and after seeing a remote stamp it
moves past it, so "last writer wins" compares stamps, never raw wall times.
Encoded stamps sort as strings in the same order as the stamps themselves, so
the store can compare them with plain text comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitator.core.clock import Clock

_ENCODED = re.compile(r"^([0-9a-f]{12})\.([0-9a-f]{6})\.(.+)$")
_MAX_WALL = 16**12 - 1
_MAX_COUNTER = 16**6 - 1


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """One hybrid-logical-clock reading, ordered by wall, then counter, then device."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:012x}.{self.counter:06x}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        match = _ENCODED.match(text)
        if match is None:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match[1], 16), int(match[2], 16), match[3])


# Key in a record's stamp map that stands for every field not listed by name:
# a new record is stamped once, not once per field.
ALL_FIELDS = "*"


def stamp_of(stamps: dict[str, str], field: str) -> str:
    """The encoded stamp of one field's last change in a record's stamp map."""
    return stamps.get(field) or stamps.get(ALL_FIELDS, "")


class HybridClock:
    """Issues stamps for one device; thread-compatible, not thread-safe."""

    def __init__(self, device: str, clock: Clock, last: Stamp | None = None) -> None:
        if not device or "." in device:
            raise ValueError("a device id must be non-empty and contain no '.'")
        self.device = device
        self._clock = clock
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0

    def _physical_ms(self) -> int:
        return min(int(self._clock.now().timestamp() * 1000), _MAX_WALL)

    def tick(self) -> Stamp:
        """A stamp for a local change, later than every stamp issued or seen so far."""
        physical = self._physical_ms()
        if physical > self._wall:
            self._wall, self._counter = physical, 0
        else:
            self._bump()
        return Stamp(self._wall, self._counter, self.device)

    def observe(self, remote: Stamp) -> None:
        """Move past a stamp received from another device."""
        physical = self._physical_ms()
        top = max(physical, self._wall, remote.wall_ms)
        if top == self._wall and top == remote.wall_ms:
            self._counter = max(self._counter, remote.counter)
            self._bump()
        elif top == self._wall:
            self._bump()
        elif top == remote.wall_ms:
            self._wall, self._counter = top, remote.counter
            self._bump()
        else:
            self._wall, self._counter = top, 0

    def _bump(self) -> None:
        if self._counter >= _MAX_COUNTER:
            # Millions of changes in one millisecond: borrow the next millisecond.
            self._wall += 1
            self._counter = 0
        else:
            self._counter += 1

    @property
    def last(self) -> Stamp:
        return Stamp(self._wall, self._counter, self.device)
