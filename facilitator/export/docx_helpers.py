"""A small writer over python-docx: styled paragraphs, lists and tables, with fallbacks.

Every document goes through :class:`DocBuilder`, which

* looks styles up once, and when the template lacks one falls back along a
  chain (Heading 3 → Heading 2 → Heading 1 → bold Normal) and records a
  warning for the caller instead of failing;
* cleans every piece of text (:mod:`docx_text`) and marks right-to-left
  paragraphs so Word lays them out from the right;
* makes each table's header row repeat at the top of every page;
* puts a page number in the footer if the template's footer has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator.export.docx_text import clean, clean_line, is_mostly_rtl

# Preferred style, then what to use instead when a template lacks it.
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Heading 1",),
    "Subtitle": (),
    "Heading 1": (),
    "Heading 2": ("Heading 1",),
    "Heading 3": ("Heading 2", "Heading 1"),
    "List Bullet": ("List Paragraph",),
    "Quote": (),
}
# How a paragraph looks when no style in its chain exists (bold, italic, size).
_PLAIN_LOOK: dict[str, tuple[bool, bool, float | None]] = {
    "Title": (True, False, 20),
    "Subtitle": (False, True, 13),
    "Heading 1": (True, False, 15),
    "Heading 2": (True, False, 13),
    "Heading 3": (True, False, 11),
    "Quote": (False, True, None),
}
TABLE_STYLE = "Table Grid"
# Word rejects out-of-order children; these are what may follow the element we add.
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_AFTER_TBL_BORDERS = (
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)  # fmt: skip
HEADER_FILL = "E8EDF3"


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    subject: str
    when: datetime
    keywords: str = ""


class DocBuilder:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.warnings: list[str] = []
        self._styles: dict[str, tuple[Any, str]] = {}

    # -- styles ------------------------------------------------------------------------

    def _has(self, name: str, kind: WD_STYLE_TYPE) -> Any:
        try:
            style = self.doc.styles[name]
        except KeyError:
            return None
        return style if style.type == kind else None

    def _style(self, name: str) -> tuple[Any, str]:
        """(style or None, the name actually used); warns the first time one is missing."""
        if name not in self._styles:
            chosen = self._has(name, WD_STYLE_TYPE.PARAGRAPH)
            used = name
            for other in _FALLBACKS.get(name, ()):
                if chosen is not None:
                    break
                chosen, used = self._has(other, WD_STYLE_TYPE.PARAGRAPH), other
            if chosen is None or used != name:
                instead = f"'{used}'" if chosen is not None else "formatted Normal text"
                self.warnings.append(f"The template has no '{name}' style; used {instead}.")
            self._styles[name] = (chosen, used if chosen is not None else "")
        return self._styles[name]

    # -- paragraphs --------------------------------------------------------------------

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        found, used = self._style(style) if style else (None, "")
        para = self.doc.add_paragraph()
        if found is not None:
            # Set the style id directly: python-docx's style setter scans every style in the
            # template on each call, which dominates the time of a long document.
            para._p.style = found.style_id
        if style == "List Bullet" and used != "List Bullet":
            para.add_run("•\t" if found is not None else "• ")
        if text:
            para.add_run(clean(text))
        if found is None and style in _PLAIN_LOOK:
            self._plain(para, style)
        if text and is_mostly_rtl(text):
            set_rtl(para)
        return para

    def _plain(self, para: Paragraph, wanted: str) -> None:
        bold, italic, size = _PLAIN_LOOK[wanted]
        if not para.runs:
            return
        run = para.runs[0]
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
        if wanted.startswith(("Heading", "Title")):
            para.paragraph_format.keep_with_next = True
            para.paragraph_format.space_before = Pt(12)

    def title(self, text: str) -> Paragraph:
        return self.paragraph(clean_line(text), "Title")

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(clean_line(text), f"Heading {level}")

    def bullet(self, text: str, lead: str = "", note: str = "") -> Paragraph:
        """A bulleted item: an optional bold ``lead``, the text, an optional italic ``note``."""
        para = self.paragraph("", "List Bullet")
        if lead:
            para.add_run(clean(lead)).bold = True
        para.add_run(clean(text))
        if note:
            para.add_run(clean(note)).italic = True
        if is_mostly_rtl(text):
            set_rtl(para)
        return para

    def labelled(self, label: str, text: str, italic: bool = False) -> Paragraph:
        """``Label:`` in bold, then the text, in one Normal paragraph."""
        para = self.paragraph()
        para.add_run(clean(label) + " ").bold = True
        run = para.add_run(clean(text))
        run.italic = italic or None
        if is_mostly_rtl(text):
            set_rtl(para)
        return para

    def label(self, text: str) -> Paragraph:
        """A small bold run-in label ("Decisions") above a list; stays with what follows."""
        para = self.paragraph()
        para.add_run(clean_line(text)).bold = True
        para.paragraph_format.keep_with_next = True
        para.paragraph_format.space_after = Pt(2)
        return para

    # -- tables ------------------------------------------------------------------------

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float] | None = None,
        bold_last: bool = False,
    ) -> Table:
        table: Table = self.doc.add_table(rows=1, cols=len(headers))
        style = self._has(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        if style is not None:
            table.style = style
        else:
            if not any("table style" in w for w in self.warnings):
                self.warnings.append(
                    f"The template has no '{TABLE_STYLE}' table style; used plain borders."
                )
            _borders(table)
        header = table.rows[0]
        repeat_header(header)
        for cell, text in zip(header.cells, headers, strict=True):
            cell.text = clean(text)
            cell.paragraphs[0].runs[0].bold = True
            _shade(cell, HEADER_FILL)
        for values in rows:
            row = table.add_row()  # type: ignore[no-untyped-call]
            if sum(len(v or "") for v in values) < _UNSPLIT_LIMIT:
                keep_row_together(row)
            cells = row.cells
            for cell, value in zip(cells, values, strict=True):
                cell.text = clean(value)
                if value and is_mostly_rtl(value):
                    set_rtl(cell.paragraphs[0])
        if bold_last and rows:
            for cell in table.rows[-1].cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
        if widths:
            _widths(table, widths)
        self.doc.add_paragraph()  # Word glues consecutive tables together without a paragraph
        return table

    # -- the document as a whole -------------------------------------------------------

    def finish(self, meta: Meta) -> None:
        props = self.doc.core_properties
        props.title = clean_line(meta.title, 255)
        props.author = clean_line(meta.author, 255)
        props.last_modified_by = clean_line(meta.author, 255)
        props.subject = clean_line(meta.subject, 255)
        props.keywords = clean_line(meta.keywords, 255)
        props.comments = ""
        props.category = ""
        props.created = meta.when.replace(tzinfo=None)
        props.modified = meta.when.replace(tzinfo=None)
        props.revision = 1
        ensure_page_numbers(self.doc)

    def save(self, stream: IO[bytes]) -> None:
        self.doc.save(stream)


# A row longer than this may be taller than a page; Word would then cut it off
# rather than split it, so only shorter rows are kept whole.
_UNSPLIT_LIMIT = 1500


def keep_row_together(row: Any) -> None:
    """Ask Word not to break this row across two pages."""
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def repeat_header(row: Any) -> None:
    """Mark a table row as a header that Word repeats at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def set_rtl(para: Paragraph) -> None:
    p_pr = para._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    for run in para.runs:
        r_pr = run._r.get_or_add_rPr()
        if r_pr.find(qn("w:rtl")) is None:
            r_pr.append(OxmlElement("w:rtl"))


