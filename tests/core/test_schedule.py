from __future__ import annotations

import ast
import time as perf
import uuid
from datetime import time
from pathlib import Path

import pytest

from facilitator.core import schedule as schedule_module
from facilitator.core.kinds import ItemKind
from facilitator.core.schedule import PlanItem, WarningKind, compute_schedule
from facilitator.core.timefmt import (
    format_ahead_behind,
    format_duration,
    format_minutes,
    format_remaining,
    format_time_of_day,
    to_minutes,
    to_time,
)


def item(
    title: str,
    minutes: int,
    kind: ItemKind = ItemKind.PLENARY,
    fixed: time | None = None,
    optional: bool = False,
) -> PlanItem:
    return PlanItem(str(uuid.uuid4()), title, kind, minutes, fixed, optional)


def test_items_run_back_to_back_from_day_start() -> None:
    day = compute_schedule([item("Welcome", 15), item("Panel", 45), item("Q&A", 30)], time(9, 0))
    assert [(s.start, s.end) for s in day.items] == [
        (time(9, 0), time(9, 15)),
        (time(9, 15), time(10, 0)),
        (time(10, 0), time(10, 30)),
    ]
    assert [s.index for s in day.items] == [0, 1, 2]
    assert day.end == time(10, 30)
    assert day.end_min == 630
    assert day.warnings == ()


def test_anchor_keeps_its_time_and_reports_overlap() -> None:
    lunch = item("Lunch", 60, ItemKind.MEAL, fixed=time(12, 0))
    items = [item("Opening", 90), item("Workshop", 105), lunch, item("Afternoon", 60)]
    day = compute_schedule(items, time(9, 0))
    # 9:00 + 90 + 105 = 12:15, so the workshop runs 15 min into lunch.
    anchored = day.items[2]
    assert anchored.start == time(12, 0)
    assert anchored.overlap_min == 15
    assert day.overlap_min == 15
    assert day.items[3].start == time(13, 0)
    (warning,) = day.warnings
    assert warning.kind is WarningKind.OVERLAP
    assert warning.item_key == lunch.key
    assert warning.minutes == 15
    assert warning.message == "'Workshop' runs 15 min into 'Lunch' (fixed at 12:00)."


def test_gap_before_anchor_when_morning_ends_early() -> None:
    lunch = item("Lunch", 45, ItemKind.MEAL, fixed=time(12, 30))
    day = compute_schedule([item("Opening", 60), lunch], time(9, 0))
    assert day.items[1].gap_before_min == 150
    assert day.items[1].overlap_min == 0
    assert day.gap_min == 150
    assert day.warnings == ()
    assert day.end == time(13, 15)


def test_overlap_longer_than_anchor_delays_next_item() -> None:
    bus = item("Bus", 10, ItemKind.TRAVEL, fixed=time(10, 0))
    after = item("Site visit", 30)
    day = compute_schedule([item("Talk", 90), bus, after], time(9, 0))
    # The talk ends 10:30, after the bus (10:00-10:10): the visit waits for the talk.
    assert day.items[1].overlap_min == 30
    assert day.items[2].start == time(10, 30)


def test_first_item_anchored_before_day_start() -> None:
    early = item("Breakfast", 30, ItemKind.MEAL, fixed=time(8, 30))
    day = compute_schedule([early], time(9, 0))
    (warning,) = day.warnings
    assert warning.minutes == 30
    assert warning.message == "The day starts 30 min after 'Breakfast' (fixed at 8:30)."


def test_past_day_end_warning() -> None:
    closing = item("Closing", 30)
    day = compute_schedule([item("Morning", 420), closing], time(9, 0), time(16, 15))
    assert day.end == time(16, 30)
    assert day.past_day_end_min == 15
    (warning,) = day.warnings
    assert warning.kind is WarningKind.PAST_DAY_END
    assert warning.item_key == closing.key
    assert warning.message == (
        "The day runs 15 min past its end at 16:15: 'Closing' ends at 16:30."
    )


def test_no_past_day_end_warning_when_it_fits_exactly() -> None:
    day = compute_schedule([item("All day", 480)], time(9, 0), time(17, 0))
    assert day.warnings == ()
    assert day.past_day_end_min == 0


def test_content_and_break_minutes() -> None:
    items = [
        item("Plenary", 60),
        item("Coffee", 15, ItemKind.BREAK),
        item("Breakouts", 45, ItemKind.BREAKOUT),
        item("Lunch", 60, ItemKind.MEAL),
        item("Walk", 20, ItemKind.TRAVEL),
    ]
    day = compute_schedule(items, time(9, 0))
    assert day.content_min == 105
    assert day.break_min == 95


def test_empty_day() -> None:
    day = compute_schedule([], time(9, 0), time(17, 0))
    assert day.items == ()
    assert day.end == time(9, 0)
    assert day.content_min == day.break_min == 0


def test_find_by_key() -> None:
    items = [item("A", 10), item("B", 10)]
    day = compute_schedule(items, time(9, 0))
    found = day.find(items[1].key)
    assert found is not None and found.start == time(9, 10)
    assert day.find("missing") is None


def test_day_past_midnight_wraps_display_but_keeps_counting() -> None:
    day = compute_schedule([item("Gala", 120)], time(23, 0))
    assert day.end_min == 25 * 60
    assert day.end == time(1, 0)


def test_negative_duration_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        item("Bad", -5)


def test_sixty_items_recompute_well_inside_a_frame() -> None:
    items = [
        item(f"Item {i}", 10 + i % 7, fixed=time(12, 0) if i == 30 else None) for i in range(60)
    ]
    compute_schedule(items, time(8, 0), time(17, 0))
    began = perf.perf_counter()
    for _ in range(100):
        compute_schedule(items, time(8, 0), time(17, 0))
    per_run = (perf.perf_counter() - began) / 100
    assert per_run < 0.002  # a small slice of a 16 ms frame


def test_time_core_imports_no_qt_sqlalchemy_or_io() -> None:
    core = Path(schedule_module.__file__).parent
    banned = {"PySide6", "sqlalchemy", "os", "io", "pathlib", "socket", "shutil", "sqlite3"}
    for name in ("schedule", "timer", "run_log", "replan", "timefmt"):
        tree = ast.parse((core / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                roots = {(node.module or "").split(".")[0]}
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "open", name
                continue
            else:
                continue
            assert not roots & banned, (name, roots)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59.9, "00:59"), (61, "01:01"), (3599, "59:59"), (3600, "1:00:00"),
     (3725, "1:02:05")],
)  # fmt: skip
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_format_remaining_counts_down_then_shows_overrun() -> None:
    assert format_remaining(300) == "05:00"
    assert format_remaining(0.4) == "00:01"  # 00:00 only when time is really up
    assert format_remaining(0) == "00:00"
    assert format_remaining(-0.5) == "+00:00"
    assert format_remaining(-90) == "+01:30"
    assert format_remaining(-3700) == "+1:01:40"


def test_format_ahead_behind() -> None:
    assert format_ahead_behind(720) == "12 min behind"
    assert format_ahead_behind(-180) == "3 min ahead"
    assert format_ahead_behind(29) == "on time"
    assert format_ahead_behind(-29) == "on time"
    assert format_ahead_behind(31) == "1 min behind"


def test_time_of_day_helpers() -> None:
    assert to_minutes(time(12, 30, 59)) == 750
    assert to_time(750) == time(12, 30)
    assert format_time_of_day(9 * 60 + 5) == "9:05"
    assert format_minutes(90) == "1 h 30 min"
    assert format_minutes(60) == "1 h"
    assert format_minutes(45) == "45 min"
