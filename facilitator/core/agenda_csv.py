"""Reading an agenda from a CSV file exported by Excel, Google Sheets or similar.

Columns (matched loosely, case-insensitively; others are ignored and reported):
title and duration are required; day, start, kind, objective, lead, method,
materials, fixed, notes (facilitator-only) and optional are not.

Days: a cell holds a day number (1, "Day 2", "D3") or an ISO date (2026-03-10),
not both kinds in one file. Dates are numbered in calendar order (the earliest is
day 1) and kept on the DayPlan. An empty cell means the same day as the row above
(day 1 on the first row), and a file without a day column is a one-day agenda.

Kinds: plenary, breakout, break, meal or travel, matched loosely; "Lunch",
"Breakfast" and "Dinner" are meals, "Bus" and "Shuttle" are travel. An empty kind
cell takes the kind its title names (a row titled "Lunch" is a meal), else plenary.

Start times: the first item's start on a day becomes the day's start time (09:00
when it has none). A later item with a start equal to the running time (the
previous item's start plus its duration) simply follows on and is not fixed; a
start that differs makes the item a fixed anchor at that time (lunch at 12:00
after a gap), and the running time continues from it. A "fixed" column set to
yes/true/x/1 makes the item an anchor at its start time whatever the running time
(it then needs a start); set to no/false/0 it keeps the item floating even when
its start differs. Everything after an anchor is counted from the anchor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, time

from facilitator.core.csv_reading import (
    CsvRow,
    CsvTable,
    ProblemCollector,
    aliases,
    missing_columns_error,
    read_csv_table,
)
from facilitator.core.csv_values import (
    BadValue,
    parse_bool,
    parse_day,
    parse_duration,
    parse_flag,
    parse_kind,
    parse_time,
)
from facilitator.core.kinds import ItemKind

DEFAULT_DAY_START = time(9, 0)

# Earlier aliases win when two columns claim the same field ("Day" over "Date").
AGENDA_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "day": aliases("day | day number | day no | date"),
    "start": aliases("start | start time | starts | time | begin | from"),
    "duration": aliases(
        "duration | duration min | duration mins | duration minutes | minutes | mins"
        " | length | length min"
    ),
    "title": aliases(
        "title | session | item | session title | item title | agenda item | name"
        " | activity | topic"
    ),
    "kind": aliases("kind | type | item type | session type | category"),
    "objective": aliases(
        "objective | objectives | goal | goals | purpose | outcome | outcomes | desired outcome"
    ),
    "lead": aliases(
        "lead | facilitator | owner | leads | lead facilitator | presenter | speaker | host | who"
    ),
    "method": aliases("method | methods | format | approach"),
    "materials": aliases("materials | material | supplies | resources | equipment"),
    "fixed": aliases("fixed | anchor | anchored | fixed start | fixed time | locked | pinned"),
    "notes": aliases(
        "facilitator notes | notes | note | facilitator only notes | private notes | internal notes"
    ),
    "optional": aliases("optional | is optional"),
}


@dataclass(frozen=True)
class AgendaRow:
    line: int  # physical line of the CSV file the row starts on
    day: int
    title: str
    kind: ItemKind
    duration_min: int
    start: time | None  # as written in the file
    fixed_start: time | None  # the anchor, once the start-time rules are applied
    objective: str = ""
    lead: str = ""
    method: str = ""
    materials: str = ""
    facilitator_notes: str = ""
    optional: bool = False


@dataclass(frozen=True)
class DayPlan:
    day: int
    date: date | None  # when the file gave dates rather than day numbers
    start: time
    rows: tuple[AgendaRow, ...]


@dataclass(frozen=True)
class ImportedAgenda:
    filename: str
    encoding: str  # "UTF-8", "UTF-16" or "Windows-1252", worth showing in a preview
    days: Mapping[int, DayPlan]  # in day order
    ignored_columns: tuple[str, ...]

    @property
    def rows(self) -> tuple[AgendaRow, ...]:
        return tuple(row for plan in self.days.values() for row in plan.rows)


@dataclass(frozen=True)
class _Draft:
    row: AgendaRow
    day_text: str
    day_value: int | date
    fixed: bool | None


def parse_agenda_csv(data: bytes, filename: str) -> ImportedAgenda:
    """The agenda in a CSV file's bytes; raises CsvImportError listing what to fix."""
    table = read_csv_table(data, filename, AGENDA_COLUMNS)
    missing = [
        (name, advice)
        for name, advice in (
            ("title", "Add a column called title with each item's name."),
            ("duration", "Add a column called duration with each item's length in minutes."),
        )
        if not table.has(name)
    ]
    if missing:
        raise missing_columns_error(table, missing)
    problems = ProblemCollector(filename)
    drafts: list[_Draft] = []
    day_text = "1"
    day_value: int | date = 1
    for csv_row in table.rows:
        before = problems.total
        if csv_row.get("day"):
            day_text = csv_row.get("day")
            day_value = problems.parse_cell(
                csv_row.line, table.column("day"), day_text, parse_day, day_value
            )
        draft = _read_row(table, csv_row, day_text, day_value, problems)
        if problems.total == before:
            drafts.append(draft)
    numbers, dates = _number_days(table, drafts, problems)
    problems.raise_if_any()
    by_day: dict[int, list[_Draft]] = {}
    for draft in drafts:
        by_day.setdefault(numbers[draft.day_value], []).append(draft)
    days = {day: _plan_day(day, dates.get(day), by_day[day]) for day in sorted(by_day)}
    return ImportedAgenda(filename, table.encoding, days, table.ignored_columns)


