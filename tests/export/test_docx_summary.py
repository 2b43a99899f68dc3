"""The Word summary: real structure, the audience rule, hostile text, templates."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from facilitator.core.audience import Audience
from facilitator.export.errors import TemplateError
from facilitator.export.service import ExportKind, export
from facilitator.store.database import Database
from tests.export.conftest import ARABIC, LONG_NOTE, Sample, docx_xml


def write(db: Database, sample: Sample, tmp_path: Path, audience: Audience, **kw: object) -> Path:
    out = tmp_path / f"{audience.value}.docx"
    export(db, sample.convening_id, ExportKind.SUMMARY, out, audience=audience, **kw)  # type: ignore[arg-type]
    return out


def all_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_structure_styles_header_rows_page_numbers_and_properties(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    path = write(db, sample, tmp_path, Audience.PARTICIPANTS)
    d = docx.Document(str(path))
    styles = [p.style.name for p in d.paragraphs]
    assert styles[0] == "Title"
    assert d.paragraphs[0].text == "Sample Exchange"
    for name in ("Heading 1", "Heading 2", "Heading 3", "List Bullet"):
        assert name in styles
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Purpose and objectives", "Who took part"]
    assert "Commitments" in headings and "Next steps" in headings
    assert d.tables, "agenda and commitments are tables"
    for table in d.tables:
        tr_pr = table.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        for row in table.rows[1:]:
            # short rows are never broken across two pages
            assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
    footer_xml = d.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "instrText" in footer_xml
    props = d.core_properties
    assert props.title == "Sample Exchange"
    assert props.author == "Facilitator"
    assert props.subject == "Summary for participants"
    assert props.created is not None and props.modified is not None


def test_author_is_the_organisation(db: Database, sample: Sample, tmp_path: Path) -> None:
    path = write(db, sample, tmp_path, Audience.TEAM, author="Cities Network")
    assert docx.Document(str(path)).core_properties.author == "Cities Network"


def test_private_never_and_team_only_for_the_team(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    participants = docx_xml(write(db, sample, tmp_path, Audience.PARTICIPANTS))
    team = docx_xml(write(db, sample, tmp_path, Audience.TEAM))
    for text in sample.private:
        assert text not in participants and text not in team
    for text in sample.team:
        assert text not in participants
        assert text in team
    for text in sample.shared:
        assert text in participants and text in team


def test_team_summary_has_attendance_and_timing_appendix(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    team = docx.Document(str(write(db, sample, tmp_path, Audience.TEAM)))
    headings = [p.text for p in team.paragraphs if p.style.name == "Heading 1"]
    assert "Attendance" in headings
    assert "Appendix: planned and actual timing" in headings
    timing = team.tables[-1]  # day one's; day two has not run, so has no table
    header = [c.text for c in timing.rows[0].cells]
    assert header[0] == "Item" and "Re-plan" in header[3]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in timing.rows[1:]}
    assert rows["Opening"][2] == "30" and rows["Opening"][5] == "35"
    assert rows["Opening"][6] == "+5"
    assert rows["Deep dive"][3] == "45"  # re-planned
    assert rows["Total"][2] == "105"
    assert "Not run yet." in [p.text for p in team.paragraphs]
    participants = docx.Document(str(write(db, sample, tmp_path, Audience.PARTICIPANTS)))
    p_headings = [p.text for p in participants.paragraphs if p.style.name == "Heading 1"]
    assert "Attendance" not in p_headings
    assert not any("timing" in h for h in p_headings)


def test_hostile_text_survives(db: Database, sample: Sample, tmp_path: Path) -> None:
    path = write(db, sample, tmp_path, Audience.PARTICIPANTS)
    text = all_text(path)
    assert "<w:p>not xml</w:p> <b>&amp; bold</b> ]]>" in text  # escaped, shown as typed
    assert "🎉👩🏽‍💼" in text
    assert "Pasted from PDF\n next line\n next page\ttab" in text
    assert LONG_NOTE in text
    d = docx.Document(str(path))
    arabic = next(p for p in d.paragraphs if ARABIC in p.text)
    assert arabic._p.pPr.find(qn("w:bidi")) is not None
    english = next(p for p in d.paragraphs if "Pasted" in p.text)
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None


def _template_without_heading_3(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("Letterhead sample text to be cleared")
    d.sections[0].header.paragraphs[0].text = "ORG LETTERHEAD"
    styles = d.styles.element
    for style in list(styles):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) in ("heading 3", "List Bullet"):
            styles.remove(style)
    path = tmp_path / "org.docx"
    d.save(str(path))
    return path


def test_org_template_keeps_letterhead_and_falls_back_for_missing_styles(
    db: Database, sample: Sample, tmp_path: Path
) -> None:
    template = _template_without_heading_3(tmp_path)
    out = tmp_path / "org-summary.docx"
    result = export(
        db, sample.convening_id, ExportKind.SUMMARY, out, audience=Audience.TEAM, template=template
    )
    assert any("'Heading 3'" in w and "'Heading 2'" in w for w in result.warnings)
    assert any("'List Bullet'" in w for w in result.warnings)
    d = docx.Document(str(out))
    assert d.sections[0].header.paragraphs[0].text == "ORG LETTERHEAD"
    assert "Letterhead sample text" not in all_text(out)
    assert "PAGE" in d.sections[0].footer._element.xml  # added: the template had none
    assert any(p.text.startswith("•") and "NoteSHAREDAlpha" in p.text for p in d.paragraphs)


def test_dotx_template_is_accepted(db: Database, sample: Sample, tmp_path: Path) -> None:
    source = _template_without_heading_3(tmp_path)
    dotx = tmp_path / "org.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(info, data)
    out = tmp_path / "from-dotx.docx"
    export(db, sample.convening_id, ExportKind.SUMMARY, out, template=dotx)
    assert docx.Document(str(out)).paragraphs[0].text == "Sample Exchange"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"this is not a word file", "is not a Word document"),
        (b"PK\x03\x04broken zip", "is not a Word document"),
        (None, "is not a usable Word document"),
    ],
)
def test_invalid_template_is_a_clear_error_and_writes_nothing(
    db: Database, sample: Sample, tmp_path: Path, content: bytes | None, words: str
) -> None:
    bad = tmp_path / "bad.docx"
    if content is None:  # a valid zip that is not a Word package
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("hello.txt", "hi")
        content = buffer.getvalue()
    bad.write_bytes(content)
    out = tmp_path / "out.docx"
    with pytest.raises(TemplateError, match=words):
        export(db, sample.convening_id, ExportKind.SUMMARY, out, template=bad)
    assert not out.exists()
    assert list(tmp_path.glob(".out.docx*")) == []


def test_missing_template_names_the_file(db: Database, sample: Sample, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="Cannot find the template"):
        export(db, sample.convening_id, ExportKind.SUMMARY, tmp_path / "o.docx",
               template=tmp_path / "nope.docx")  # fmt: skip


def test_empty_sections_say_none_recorded(db: Database, tmp_path: Path) -> None:
    from facilitator.store.convenings import NewConvening, create_convening

    cid = create_convening(db, NewConvening(title="Empty one"))
    out = tmp_path / "empty.docx"
    export(db, cid, ExportKind.SUMMARY, out)
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs]
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert "Feedback" not in headings and "What we discussed and decided" not in headings
    assert texts.count("None recorded.") == 3  # commitments, parking lot, next steps
