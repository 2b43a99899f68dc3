from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.core.clock import FakeClock, SystemClock


def test_fake_clock_moves_both_clocks_together() -> None:
    clock = FakeClock()
    start_wall, start_mono = clock.now(), clock.monotonic()
    clock.advance(90.5)
    assert (clock.now() - start_wall).total_seconds() == 90.5
    assert clock.monotonic() - start_mono == 90.5


def test_fake_clock_refuses_naive_start_and_backwards_time() -> None:
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        FakeClock().advance(-1)


def test_system_clock_is_timezone_aware() -> None:
    assert SystemClock().now().tzinfo is not None
