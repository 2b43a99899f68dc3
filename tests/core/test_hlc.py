from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.clock import FakeClock
from facilitator.core.hlc import ALL_FIELDS, HybridClock, Stamp, stamp_of


def test_stamps_increase_even_when_the_wall_clock_goes_back() -> None:
    clock = FakeClock()
    hlc = HybridClock("laptopa", clock)
    first = hlc.tick()
    clock.jump_wall(-3600)
    second = hlc.tick()
    assert second > first
    assert second.wall_ms == first.wall_ms and second.counter == first.counter + 1


def test_a_stamp_after_observing_a_remote_one_is_later_than_it() -> None:
    ahead = FakeClock()
    ahead.jump_wall(86_400)  # a laptop whose clock is a day fast
    remote = HybridClock("fast", ahead).tick()
    local = HybridClock("slow", FakeClock())
    local.observe(remote)
    assert local.tick() > remote


def test_wall_clock_moving_on_resets_the_counter() -> None:
    clock = FakeClock()
    hlc = HybridClock("dev", clock)
    hlc.tick()
    hlc.tick()
    clock.advance(1)
    stamp = hlc.tick()
    assert stamp.counter == 0


def test_restarting_from_the_last_stamp_never_goes_back() -> None:
    clock = FakeClock()
    hlc = HybridClock("dev", clock)
    last = hlc.tick()
    clock.jump_wall(-60)
    assert HybridClock("dev", clock, last).tick() > last


@given(
    st.lists(
        st.tuples(
            st.integers(0, 16**12 - 1), st.integers(0, 16**6 - 1), st.sampled_from(["a1", "b2"])
        ),
        min_size=2,
        max_size=20,
    )
)
def test_encoded_stamps_sort_like_stamps(raw: list[tuple[int, int, str]]) -> None:
    stamps = [Stamp(*r) for r in raw]
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]
    assert all(Stamp.decode(s.encode()) == s for s in stamps)


def test_stamp_of_falls_back_to_the_record_stamp() -> None:
    stamps = {ALL_FIELDS: "created", "title": "renamed"}
    assert stamp_of(stamps, "title") == "renamed"
    assert stamp_of(stamps, "location") == "created"
