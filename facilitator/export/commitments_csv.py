"""Commitments as CSV for Excel, Google Sheets and Salesforce imports.

UTF-8 with a byte-order mark (Excel needs it to read accents and non-Latin
names), CRLF line ends, every cell quoted only where needed. A cell whose
first character is ``= + - @`` (or a tab or carriage return, which some
spreadsheets skip before looking) gets a leading apostrophe, so a spreadsheet
shows it as text and never runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from facilitator.export.docx_text import clean
from facilitator.export.summary_model import CommitmentView, SummaryData

HEADERS = (
    "Commitment",
    "Owner",
    "Organisation",
    "Due date",
    "Status",
    "Agenda item",
    "Convening",
    "Notes",
    "Id",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """The cell as text a spreadsheet will never evaluate."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def commitment_rows(data: SummaryData) -> list[Sequence[str]]:
    return [_row(c, data.title) for c in data.commitments]


def _row(c: CommitmentView, convening: str) -> Sequence[str]:
    return (
        c.text,
        c.owner,
        c.organisation,
        c.due_date.isoformat() if c.due_date else "",
        c.status,
        c.item_title,
        convening,
        c.notes,
        c.key,
    )


def commitments_csv_bytes(data: SummaryData) -> bytes:
    """The whole file, ready to write: BOM, header row, one row per commitment."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADERS)
    for row in commitment_rows(data):
        writer.writerow([neutralise(clean(cell)) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
