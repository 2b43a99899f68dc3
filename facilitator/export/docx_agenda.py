"""Agenda documents: the participants' agenda and the facilitation team's run sheet.

The agenda shows what the room may see (times, titles, objectives, leads).
The run sheet is the team's script for the day: every item with its start and
end to the minute, length, fixed starts, method, materials and the
facilitator-only notes. Both share the opening block with the summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from facilitator.core.audience import Audience
from facilitator.export.docx_helpers import DocBuilder, Meta
from facilitator.export.docx_template import open_template
from facilitator.export.docx_text import clean
from facilitator.export.summary_model import ItemView, SummaryData

KIND_LABEL = {
    "plenary": "Plenary",
    "breakout": "Breakout",
    "break": "Break",
    "meal": "Meal",
    "travel": "Travel",
}


def intro(b: DocBuilder, data: SummaryData, subtitle: str) -> None:
    """Title, what this document is, when and where, purpose and objectives."""
    b.title(data.title)
    b.paragraph(subtitle, "Subtitle")
    facts = [x for x in (data.dates_label, data.location) if x]
    if facts:
        b.labelled("When and where:", " · ".join(facts))
    if data.series:
        b.labelled("Series:", data.series)
    if data.purpose or data.objectives:
        b.heading("Purpose and objectives", 1)
        if data.purpose:
            b.paragraph(data.purpose)
        for objective in data.objectives:
            b.bullet(objective)


def agenda_table(b: DocBuilder, items: Sequence[ItemView]) -> None:
    rows = [
        (
            f"{i.start:%H:%M}–{i.end:%H:%M}",
            i.title + (" (optional)" if i.optional else ""),
            "" if i.is_break else i.lead,
        )
        for i in items
    ]
    table = b.table(["Time", "Item", "Led by"], rows, widths=[1.1, 4.0, 1.4])
    # The objective goes under the title in the same cell, in italics.
    for row, item in zip(table.rows[1:], items, strict=True):
        if item.objective and not item.is_break:
            para = row.cells[1].paragraphs[0]
            para.add_run("\n" + clean(item.objective)).italic = True


def build_agenda(
    data: SummaryData, template: Path | None, *, author: str, when: datetime
) -> DocBuilder:
    b = DocBuilder(open_template(template))
    intro(b, data, "Agenda")
    for day in data.days:
        if day.items:
            b.heading(day.heading, 1)
            agenda_table(b, day.items)
    b.finish(Meta(data.title, author or "Facilitator", "Agenda", when, "audience: participants"))
    return b


def build_runsheet(
    data: SummaryData, template: Path | None, *, author: str, when: datetime
) -> DocBuilder:
    if data.audience is not Audience.TEAM:
        raise ValueError("A run sheet is built from the team's view of the convening.")
    b = DocBuilder(open_template(template))
    intro(b, data, "Run sheet for the facilitation team")
    b.labelled("Internal.", "Facilitator-only notes included. Not for participants.", True)
    for day in data.days:
        if not day.items:
            continue
        b.heading(day.heading, 1)
        rows = [
            (
                f"{i.start:%H:%M}",
                f"{i.end:%H:%M}",
                str(i.duration_min),
                i.title + (" (fixed start)" if i.fixed_start else ""),
                i.lead,
            )
            for i in day.items
        ]
        b.table(["Start", "End", "Min", "Item", "Lead"], rows, widths=[0.6, 0.6, 0.5, 3.4, 1.4])
        for i in day.items:
            b.heading(f"{i.start:%H:%M}–{i.end:%H:%M}  {i.title}", 2)
            facts = [KIND_LABEL.get(i.kind, i.kind), f"{i.duration_min} min"]
            if i.fixed_start:
                facts.append("fixed start")
            if i.optional:
                facts.append("optional: may be dropped in a re-plan")
            b.paragraph(" · ".join(facts))
            for label, value in (
                ("Objective:", i.objective),
                ("Lead:", i.lead),
                ("Method:", i.method),
                ("Materials:", i.materials),
                ("Facilitator notes:", i.facilitator_notes),
            ):
                if value:
                    b.labelled(label, value)
    b.finish(Meta(data.title, author or "Facilitator", "Run sheet", when, "audience: team"))
    return b
