from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.csv_reading import CsvImportError
from facilitator.core.participants_csv import ParticipantRow, parse_participants_csv

DATA = Path(__file__).parent / "data"
SAMPLE = (DATA / "participants-city-managers.csv").read_bytes()


def parse(text: str, encoding: str = "utf-8") -> list[ParticipantRow]:
    return parse_participants_csv(text.encode(encoding), "people.csv")


def failure(text: str | bytes) -> CsvImportError:
    data = text if isinstance(text, bytes) else text.encode()
    with pytest.raises(CsvImportError) as caught:
        parse_participants_csv(data, "people.csv")
    return caught.value


def test_sample_imports() -> None:
    people = parse_participants_csv(SAMPLE, "participants-city-managers.csv")
    assert len(people) == 12
    assert [p.line for p in people] == list(range(2, 14))
    assert people[1] == ParticipantRow(
        line=3,
        name="José Ramírez",
        role="Chief of Staff to the Mayor",
        organisation="City of Alder Springs",
        email="j.ramirez@aldersprings.example.gov",
        group="Chiefs of staff",
    )
    assert people[2].name == "Nguyễn Thị Lan"


def test_sample_with_bom_semicolons_and_crlf() -> None:
    text = SAMPLE.decode().replace(",", ";").replace("\n", "\r\n")
    people = parse_participants_csv(b"\xef\xbb\xbf" + text.encode(), "p.csv")
    assert [p.name for p in people] == [p.name for p in parse_participants_csv(SAMPLE, "p.csv")]


def test_salesforce_contact_export() -> None:
    text = (
        '"First Name","Last Name","Title","Account Name","Email","Mailing City"\r\n'
        '"Maya","Okafor","City Manager","City of Riverton","maya@riverton.gov","Riverton"\r\n'
        '"","Whitehorse","Senior Advisor","City of Alder Springs","","Alder Springs"\r\n'
        "\r\n"
        '"Confidential Information - Do Not Distribute"\r\n'
        '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n'
    )
    people = parse(text)
    assert people == [
        ParticipantRow(
            2, "Maya Okafor", "City Manager", "City of Riverton", "maya@riverton.gov", ""
        ),
        ParticipantRow(3, "Whitehorse", "Senior Advisor", "City of Alder Springs", "", ""),
    ]


def test_windows_1252_names() -> None:
    people = parse("Name,Organisation\nJosé Ramírez,Peña & Asociados\n", "cp1252")
    assert (people[0].name, people[0].organisation) == ("José Ramírez", "Peña & Asociados")


def test_loose_headers() -> None:
    people = parse(
        "Full Name,Role,Organisation,E-mail,Cohort\n Ana  Ruiz ,Analyst,Port,a@p.org,Two\n"
    )
    assert people == [ParticipantRow(2, "Ana Ruiz", "Analyst", "Port", "a@p.org", "Two")]


def test_name_column_wins_and_parts_fill_empty_names() -> None:
    people = parse("Name,First Name,Last Name\nMaya O.,Maya,Okafor\n,Sam,Adeyemi\n")
    assert [p.name for p in people] == ["Maya O.", "Sam Adeyemi"]


def test_bad_email_names_line_and_column() -> None:
    text = "name,email\nMaya,maya@riverton.example.gov\nSam,sam.portmercer.gov\n"
    error = failure(text)
    assert (error.line, error.column, error.value) == (3, "email", "sam.portmercer.gov")
    assert str(error).startswith(
        'people.csv, line 3, column "email": "sam.portmercer.gov" is not an e-mail address.'
    )


def test_row_without_a_name_is_an_error_after_a_multiline_cell() -> None:
    text = 'First Name,Last Name,Title\nMaya,Okafor,"City\nManager"\n,,Analyst\n'
    error = failure(text)
    assert (error.line, error.column, error.value) == (4, "First Name", "")


def test_missing_name_column() -> None:
    error = failure("email,group\na@b.org,One\n")
    assert error.line == 1
    assert 'There is no "name" column' in str(error)
    assert "The columns found are: email, group." in str(error)


def test_duplicates_are_kept() -> None:
    people = parse("name\nMaya\nMaya\n")
    assert [(p.line, p.name) for p in people] == [(2, "Maya"), (3, "Maya")]


def test_header_only_file() -> None:
    assert "no rows below them" in str(failure("name,email\r\n\r\n"))
