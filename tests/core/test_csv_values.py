from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.csv_values import (
    BadValue,
    parse_bool,
    parse_day,
    parse_duration,
    parse_email,
    parse_flag,
    parse_kind,
    parse_time,
)
from facilitator.core.kinds import ItemKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:00", time(9, 0)),
        ("9:00", time(9, 0)),
        ("9:00 AM", time(9, 0)),
        ("9am", time(9, 0)),
        ("9 a.m.", time(9, 0)),
        ("12:15 pm", time(12, 15)),
        ("12am", time(0, 0)),
        ("1:30 PM", time(13, 30)),
        ("21:30", time(21, 30)),
        ("9.30", time(9, 30)),
        ("9h30", time(9, 30)),
        ("09:00:00", time(9, 0)),
        ("9:00:00 AM", time(9, 0)),
        ("Noon", time(12, 0)),
        (" 08:30 ", time(8, 30)),
    ],
)
def test_parse_time_accepts(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text", ["", "9", "25:00", "9:60", "13pm", "0am", "9:5", "9:00:30", "nine", "9:00 xm"]
)
def test_parse_time_refuses(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        parse_time(text)
    assert caught.value.value == text
    assert "09:00" in caught.value.message


@given(st.times())
def test_any_time_written_as_a_spreadsheet_would_parses_back(moment: time) -> None:
    minute = moment.replace(second=0, microsecond=0)
    assert parse_time(minute.strftime("%H:%M")) == minute
    assert parse_time(minute.strftime("%I:%M %p")) == minute
    assert parse_time(minute.strftime("%H:%M:%S")) == minute


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("75", 75),
        ("1h15", 75),
        ("1h", 60),
        ("45m", 45),
        ("1:15", 75),
        ("75 min", 75),
        ("75 mins", 75),
        ("90 minutes", 90),
        ("1.5h", 90),
        ("1,5 h", 90),
        ("2 hours", 120),
        ("1 hour 15 minutes", 75),
        ("1h 15m", 75),
        ("1 hr 15 min", 75),
        ("1:15:00", 75),
        ("75.0", 75),
        ("0:45", 45),
        ("1H15", 75),
    ],
)
def test_parse_duration_accepts(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    "text", ["", "0", "1h75", "1:75", "abc", "1.5", "-5", "h", "1.5h30", "25h", "45 sec", "7.5"]
)
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(BadValue) as caught:
        parse_duration(text)
    assert caught.value.expected == "a duration"


def test_duration_message_reads_like_advice() -> None:
    with pytest.raises(BadValue) as caught:
        parse_duration("1h75")
    assert caught.value.message == '"1h75" is not a duration. Use minutes (75), 1h15 or 1:15.'


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_any_hours_and_minutes_parse_back(hours: int, minutes: int) -> None:
    total = hours * 60 + minutes
    if total == 0:
        return
    assert parse_duration(f"{hours}h{minutes:02d}") == total
    assert parse_duration(f"{hours}:{minutes:02d}") == total
    assert parse_duration(str(total)) == total
    assert parse_duration(f"{total} min") == total


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Plenary", ItemKind.PLENARY),
        ("breakout", ItemKind.BREAKOUT),
        ("Break-out", ItemKind.BREAKOUT),
        ("Breakouts", ItemKind.BREAKOUT),
        ("BREAK", ItemKind.BREAK),
        ("Coffee break", ItemKind.BREAK),
        ("Lunch", ItemKind.MEAL),
        ("meal", ItemKind.MEAL),
        ("Travel", ItemKind.TRAVEL),
        ("Bus", ItemKind.TRAVEL),
    ],
)
def test_parse_kind_matches_loosely(text: str, kind: ItemKind) -> None:
    assert parse_kind(text) is kind


@pytest.mark.parametrize("text", ["", "party", "plenaryy"])
def test_parse_kind_refuses_unknown(text: str) -> None:
    with pytest.raises(BadValue, match="plenary, breakout, break, meal or travel"):
        parse_kind(text)


@pytest.mark.parametrize("text", ["yes", "Y", "TRUE", "x", "X", "1", "✓", "fixed"])
def test_true_words(text: str) -> None:
    assert parse_flag(text) is True
    assert parse_bool(text) is True


@pytest.mark.parametrize("text", ["no", "N", "false", "0", "-"])
def test_false_words(text: str) -> None:
    assert parse_flag(text) is False
    assert parse_bool(text) is False


def test_empty_flag_is_unknown_and_empty_bool_is_no() -> None:
    assert parse_flag("  ") is None
    assert parse_bool("") is False
    with pytest.raises(BadValue):
        parse_bool("maybe")


@pytest.mark.parametrize(
    "text", ["a@b.org", "maya.okafor@riverton.example.gov", "renee+x@eastside-alliance.org"]
)
def test_parse_email_accepts(text: str) -> None:
    assert parse_email(f" {text} ") == text


@pytest.mark.parametrize(
    "text",
    ["maya", "maya@", "@x.org", "a@@b.org", "a@b@c.org", "a@b", "a@b.", "a@.org", "a b@c.org"],
)
def test_parse_email_refuses(text: str) -> None:
    with pytest.raises(BadValue):
        parse_email(text)


def test_empty_email_is_allowed() -> None:
    assert parse_email("") == ""


@pytest.mark.parametrize(
    ("text", "day"),
    [("1", 1), ("2", 2), ("Day 1", 1), ("day2", 2), ("D3", 3), ("2026-03-10", date(2026, 3, 10))],
)
def test_parse_day(text: str, day: int | date) -> None:
    assert parse_day(text) == day


@pytest.mark.parametrize("text", ["0", "Day 0", "Monday", "2026-02-30", "3/10/2026", "day"])
def test_parse_day_refuses(text: str) -> None:
    with pytest.raises(BadValue, match="2026-03-10"):
        parse_day(text)
