"""Readers for single CSV cell values: times, durations, kinds, yes/no, e-mail, day.

Each reader takes the trimmed cell text and returns a value or raises BadValue,
which carries the text, what was expected and a hint on how to write it. The
readers accept what spreadsheets and people actually type (9am, 1h15, "75 min",
"Lunch"), and nothing that could be read two ways.
"""

from __future__ import annotations

import re
from datetime import date, time

from facilitator.core.kinds import ItemKind

MAX_DURATION_MIN = 24 * 60


class BadValue(ValueError):
    """A cell that does not hold the kind of value its column needs."""

    def __init__(self, value: str, expected: str, hint: str) -> None:
        self.value = value
        self.expected = expected  # a noun phrase: "a duration"
        self.hint = hint  # how to write it: "Use minutes (75), 1h15 or 1:15."
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if not self.value:
            return f"The cell is empty but needs {self.expected}. {self.hint}"
        return f'"{self.value}" is not {self.expected}. {self.hint}'


TIME_HINT = "Use 09:00, 9:00 AM or 21:30."
DURATION_HINT = "Use minutes (75), 1h15 or 1:15."
KIND_HINT = "Use plenary, breakout, break, meal or travel."
BOOL_HINT = "Use yes or no, or leave it empty."
EMAIL_HINT = "Use an address like name@example.org, or leave it empty."
DAY_HINT = "Use a day number (1, Day 2) or a date written 2026-03-10."

_TIME = re.compile(
    r"(?P<h>\d{1,2})(?:\s*[:.h]\s*(?P<m>\d{2}))?(?::(?P<s>\d{2}))?"
    r"\s*(?:(?P<ampm>[ap])\.?\s*m?\.?)?"
)


def parse_time(text: str) -> time:
    """A clock time: 09:00, 9:00, 9.30, 9h30, 9:00 AM, 9am, 21:30, 09:00:00, noon."""
    cleaned = text.strip().lower()
    if cleaned in ("noon", "midday"):
        return time(12, 0)
    match = _TIME.fullmatch(cleaned)
    if match is None:
        raise BadValue(text, "a time", TIME_HINT)
    hour = int(match["h"])
    minute = int(match["m"] or 0)
    # Spreadsheets write 09:00:00; any other seconds would be a typo.
    if minute > 59 or int(match["s"] or 0) != 0:
        raise BadValue(text, "a time", TIME_HINT)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise BadValue(text, "a time", TIME_HINT)
        hour = hour % 12 + (12 if match["ampm"] == "p" else 0)
    elif match["m"] is None or hour > 23:
        # A bare "9" could be a duration or a day; ask for minutes.
        raise BadValue(text, "a time", TIME_HINT)
    return time(hour, minute)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CLOCK_DURATION = re.compile(r"(?P<h>\d+):(?P<m>\d{2})(?::(?P<s>\d{2}))?")
_UNIT_DURATION = re.compile(
    r"(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours))?"
    r"\s*(?:(?P<m>\d+)\s*(?P<munit>m|min|mins|minute|minutes)?)?"
)


def parse_duration(text: str) -> int:
    """A length in whole minutes: 75, 1h15, 1h, 45m, 1:15, "75 min", 1.5h, "1,5 h"."""
    cleaned = " ".join(text.strip().lower().split()).replace(",", ".")
    minutes = _duration_minutes(cleaned)
    if minutes is None or not 1 <= minutes <= MAX_DURATION_MIN:
        raise BadValue(text, "a duration", DURATION_HINT)
    return minutes


def _duration_minutes(cleaned: str) -> int | None:
    if _NUMBER.fullmatch(cleaned):
        # A bare number is minutes; "1.5" alone is refused rather than guessed as hours.
        value = float(cleaned)
        return int(value) if value.is_integer() else None
    clock = _CLOCK_DURATION.fullmatch(cleaned)
    if clock is not None:
        if int(clock["m"]) > 59 or int(clock["s"] or 0) != 0:
            return None
        return int(clock["h"]) * 60 + int(clock["m"])
    unit = _UNIT_DURATION.fullmatch(cleaned)
    if unit is None or (unit["h"] is None and unit["m"] is None):
        return None
    if unit["h"] is None:
        # "45" alone was handled above; minutes on their own need their unit.
        return int(unit["m"]) if unit["munit"] else None
    hours = float(unit["h"])
    if unit["m"] is None:
        return round(hours * 60)
    if not hours.is_integer() or int(unit["m"]) > 59:
        return None  # 1.5h30 or 1h75
    return int(hours) * 60 + int(unit["m"])


_KIND_WORDS: dict[str, ItemKind] = {
    **dict.fromkeys(
        ["plenary", "whole group", "full group", "keynote", "panel", "presentation"],
        ItemKind.PLENARY,
    ),
    **dict.fromkeys(
        ["breakout", "break out", "small group", "small groups", "workshop", "table work"],
        ItemKind.BREAKOUT,
    ),
    **dict.fromkeys(["break", "coffee", "coffee break", "tea", "tea break"], ItemKind.BREAK),
    # Lunch is a meal: the room empties for longer than a break and catering is fixed.
    **dict.fromkeys(["meal", "lunch", "breakfast", "dinner", "supper"], ItemKind.MEAL),
    **dict.fromkeys(["travel", "bus", "shuttle", "transfer", "transport"], ItemKind.TRAVEL),
}


def parse_kind(text: str) -> ItemKind:
    """An agenda item kind, matched loosely: "Plenary", "break-out", "Lunch", "Bus"."""
    words = " ".join(re.sub(r"[-_/]+", " ", text.lower()).split())
    kind = _KIND_WORDS.get(words) or _KIND_WORDS.get(words.removesuffix("s"))
    if kind is None:
        raise BadValue(text, "a kind of agenda item", KIND_HINT)
    return kind


_TRUE_WORDS = frozenset({"yes", "y", "true", "t", "x", "1", "✓", "✔", "fixed", "anchor"})
_FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "-"})


def parse_flag(text: str) -> bool | None:
    """A yes/no cell that may be left empty: None when empty."""
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    if cleaned in _TRUE_WORDS:
        return True
    if cleaned in _FALSE_WORDS:
        return False
    raise BadValue(text, "yes or no", BOOL_HINT)


def parse_bool(text: str) -> bool:
    """A yes/no cell where empty means no."""
    return parse_flag(text) or False


def parse_email(text: str) -> str:
    """An e-mail address, checked loosely (one @, a dot after it); "" stays "" ."""
    address = text.strip()
    if not address:
        return ""
    local, _, domain = address.partition("@")
    labels = domain.split(".")
    if (
        address.count("@") != 1
        or not local
        or len(labels) < 2
        or not all(labels)
        or any(c.isspace() for c in address)
    ):
        raise BadValue(text, "an e-mail address", EMAIL_HINT)
    return address


_DAY_NUMBER = re.compile(r"(?:day|d)?\s*(\d{1,2})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str) -> int | date:
    """A day of a convening: a number (1, "Day 2", "D3") or an ISO date (2026-03-10)."""
    cleaned = text.strip().lower()
    number = _DAY_NUMBER.fullmatch(cleaned)
    if number is not None and int(number[1]) >= 1:
        return int(number[1])
    if _ISO_DATE.fullmatch(cleaned):
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            pass
    raise BadValue(text, "a day", DAY_HINT)
