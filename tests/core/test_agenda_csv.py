from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from facilitator.core.agenda_csv import ImportedAgenda, parse_agenda_csv
from facilitator.core.csv_reading import CsvImportError
from facilitator.core.kinds import ItemKind

DATA = Path(__file__).parent / "data"
SAMPLE = (DATA / "agenda-city-managers.csv").read_bytes()


def parse(text: str, encoding: str = "utf-8") -> ImportedAgenda:
    return parse_agenda_csv(text.encode(encoding), "agenda.csv")


def failure(text: str | bytes) -> CsvImportError:
    data = text if isinstance(text, bytes) else text.encode()
    with pytest.raises(CsvImportError) as caught:
        parse_agenda_csv(data, "agenda.csv")
    return caught.value


def test_sample_imports_as_two_days_without_anchors() -> None:
    agenda = parse_agenda_csv(SAMPLE, "agenda-city-managers.csv")
    assert list(agenda.days) == [1, 2]
    one, two = agenda.days[1], agenda.days[2]
    assert (one.start, len(one.rows), one.date) == (time(9, 0), 11, None)
    assert (two.start, len(two.rows)) == (time(8, 30), 7)
    assert [row.fixed_start for row in agenda.rows] == [None] * 18
    assert [row.line for row in agenda.rows] == list(range(2, 20))
    assert agenda.ignored_columns == ()
    assert agenda.encoding == "UTF-8"
    lunch = one.rows[5]
    assert (lunch.title, lunch.kind, lunch.duration_min, lunch.start) == (
        "Lunch",
        ItemKind.BREAK,
        60,
        time(12, 0),
    )
    racial = one.rows[4]
    assert racial.kind is ItemKind.BREAKOUT
    assert racial.lead == "Co-facilitator"
    assert racial.method == "Small groups of 4 by region"
    assert racial.materials == "Budget equity worksheet"
    assert racial.objective.startswith("Each city names one budget decision")
    assert sum(row.duration_min for row in two.rows) == 270


def test_sample_variants_read_the_same() -> None:
    expected = parse_agenda_csv(SAMPLE, "a.csv").rows
    text = SAMPLE.decode()
    variants = [
        b"\xef\xbb\xbf" + SAMPLE,
        text.replace("\n", "\r\n").encode(),
        text.replace("\n", "\r").encode(),
        text.encode("cp1252"),
        text.encode("utf-16"),
        (text + ",,,,,,,,\n\n,,,,,,,,\r\n  \n").encode(),
        ("sep=,\n" + text).encode(),
    ]
    for data in variants:
        rows = parse_agenda_csv(data, "a.csv").rows
        lines_shift = 1 if data.startswith(b"sep=") else 0
        assert [r.title for r in rows] == [r.title for r in expected]
        assert [r.line - lines_shift for r in rows] == [r.line for r in expected]


def test_semicolon_and_tab_files_keep_commas_in_cells() -> None:
    for sep in (";", "\t"):
        agenda = parse(
            sep.join(["Day", "Start", "Duration", "Title"])
            + "\n"
            + sep.join(["1", "9:00", "30", "Welcome, coffee, name tags"])
            + "\n"
        )
        assert agenda.rows[0].title == "Welcome, coffee, name tags"


def test_windows_1252_accents_survive() -> None:
    agenda = parse("title;duration;lead\nCafé y mañana;30;Renée Dubois\n", "cp1252")
    assert agenda.encoding == "Windows-1252"
    assert (agenda.rows[0].title, agenda.rows[0].lead) == ("Café y mañana", "Renée Dubois")


def test_headers_match_loosely_and_unknown_columns_are_reported() -> None:
    agenda = parse(
        "DAY,Start Time,Duration (min),Session,Type,Lead Facilitator,Facilitator Notes,"
        "Anchor,Optional,Room\n"
        'Day 1,9am,1h15,Opening,Plenary,Maya,"Say the land acknowledgement",,,Hall A\n'
    )
    row = agenda.rows[0]
    assert (row.day, row.start, row.duration_min, row.title) == (1, time(9), 75, "Opening")
    assert (row.kind, row.lead, row.facilitator_notes) == (
        ItemKind.PLENARY,
        "Maya",
        "Say the land acknowledgement",
    )
    assert agenda.ignored_columns == ("Room",)


