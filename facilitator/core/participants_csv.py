"""Reading a participant list from a CSV file: a sheet, a form export or Salesforce.

Columns are matched loosely and case-insensitively; others are ignored. A name is
required, either in a name column or as First Name and Last Name (Salesforce's
contact export), which are joined with a space; when both are present the name
column wins and the parts fill in rows where it is empty. In a contact export
"Title" is the job title, so here it is the role; "Account Name" is the
organisation. E-mail is optional but checked loosely when given. Duplicate rows
are kept: deciding that two rows are one person is the caller's business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from facilitator.core.csv_reading import (
    CsvRow,
    CsvTable,
    ProblemCollector,
    aliases,
    missing_columns_error,
    read_csv_table,
)
from facilitator.core.csv_values import BadValue, parse_email

# Earlier aliases win when two columns claim the same field.
PARTICIPANT_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "name": aliases(
        "name | full name | participant | participant name | contact name | attendee"
        " | attendee name | contact"
    ),
    "first_name": aliases("first name | first | given name | forename"),
    "last_name": aliases("last name | last | surname | family name"),
    "role": aliases("role | title | job title | position | job"),
    "organisation": aliases(
        "organisation | organization | account name | org | organisation name"
        " | organization name | company | account | affiliation | agency | employer"
    ),
    "email": aliases("email | e-mail | email address | e-mail address | mail"),
    "group": aliases("group | cohort | group name | table | track | breakout group"),
}


@dataclass(frozen=True)
class ParticipantRow:
    line: int  # physical line of the CSV file the row starts on
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    group: str = ""


def parse_participants_csv(data: bytes, filename: str) -> list[ParticipantRow]:
    """The participants in a CSV file's bytes, in file order; raises CsvImportError."""
    table = read_csv_table(data, filename, PARTICIPANT_COLUMNS)
    if not any(table.has(field) for field in ("name", "first_name", "last_name")):
        raise missing_columns_error(
            table,
            [("name", 'Add a column called name, or columns "First Name" and "Last Name".')],
        )
    problems = ProblemCollector(filename)
    participants = []
    for csv_row in table.rows:
        before = problems.total
        participant = _read_row(table, csv_row, problems)
        if problems.total == before:
            participants.append(participant)
    problems.raise_if_any()
    return participants


def _read_row(table: CsvTable, csv_row: CsvRow, problems: ProblemCollector) -> ParticipantRow:
    def cell(field: str) -> str:
        return " ".join(csv_row.get(field).split())

    name = cell("name") or " ".join(
        part for part in (cell("first_name"), cell("last_name")) if part
    )
    if not name:
        column = next(table.column(f) for f in ("name", "first_name", "last_name") if table.has(f))
        problems.add_bad_value(
            csv_row.line, column, BadValue("", "a name", "Give every participant a name.")
        )
    email = problems.parse_cell(
        csv_row.line, table.column("email"), csv_row.get("email"), parse_email, ""
    )
    return ParticipantRow(
        line=csv_row.line,
        name=name,
        role=cell("role"),
        organisation=cell("organisation"),
        email=email,
        group=cell("group"),
    )
