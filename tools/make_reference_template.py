"""Regenerate resources/templates/reference.docx, the default look of every Word export.

Run from the repository root: `/work/venv/bin/python tools/make_reference_template.py`.
The result is committed; exports only read it. Change the look here, run
this, and look at a converted summary before committing both.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facilitator.export.docx_helpers import add_field  # noqa: E402

OUT = ROOT / "resources" / "templates" / "reference.docx"
FONT = "Calibri"
INK = RGBColor(0x26, 0x26, 0x26)
NAVY = RGBColor(0x1F, 0x38, 0x64)
BLUE = RGBColor(0x2E, 0x5C, 0x8A)
GREY = RGBColor(0x59, 0x59, 0x59)

# (style, size pt, bold, italic, colour, space before, space after)
LOOKS = [
    ("Normal", 10.5, False, False, INK, 0, 6),
    ("Title", 24, False, False, NAVY, 0, 2),
    ("Subtitle", 13, False, False, GREY, 0, 14),
    ("Heading 1", 15, True, False, NAVY, 20, 6),
    ("Heading 2", 12.5, True, False, BLUE, 14, 4),
    ("Heading 3", 11, True, False, INK, 10, 2),
    ("List Bullet", 10.5, False, False, INK, 0, 3),
    ("Quote", 10.5, False, True, GREY, 2, 6),
]


def _plain_font(style: object) -> None:
    """Drop theme-font references so the named font applies (Word prefers the theme)."""
    r_pr = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


def main() -> None:
    document = docx.Document()
    for name, size, bold, italic, colour, before, after in LOOKS:
        style = document.styles[name]
        _plain_font(style)
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = colour
        fmt = style.paragraph_format
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        if name.startswith(("Heading", "Title")):
            fmt.keep_with_next = True
    document.styles["Normal"].paragraph_format.line_spacing = 1.1
    document.styles["Quote"].paragraph_format.left_indent = Inches(0.3)
    # The Title style's bottom rule looks dated; a plain title reads better.
    title_ppr = document.styles["Title"].element.pPr
    if title_ppr is not None:
        for border in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(border)

    section = document.sections[0]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.style = document.styles["Footer"]
    footer.add_run("Page ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" of ")
    add_field(footer, "NUMPAGES", "1")
    for run in footer.runs:
        run.font.size = Pt(9)
        run.font.color.rgb = GREY

    props = document.core_properties
    props.title = props.subject = props.author = props.comments = props.keywords = ""
    props.last_modified_by = ""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(OUT))
    print(f"Wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