def test_multiline_cell_keeps_later_line_numbers_right() -> None:
    text = (
        "title,duration,notes\r\n"
        'Opening,20,"First line\r\nsecond, with comma\r\nthird"\r\n'
        "Check-in,40,\r\n"
        "Close,1h75,\r\n"
    )
    error = failure(text)
    assert (error.line, error.column, error.value) == (6, "duration", "1h75")
    agenda = parse(text.replace("1h75", "15"))
    assert [row.line for row in agenda.rows] == [2, 5, 6]
    assert agenda.rows[0].facilitator_notes == "First line\nsecond, with comma\nthird"


def test_bad_duration_message_names_file_line_and_column() -> None:
    text = "day,start,duration,title\n" + "1,09:00,30,A\n" * 5 + "1,,1h75,B\n"
    error = failure(text)
    assert str(error) == (
        'agenda.csv, line 7, column "duration": "1h75" is not a duration. '
        "Use minutes (75), 1h15 or 1:15."
    )
    assert (error.filename, error.line, error.column, error.expected) == (
        "agenda.csv",
        7,
        "duration",
        "a duration",
    )


def test_line_numbers_count_from_the_file_start_with_a_bom() -> None:
    error = failure(b"\xef\xbb\xbfTitle,Minutes\nA,30\nB,soon\n")
    assert (error.line, error.column, error.value) == (3, "Minutes", "soon")


def test_problems_across_the_file_are_gathered() -> None:
    text = (
        "day,start,duration,title,kind,optional\n"
        "1,9:00,30,Opening,plenary,\n"
        "x,9:30,30,A,plenary,\n"
        "1,25:00,30,B,plenary,\n"
        "1,,30,,plenary,\n"
        "1,,30,C,party,\n"
        "1,,30,D,plenary,maybe\n"
    )
    error = failure(text)
    found = [(p.line, p.column, p.value) for p in error.problems]
    assert found == [
        (3, "day", "x"),
        (4, "start", "25:00"),
        (5, "title", ""),
        (6, "kind", "party"),
        (7, "optional", "maybe"),
    ]
    assert "plenary, breakout, break, meal or travel" in error.problems[3].message


def test_many_problems_are_capped_and_summarised() -> None:
    text = "title,duration\n" + "A,zz\n" * 30
    error = failure(text)
    assert len(error.problems) == 20
    assert error.total == 30
    shown = str(error).splitlines()
    assert len(shown) == 6
    assert shown[0].startswith('agenda.csv, line 2, column "duration": "zz"')
    assert shown[-1] == "and 25 more problems."


def test_missing_required_column_names_the_columns_found() -> None:
    error = failure("Day,Start,Session\n1,9:00,Opening\n")
    assert len(error.problems) == 1
    assert error.line == 1
    assert str(error).startswith('agenda.csv, line 1: There is no "duration" column.')
    assert "The columns found are: Day, Start, Session." in str(error)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"title,duration\n", "no rows below them"),
        (b"title,duration\n,\n,,\n", "no rows below them"),
        (b"title,duration\nA,\x0030\n", "binary"),
        (b"PK\x03\x04\x14\x00rest-of-a-zip", "Excel workbook"),
    ],
)
def test_unreadable_files_say_why(data: bytes, words: str) -> None:
    error = failure(data)
    assert words in str(error)
    assert str(error).startswith("agenda.csv")


def test_unclosed_quote_names_the_row_where_it_opens() -> None:
    error = failure('title,duration\nA,30\n"B,30\nC,30\n')
    assert error.line == 3
    assert "quotes" in str(error)


def test_row_with_more_cells_than_columns_is_refused() -> None:
    error = failure("title,duration\nWelcome,coffee,30\nClose,30\n")
    assert (error.line, error.column) == (2, None)
    assert "double quotes" in str(error)


