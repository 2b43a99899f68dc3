"""Commitments CSV: BOM, CRLF, formulas neutralised, audience rule applied."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from facilitator.core.audience import Audience
from facilitator.export.commitments_csv import HEADERS, neutralise
from facilitator.export.service import ExportKind, export
from facilitator.store.database import Database
from tests.export.conftest import Sample


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\r=1", "'\r=1"),
        ("Plain text = fine", "Plain text = fine"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def read(path: Path) -> tuple[bytes, list[list[str]]]:
    raw = path.read_bytes()
    return raw, list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_for_participants_has_shared_commitments_only(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "c.csv"
    result = export(db, sample.convening_id, ExportKind.COMMITMENTS_CSV, out)
    raw, rows = read(out)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    assert tuple(rows[0]) == HEADERS
    texts = [r[0] for r in rows[1:]]
    assert texts == ["CommitSHAREDKappa"]
    assert rows[1][1] == "Ana Lopez" and rows[1][3] == "2026-04-01" and rows[1][7] == ""
    assert result.withheld.describe() == (
        "Withheld from participants: 1 team commitment, 1 private commitment."
    )


def test_csv_for_team_adds_team_commitments_and_notes(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "c.csv"
    export(db, sample.convening_id, ExportKind.COMMITMENTS_CSV, out, audience=Audience.TEAM)
    _, rows = read(out)
    texts = sorted(r[0] for r in rows[1:])
    assert texts == ["CommitSHAREDKappa", "CommitTEAMKappa"]
    assert "CommitNoteTEAMLambda" in [r[7] for r in rows[1:]]


def test_formula_in_a_commitment_is_neutralised_in_the_file(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from facilitator.store.models import Commitment

    with db.transaction() as session:
        session.execute(
            update(Commitment)
            .where(Commitment.text == "CommitSHAREDKappa")
            .values(text="=cmd|' /C calc'!A0")
        )
    out = tmp_path / "c.csv"
    export(db, sample.convening_id, ExportKind.COMMITMENTS_CSV, out)
    _, rows = read(out)
    assert rows[1][0] == "'=cmd|' /C calc'!A0"
