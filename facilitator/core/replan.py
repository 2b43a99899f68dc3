"""Re-planning the rest of the day when the room is behind.

The target is the next fixed time: the first upcoming item with a fixed start
(lunch, the bus), or the day's end when no anchor is left. Only the items
before that target change; anything after an anchor keeps its plan.

How the minutes are found, in order:

1. With ``drop_optional``, optional items are dropped starting from the last
   one, until the lateness is covered. Otherwise they are only offered.
2. The remaining lateness is cut from flexible items in proportion to their
   planned durations. Breaks, meals and travel are protected unless
   ``allow_break_cuts``. No item goes below its minimum: ``min_duration_min``
   when set, otherwise half its planned length rounded up but at least
   5 minutes (never more than the planned length). An item that reaches its
   minimum stops giving time and the rest is shared among the others.
3. Cuts are rounded to whole minutes by largest remainder (ties to the earlier
   item), so they add up to exactly the minutes needed.

When even every item at its minimum cannot land on the target, the proposal
says how many minutes are still over. The function is pure and deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from fractions import Fraction

from facilitator.core.schedule import PlanItem
from facilitator.core.timefmt import format_time_of_day, to_minutes

DEFAULT_MIN_SHARE = Fraction(1, 2)
DEFAULT_MIN_FLOOR_MIN = 5


@dataclass(frozen=True, slots=True)
class Proposal:
    durations: tuple[tuple[str, int], ...]  # new length of every kept item before the target
    dropped: tuple[str, ...]
    optional_keys: tuple[str, ...]  # optional items still on offer for dropping
    needed_min: int  # how late the room would reach the target without changes
    recovered_min: int  # minutes won back by cuts and drops
    still_over_min: int  # lateness left even at the minimums
    target_key: str | None  # the anchor aimed at; None for the day's end
    target_min: int | None  # minutes from midnight; None when there is nothing to aim at
    summary: tuple[str, ...]

    @property
    def lands(self) -> bool:
        return self.still_over_min == 0

    def duration_of(self, key: str) -> int | None:
        for item_key, minutes in self.durations:
            if item_key == key:
                return minutes
        return None


def min_duration(item: PlanItem) -> int:
    """The shortest a re-plan may make ``item``."""
    if item.min_duration_min is not None:
        return min(item.duration_min, item.min_duration_min)
    share = math.ceil(item.duration_min * DEFAULT_MIN_SHARE)
    return min(item.duration_min, max(DEFAULT_MIN_FLOOR_MIN, share))


def propose_replan(
    remaining: Sequence[PlanItem],
    starts_at: time,
    *,
    day_end: time | None = None,
    allow_break_cuts: bool = False,
    drop_optional: bool = False,
) -> Proposal:
    """Propose lengths for ``remaining`` (in order, first one starting at ``starts_at``)."""
    anchor = next((i for i, item in enumerate(remaining) if item.fixed_start is not None), None)
    if anchor is not None:
        segment = list(remaining[:anchor])
        target_item = remaining[anchor]
        assert target_item.fixed_start is not None
        target: int | None = to_minutes(target_item.fixed_start)
        target_key: str | None = target_item.key
        label = f"'{target_item.title}' at {format_time_of_day(target or 0)}"
    else:
        segment = list(remaining)
        target = None if day_end is None else to_minutes(day_end)
        target_key = None
        label = "" if day_end is None else f"the day's end at {format_time_of_day(target or 0)}"

    unchanged = tuple((item.key, item.duration_min) for item in segment)
    if target is None:
        note = "There is no fixed time or day end to aim for, so the plan stays as it is."
        return Proposal(unchanged, (), (), 0, 0, 0, None, None, (note,))

    start_s = starts_at.hour * 3600 + starts_at.minute * 60 + starts_at.second
    over_s = start_s + 60 * sum(item.duration_min for item in segment) - 60 * target
    needed = max(0, math.ceil(over_s / 60))
    if needed == 0:
        offered = tuple(item.key for item in segment if item.optional)
        note = f"On track for {label}; no change needed."
        return Proposal(unchanged, (), offered, 0, 0, 0, target_key, target, (note,))

    lines = [f"Running {needed} min late for {label}."]
    short = needed
    dropped: list[str] = []
    if drop_optional:
        for item in reversed(segment):
            if short <= 0:
                break
            if item.optional:
                dropped.append(item.key)
                short -= item.duration_min
                lines.append(f"Drop '{item.title}' ({item.duration_min} min, optional).")
        dropped.reverse()

    kept = [item for item in segment if item.key not in dropped]
    flexible = [i for i, item in enumerate(kept) if allow_break_cuts or not item.kind.is_break]
    slack = [kept[i].duration_min - min_duration(kept[i]) for i in flexible]
    cuts = proportional_cuts([kept[i].duration_min for i in flexible], slack, max(0, short))
    new_minutes = [item.duration_min for item in kept]
    for i, cut in zip(flexible, cuts, strict=True):
        if cut:
            new_minutes[i] -= cut
            was = kept[i].duration_min
            lines.append(f"Shorten '{kept[i].title}' from {was} to {new_minutes[i]} min.")

    recovered = (needed - short) + sum(cuts)
    still_over = max(0, needed - recovered)
    offered = tuple(item.key for item in kept if item.optional)
    if offered:
        titles = ", ".join(f"'{item.title}'" for item in kept if item.optional)
        lines.append(f"Optional, could be dropped: {titles}.")
    if not allow_break_cuts and any(item.kind.is_break for item in kept):
        lines.append("Breaks stay as planned.")
    if still_over:
        lines.append(f"Even at their shortest, the items still run {still_over} min past {label}.")
    elif recovered > needed:
        lines.append(f"Reaches {label} with {recovered - needed} min to spare.")
    else:
        lines.append(f"Lands on {label}.")
    durations = tuple((item.key, m) for item, m in zip(kept, new_minutes, strict=True))
    return Proposal(
        durations, tuple(dropped), offered, needed, recovered, still_over,
        target_key, target, tuple(lines),
    )  # fmt: skip


def proportional_cuts(weights: Sequence[int], caps: Sequence[int], total: int) -> list[int]:
    """Split ``total`` whole minutes in proportion to ``weights``, none above its cap.

    Returns cuts summing to ``min(total, sum(caps))`` exactly. Exact fractions
    keep the result identical on every machine.
    """
    n = len(weights)
    total = min(total, sum(caps))
    if total <= 0:
        return [0] * n
    exact = [Fraction(0)] * n
    left = Fraction(total)
    open_ = [i for i in range(n) if caps[i] > 0 and weights[i] > 0]
    while open_:
        ratio = left / sum(weights[i] for i in open_)
        capped = [i for i in open_ if ratio * weights[i] >= caps[i]]
        if not capped:
            for i in open_:
                exact[i] = ratio * weights[i]
            break
        for i in capped:
            exact[i] = Fraction(caps[i])
            left -= caps[i]
        open_ = [i for i in open_ if exact[i] != caps[i]]
    cuts = [math.floor(e) for e in exact]
    short = total - sum(cuts)
    by_remainder = sorted(range(n), key=lambda i: (-(exact[i] - cuts[i]), i))
    for i in by_remainder[:short]:
        cuts[i] += 1
    return cuts
