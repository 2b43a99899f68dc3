"""The participants' agenda and the team's run sheet."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from facilitator.core.audience import Audience
from facilitator.export.errors import ExportError
from facilitator.export.service import ExportKind, export
from facilitator.store.database import Database
from tests.export.conftest import Sample, docx_xml


def test_agenda_has_times_and_objectives_but_no_facilitator_fields(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.docx"
    export(db, sample.convening_id, ExportKind.AGENDA, out)
    xml = docx_xml(out)
    for hidden in ("MethodTeamOnly", "MaterialsTeamOnly", "FacNoteTeamOnly"):
        assert hidden not in xml
    for text in sample.shared + sample.team + sample.private:
        assert text not in xml  # an agenda carries no captured material at all
    d = docx.Document(str(out))
    assert d.paragraphs[0].style.name == "Title"
    first = d.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Time", "Item", "Led by"]
    assert first.rows[1].cells[0].text == "09:00–09:30"
    assert first.rows[1].cells[1].text == "Opening\nFrame it"


def test_runsheet_has_everything_minute_by_minute(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "run.docx"
    result = export(db, sample.convening_id, ExportKind.RUNSHEET, out)
    assert result.audience is Audience.TEAM
    xml = docx_xml(out)
    for shown in ("MethodTeamOnly", "MaterialsTeamOnly", "FacNoteTeamOnly", "Lead A"):
        assert shown in xml
    d = docx.Document(str(out))
    assert [c.text for c in d.tables[0].rows[2].cells[:3]] == ["09:30", "09:45", "15"]


def test_mismatched_audience_is_refused(db: Database, sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="run sheet"):
        export(db, sample.convening_id, ExportKind.RUNSHEET, tmp_path / "r.docx",
               audience=Audience.PARTICIPANTS)  # fmt: skip
    with pytest.raises(ExportError, match="agenda"):
        export(db, sample.convening_id, ExportKind.AGENDA, tmp_path / "a.docx",
               audience=Audience.TEAM)  # fmt: skip
