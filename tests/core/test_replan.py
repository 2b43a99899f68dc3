from __future__ import annotations

from datetime import time

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.kinds import ItemKind
from facilitator.core.replan import min_duration, proportional_cuts, propose_replan
from facilitator.core.schedule import PlanItem

LUNCH = PlanItem("lunch", "Lunch", ItemKind.MEAL, 60, fixed_start=time(12, 0))


def flex(key: str, minutes: int, *, optional: bool = False, floor: int | None = None) -> PlanItem:
    return PlanItem(key, key.title(), ItemKind.PLENARY, minutes, None, optional, floor)


def brk(key: str, minutes: int) -> PlanItem:
    return PlanItem(key, key.title(), ItemKind.BREAK, minutes)


def lengths(proposal_durations: tuple[tuple[str, int], ...]) -> dict[str, int]:
    return dict(proposal_durations)


def test_on_track_changes_nothing() -> None:
    p = propose_replan([flex("a", 60), flex("b", 60), LUNCH], time(10, 0))
    assert p.needed_min == 0
    assert p.lands
    assert lengths(p.durations) == {"a": 60, "b": 60}
    assert p.summary == ("On track for 'Lunch' at 12:00; no change needed.",)


def test_shortens_in_proportion_to_durations() -> None:
    # 10:15 + 40 + 80 = 12:15: fifteen minutes to find, split 5 and 10.
    p = propose_replan([flex("a", 40), flex("b", 80), LUNCH], time(10, 15))
    assert p.needed_min == 15
    assert lengths(p.durations) == {"a": 35, "b": 70}
    assert p.recovered_min == 15
    assert p.lands and p.still_over_min == 0
    assert p.target_key == "lunch" and p.target_min == 12 * 60
    assert p.summary[0] == "Running 15 min late for 'Lunch' at 12:00."
    assert "Shorten 'B' from 80 to 70 min." in p.summary
    assert p.summary[-1] == "Lands on 'Lunch' at 12:00."


def test_partial_minutes_of_lateness_round_up() -> None:
    p = propose_replan([flex("a", 60), LUNCH], time(11, 0, 30))
    assert p.needed_min == 1
    assert lengths(p.durations) == {"a": 59}


def test_items_after_the_anchor_are_untouched() -> None:
    after = flex("afternoon", 120)
    p = propose_replan([flex("a", 60), LUNCH, after], time(11, 10))
    assert set(lengths(p.durations)) == {"a"}
    assert lengths(p.durations)["a"] == 50


def test_minimums_respected_and_rest_shared() -> None:
    # a may give only 2 min (floor 28); b must give the other 18.
    items = [flex("a", 30, floor=28), flex("b", 60), LUNCH]
    p = propose_replan(items, time(10, 50))
    assert p.needed_min == 20
    assert lengths(p.durations) == {"a": 28, "b": 42}


def test_default_minimum_is_half_or_five_minutes() -> None:
    assert min_duration(flex("a", 60)) == 30
    assert min_duration(flex("a", 25)) == 13
    assert min_duration(flex("a", 8)) == 5
    assert min_duration(flex("a", 3)) == 3
    assert min_duration(flex("a", 60, floor=50)) == 50
    assert min_duration(flex("a", 20, floor=45)) == 20


def test_breaks_are_protected() -> None:
    items = [flex("a", 60), brk("coffee", 30), flex("b", 60), LUNCH]
    p = propose_replan(items, time(9, 42))  # 9:42 + 150 = 12:12
    assert lengths(p.durations)["coffee"] == 30
    assert lengths(p.durations)["a"] + lengths(p.durations)["b"] == 108
    assert "Breaks stay as planned." in p.summary


def test_breaks_cut_when_allowed() -> None:
    items = [flex("a", 60), brk("coffee", 30), flex("b", 60), LUNCH]
    p = propose_replan(items, time(9, 50), allow_break_cuts=True)  # 20 over
    assert lengths(p.durations) == {"a": 52, "coffee": 26, "b": 52}


def test_optional_items_are_offered_not_dropped_by_default() -> None:
    items = [flex("a", 60), flex("extra", 20, optional=True), LUNCH]
    p = propose_replan(items, time(10, 50))
    assert p.dropped == ()
    assert p.optional_keys == ("extra",)
    assert "Optional, could be dropped: 'Extra'." in p.summary


def test_drop_optional_drops_before_shortening() -> None:
    items = [
        flex("a", 60),
        flex("opt1", 15, optional=True),
        flex("b", 60),
        flex("opt2", 10, optional=True),
        LUNCH,
    ]
    # 9:55 + 145 = 12:20: twenty minutes; opt2 (10) then opt1 (15) cover it.
    p = propose_replan(items, time(9, 55), drop_optional=True)
    assert p.dropped == ("opt1", "opt2")
    assert lengths(p.durations) == {"a": 60, "b": 60}
    assert p.recovered_min == 25
    assert p.summary[-1] == "Reaches 'Lunch' at 12:00 with 5 min to spare."