def test_trailing_empty_cells_are_fine() -> None:
    assert parse("title,duration\nA,30,,,\n").rows[0].title == "A"


def test_start_that_does_not_follow_on_becomes_an_anchor() -> None:
    agenda = parse(
        "start,duration,title,kind\n"
        "9:00,60,Opening,plenary\n"
        ",45,Session,breakout\n"  # runs to 10:45
        "12:00,60,Lunch,lunch\n"  # a gap: anchor
        "13:00,30,Back,plenary\n"  # follows the anchor: floating
    )
    assert [row.fixed_start for row in agenda.rows] == [None, None, time(12), None]
    assert agenda.rows[2].kind is ItemKind.MEAL


def test_fixed_column_forces_or_forbids_an_anchor() -> None:
    agenda = parse(
        "start,duration,title,fixed\n"
        "9:00,60,Opening,\n"
        "10:00,30,Bus,yes\n"  # follows on, but fixed
        "11:00,30,Walk,no\n"  # does not follow on, but kept floating
        "11:30,30,Photo,x\n"
    )
    assert [row.fixed_start for row in agenda.rows] == [None, time(10), None, time(11, 30)]
    assert agenda.rows[1].kind is ItemKind.TRAVEL  # empty kind taken from the title


def test_fixed_without_a_start_is_an_error() -> None:
    error = failure("start,duration,title,fixed\n9:00,60,Opening,\n,30,Bus,yes\n")
    assert (error.line, error.column, error.value) == (3, "fixed", "yes")


def test_without_start_or_day_columns_the_agenda_is_one_day_from_nine() -> None:
    agenda = parse("title,duration\nOpening,30\nBreak,15\nWork,1h\n")
    plan = agenda.days[1]
    assert (list(agenda.days), plan.start) == ([1], time(9))
    assert [(r.kind, r.start, r.fixed_start) for r in plan.rows] == [
        (ItemKind.PLENARY, None, None),
        (ItemKind.BREAK, None, None),
        (ItemKind.PLENARY, None, None),
    ]


def test_empty_day_cell_continues_the_day_above() -> None:
    agenda = parse("day,title,duration\n,A,30\n,B,30\n2,C,30\n,D,30\n1,E,30\n")
    assert [[r.title for r in plan.rows] for plan in agenda.days.values()] == [
        ["A", "B", "E"],
        ["C", "D"],
    ]


def test_dates_are_numbered_in_calendar_order() -> None:
    agenda = parse(
        "date,start,title,duration\n"
        "2026-03-11,08:30,Second day,30\n"
        "2026-03-10,09:00,First day,30\n"
        ",,First day again,30\n"
    )
    assert {n: (p.date, [r.title for r in p.rows]) for n, p in agenda.days.items()} == {
        1: (date(2026, 3, 10), ["First day", "First day again"]),
        2: (date(2026, 3, 11), ["Second day"]),
    }
    assert agenda.days[2].start == time(8, 30)


def test_mixing_day_numbers_and_dates_is_an_error() -> None:
    error = failure("day,title,duration\n1,A,30\n2026-03-10,B,30\n")
    assert (error.line, error.column, error.value) == (3, "day", "2026-03-10")
    assert "either day numbers or dates" in str(error)


def test_formula_like_cells_stay_text_and_duplicates_stay() -> None:
    agenda = parse(
        "title,duration,lead,materials\n"
        "=SUM(A1),30,@maya,+markers\n"
        "=SUM(A1),30,@maya,+markers\n"
        "-Reflection-,  15 ,  Sam  ,-\n"
    )
    assert [(r.title, r.lead, r.materials) for r in agenda.rows] == [
        ("=SUM(A1)", "@maya", "+markers"),
        ("=SUM(A1)", "@maya", "+markers"),
        ("-Reflection-", "Sam", "-"),
    ]


def test_optional_column() -> None:
    agenda = parse("title,duration,optional\nA,30,yes\nB,30,\n")
    assert [row.optional for row in agenda.rows] == [True, False]