def _read_row(
    table: CsvTable,
    csv_row: CsvRow,
    day_text: str,
    day_value: int | date,
    problems: ProblemCollector,
) -> _Draft:
    line = csv_row.line

    def cell(field: str) -> str:
        return csv_row.get(field)

    title = " ".join(cell("title").split())
    if not title:
        problems.add_bad_value(
            line, table.column("title"), BadValue("", "a title", "Give every item a title.")
        )
    duration = problems.parse_cell(
        line, table.column("duration"), cell("duration"), parse_duration, 0
    )
    start = None
    if cell("start"):
        start = problems.parse_cell(line, table.column("start"), cell("start"), parse_time, None)
    kind = _kind_from_title(title)
    if cell("kind"):
        kind = problems.parse_cell(line, table.column("kind"), cell("kind"), parse_kind, kind)
    fixed = problems.parse_cell(line, table.column("fixed"), cell("fixed"), parse_flag, None)
    if fixed and start is None and not cell("start"):
        problems.add(
            line,
            table.column("fixed"),
            cell("fixed"),
            "a start time",
            "The item is marked fixed but has no start time. "
            "Give it a start time or empty this cell.",
        )
    optional = problems.parse_cell(
        line, table.column("optional"), cell("optional"), parse_bool, False
    )
    row = AgendaRow(
        line=line,
        day=0,
        title=title,
        kind=kind,
        duration_min=duration,
        start=start,
        fixed_start=None,
        objective=cell("objective"),
        lead=cell("lead"),
        method=cell("method"),
        materials=cell("materials"),
        facilitator_notes=cell("notes"),
        optional=optional,
    )
    return _Draft(row, day_text, day_value, fixed)


def _kind_from_title(title: str) -> ItemKind:
    try:
        return parse_kind(title)
    except BadValue:
        return ItemKind.PLENARY


def _number_days(
    table: CsvTable, drafts: list[_Draft], problems: ProblemCollector
) -> tuple[dict[int | date, int], dict[int, date]]:
    """Day numbers for the day values, and the date of each day when dates were given."""
    uses_dates = bool(drafts) and isinstance(drafts[0].day_value, date)
    for draft in drafts:
        if isinstance(draft.day_value, date) != uses_dates:
            problems.add(
                draft.row.line,
                table.column("day"),
                draft.day_text,
                "a day",
                "Earlier rows use "
                + ("dates" if uses_dates else "day numbers")
                + f' but this one says "{draft.day_text}". Use either day numbers or dates '
                "for every row.",
            )
            break
    if not uses_dates:
        same: dict[int | date, int] = {
            d.day_value: d.day_value for d in drafts if isinstance(d.day_value, int)
        }
        return same, {}
    ordered = sorted({d.day_value for d in drafts if isinstance(d.day_value, date)})
    numbers: dict[int | date, int] = {value: n for n, value in enumerate(ordered, start=1)}
    return numbers, {n: value for value, n in numbers.items() if isinstance(value, date)}


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _plan_day(day: int, day_date: date | None, drafts: list[_Draft]) -> DayPlan:
    first_start = drafts[0].row.start
    day_start = DEFAULT_DAY_START if first_start is None else first_start
    running = _minutes(day_start)
    rows = []
    for position, draft in enumerate(drafts):
        start = draft.row.start
        anchor = None
        if draft.fixed is True:
            anchor = start
        elif draft.fixed is None and position > 0 and start is not None:
            anchor = start if _minutes(start) != running else None
        if anchor is not None:
            running = _minutes(anchor)
        running += draft.row.duration_min
        rows.append(replace(draft.row, day=day, fixed_start=anchor))
    return DayPlan(day, day_date, day_start, tuple(rows))