def test_drop_optional_only_as_many_as_needed_then_shortens() -> None:
    items = [flex("opt1", 15, optional=True), flex("a", 60), flex("opt2", 5, optional=True), LUNCH]
    p = propose_replan(items, time(10, 43), drop_optional=True)  # 3 late: opt2 is enough
    assert p.dropped == ("opt2",)
    assert lengths(p.durations) == {"opt1": 15, "a": 60}
    assert p.optional_keys == ("opt1",)
    p = propose_replan(items, time(11, 5), drop_optional=True)  # 25 late: both, then 5 from a
    assert p.dropped == ("opt1", "opt2")
    assert lengths(p.durations) == {"a": 55}
    assert p.recovered_min == 25 and p.lands


def test_cannot_land_reports_minutes_still_over() -> None:
    items = [flex("a", 20), brk("coffee", 15), flex("b", 10), LUNCH]
    p = propose_replan(items, time(11, 50))  # 11:50 + 45 = 12:35: 35 late
    assert p.needed_min == 35
    assert lengths(p.durations) == {"a": 10, "coffee": 15, "b": 5}
    assert p.recovered_min == 15
    assert p.still_over_min == 20
    assert not p.lands
    assert p.summary[-1] == (
        "Even at their shortest, the items still run 20 min past 'Lunch' at 12:00."
    )


def test_anchor_is_next_and_already_late() -> None:
    p = propose_replan([LUNCH, flex("after", 60)], time(12, 10))
    assert p.durations == ()
    assert p.still_over_min == 10


def test_day_end_is_the_target_without_an_anchor() -> None:
    p = propose_replan([flex("a", 60), flex("b", 30)], time(16, 0), day_end=time(17, 0))
    assert p.target_key is None and p.target_min == 17 * 60
    assert lengths(p.durations) == {"a": 40, "b": 20}
    assert p.summary[0] == "Running 30 min late for the day's end at 17:00."


def test_nothing_to_aim_at() -> None:
    p = propose_replan([flex("a", 60)], time(16, 0))
    assert p.target_min is None
    assert p.lands
    assert lengths(p.durations) == {"a": 60}


def test_rounding_uses_largest_remainder() -> None:
    # 10 split over 3 equal items: 3.33 each, the extra minute to the first.
    assert proportional_cuts([30, 30, 30], [15, 15, 15], 10) == [4, 3, 3]
    # 7 over 10/20/40: 1.0, 2.0, 4.0 exactly.
    assert proportional_cuts([10, 20, 40], [5, 10, 20], 7) == [1, 2, 4]
    # caps bind and the rest is shared again.
    assert proportional_cuts([10, 90], [1, 60], 20) == [1, 19]


def test_deterministic() -> None:
    items = [flex(f"i{n}", 10 + 7 * n) for n in range(8)] + [LUNCH]
    first = propose_replan(items, time(10, 0))
    assert all(propose_replan(items, time(10, 0)) == first for _ in range(5))


@given(
    st.lists(st.tuples(st.integers(0, 240), st.integers(0, 240)), min_size=0, max_size=30),
    st.integers(0, 2000),
)
def test_cuts_always_sum_exactly_and_respect_caps(pairs: list[tuple[int, int]], total: int) -> None:
    weights = [w for w, _ in pairs]
    caps = [min(w, c) for w, c in pairs]
    cuts = proportional_cuts(weights, caps, total)
    assert sum(cuts) == min(total, sum(caps))
    assert all(0 <= cut <= cap for cut, cap in zip(cuts, caps, strict=True))


@given(
    st.lists(st.tuples(st.integers(0, 180), st.booleans(), st.booleans()), min_size=1, max_size=20),
    st.integers(0, 600),
    st.booleans(),
)
def test_proposals_land_exactly_or_report_the_rest(
    specs: list[tuple[int, bool, bool]], late: int, drop: bool
) -> None:
    items = [
        PlanItem(f"k{i}", f"Item {i}", ItemKind.BREAK if b else ItemKind.PLENARY, m, None, o)
        for i, (m, b, o) in enumerate(specs)
    ]
    planned = sum(i.duration_min for i in items)
    start = 8 * 60
    anchor_at = start + planned - late
    if anchor_at < 0 or anchor_at >= 24 * 60:
        return
    anchor = PlanItem("anchor", "Bus", ItemKind.TRAVEL, 30, time(anchor_at // 60, anchor_at % 60))
    p = propose_replan([*items, anchor], time(8, 0), drop_optional=drop)
    by_key = {i.key: i for i in items}
    new_total = sum(m for _, m in p.durations)
    assert p.needed_min == late
    for key, minutes in p.durations:
        item = by_key[key]
        assert minutes <= item.duration_min
        if item.kind.is_break:
            assert minutes == item.duration_min
        else:
            assert minutes >= min_duration(item)
    assert p.recovered_min == planned - new_total
    if p.lands:
        assert new_total <= planned - late
    else:
        assert new_total - (planned - late) == p.still_over_min > 0
