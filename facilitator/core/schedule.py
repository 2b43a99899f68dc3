"""Planned start times for one day of an agenda.

Times are whole minutes from midnight (``start_min``, ``end_min``): agendas are
planned to the minute, integers add without rounding surprises, and the
``start``/``end`` properties give ``datetime.time`` for display. A day that
runs past midnight keeps counting (1470 is 00:30 the next morning).

Items run back to back from the day's start. An item with a fixed start (an
anchor: lunch, the bus) always starts at its fixed time, whatever comes before
it; nothing is moved silently. When earlier items run past an anchor the
overlap is reported on the anchor and as a warning; when they end early the
idle minutes are reported as a gap before the anchor. After an anchor the
next item starts when both the anchor and anything overlapping it have ended.

One pass, one object per item: a 60-item day recomputes well inside a frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from facilitator.core.kinds import ItemKind
from facilitator.core.timefmt import format_time_of_day, to_minutes, to_time


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One agenda item as the clock sees it."""

    key: str  # the item's UUID, as a string
    title: str
    kind: ItemKind
    duration_min: int
    fixed_start: time | None = None
    optional: bool = False
    min_duration_min: int | None = None  # the shortest a re-plan may make it

    def __post_init__(self) -> None:
        if self.duration_min < 0:
            raise ValueError(f"'{self.title}' cannot last a negative number of minutes.")
        if self.min_duration_min is not None and self.min_duration_min < 0:
            raise ValueError(f"'{self.title}' cannot have a negative minimum length.")


class WarningKind(StrEnum):
    OVERLAP = "overlap"  # earlier items run into a fixed-start item
    PAST_DAY_END = "past_day_end"  # the day ends after its planned end


@dataclass(frozen=True, slots=True)
class ScheduleWarning:
    """A problem with the plan, in words a facilitator reads at a glance."""

    kind: WarningKind
    message: str
    item_key: str  # the anchor run into, or the first item ending past the day's end
    minutes: int  # how many minutes over


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    index: int  # position in the list given to compute_schedule
    item: PlanItem
    start_min: int
    end_min: int
    overlap_min: int = 0  # minutes earlier items run into this anchor
    gap_before_min: int = 0  # idle minutes before this anchor

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def start(self) -> time:
        return to_time(self.start_min)

    @property
    def end(self) -> time:
        return to_time(self.end_min)


@dataclass(frozen=True, slots=True)
class DaySchedule:
    items: tuple[ScheduledItem, ...]
    start_min: int
    end_min: int  # when the last item (or anything overlapping it) ends
    day_end_min: int | None
    content_min: int  # planned minutes of everything that is not a break
    break_min: int  # planned minutes of breaks, meals and travel
    warnings: tuple[ScheduleWarning, ...]

    @property
    def end(self) -> time:
        return to_time(self.end_min)

    @property
    def overlap_min(self) -> int:
        return sum(s.overlap_min for s in self.items)

    @property
    def gap_min(self) -> int:
        return sum(s.gap_before_min for s in self.items)

    @property
    def past_day_end_min(self) -> int:
        if self.day_end_min is None:
            return 0
        return max(0, self.end_min - self.day_end_min)

    def find(self, key: str) -> ScheduledItem | None:
        for scheduled in self.items:
            if scheduled.item.key == key:
                return scheduled
        return None


def compute_schedule(
    items: Sequence[PlanItem], day_start: time, day_end: time | None = None
) -> DaySchedule:
    """Lay the items out from ``day_start``; O(n), one pass."""
    start = to_minutes(day_start)
    cursor = start
    content = 0
    breaks = 0
    out: list[ScheduledItem] = []
    warnings: list[ScheduleWarning] = []
    for index, item in enumerate(items):
        overlap = gap = 0
        if item.fixed_start is None:
            item_start = cursor
        else:
            item_start = to_minutes(item.fixed_start)
            if cursor > item_start:
                overlap = cursor - item_start
                warnings.append(_overlap_warning(out, item, overlap, item_start))
            else:
                gap = item_start - cursor
        item_end = item_start + item.duration_min
        # An overlap longer than the anchor still has to end before the next item starts.
        cursor = max(cursor, item_end)
        if item.kind.is_break:
            breaks += item.duration_min
        else:
            content += item.duration_min
        out.append(ScheduledItem(index, item, item_start, item_end, overlap, gap))

    day_end_min = None if day_end is None else to_minutes(day_end)
    if day_end_min is not None and cursor > day_end_min:
        warnings.append(_past_end_warning(out, cursor, day_end_min))
    return DaySchedule(tuple(out), start, cursor, day_end_min, content, breaks, tuple(warnings))


def _overlap_warning(
    before: list[ScheduledItem], anchor: PlanItem, minutes: int, at: int
) -> ScheduleWarning:
    where = f"'{anchor.title}' (fixed at {format_time_of_day(at)})"
    if before:
        message = f"'{before[-1].item.title}' runs {minutes} min into {where}."
    else:
        message = f"The day starts {minutes} min after {where}."
    return ScheduleWarning(WarningKind.OVERLAP, message, anchor.key, minutes)


def _past_end_warning(items: list[ScheduledItem], end: int, day_end: int) -> ScheduleWarning:
    minutes = end - day_end
    message = f"The day runs {minutes} min past its end at {format_time_of_day(day_end)}"
    first_late = next((s for s in items if s.end_min > day_end), None)
    if first_late is None:  # no items, and the day starts after its own end
        return ScheduleWarning(WarningKind.PAST_DAY_END, message + ".", "", minutes)
    message += f": '{first_late.item.title}' ends at {format_time_of_day(first_late.end_min)}."
    return ScheduleWarning(WarningKind.PAST_DAY_END, message, first_late.item.key, minutes)