def has_page_field(element: Any) -> bool:
    xml = element.xml if hasattr(element, "xml") else ""
    return "PAGE" in xml and ("w:fldSimple" in xml or "w:instrText" in xml)


def ensure_page_numbers(document: Document) -> None:
    """Give every section's footer a centred "Page N" if it has no page number yet."""
    for n, section in enumerate(document.sections):
        footer = section.footer
        if footer.is_linked_to_previous and n > 0:
            continue  # shows the previous section's footer
        if not footer.is_linked_to_previous and has_page_field(footer._element):
            continue
        para = footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run("Page ")
        add_field(para, "PAGE", "1")


def add_field(para: Paragraph, instruction: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin/instruction/separate/result/end runs."""

    def fld(kind: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    para.add_run()._r.append(fld("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    para.add_run()._r.append(instr)
    para.add_run()._r.append(fld("separate"))
    para.add_run(shown)
    para.add_run()._r.append(fld("end"))


def _shade(cell: Any, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "A6A6A6")
        borders.append(el)
    table._tbl.tblPr.insert_element_before(borders, *_AFTER_TBL_BORDERS)


def _widths(table: Table, inches: Sequence[float]) -> None:
    from docx.shared import Inches

    table.autofit = False
    for column, width in zip(table.columns, inches, strict=False):
        column.width = Inches(width)
        for cell in column.cells:
            cell.width = Inches(width)
