"""The Word summary of a convening, for participants or for the team.

Reads nothing itself: it prints a :class:`SummaryData` that was already
filtered for its audience. Sections with nothing in them are left out, except
the ones a reader looks for by name (commitments, parking lot, next steps),
which say "None recorded." so their absence is not mistaken for an omission.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitator.core.audience import Audience
from facilitator.export.docx_agenda import agenda_table, intro
from facilitator.export.docx_helpers import DocBuilder, Meta
from facilitator.export.docx_template import open_template
from facilitator.export.summary_model import (
    CommitmentView,
    EntryView,
    ItemView,
    SummaryData,
    TimingDay,
    format_short_date,
)

NONE_RECORDED = "None recorded."
TEAM_MARK = " (team only)"
STATUS_LABEL = {
    "open": "Open",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
FORCE_LABEL = {"requirement": "Requirement", "suggestion": "Suggestion"}


def build_summary(
    data: SummaryData, template: Path | None, *, author: str, when: datetime
) -> DocBuilder:
    b = DocBuilder(open_template(template))
    team = data.audience is Audience.TEAM
    subtitle = "Team summary" if team else "Summary for participants"
    intro(b, data, subtitle)
    if team:
        b.labelled(
            "Internal.",
            "This summary includes material marked for the facilitation team "
            f"(shown as “{TEAM_MARK.strip()}”). Do not forward it to participants.",
            italic=True,
        )
    _attendees(b, data)
    if any(day.items for day in data.days):
        b.heading("Agenda", 1)
        for day in data.days:
            if day.items:
                b.heading(day.heading, 2)
                agenda_table(b, day.items)
    _discussion(b, data)
    _commitments(b, data.commitments)
    _parking_lot(b, data.parking_lot)
    b.heading("Next steps", 1)
    steps = data.next_steps
    for step in steps:
        b.bullet(step)
    if not steps:
        b.paragraph(NONE_RECORDED)
    _feedback(b, data.feedback)
    if team:
        _attendance(b, data)
        _timing(b, data.timing)
    b.finish(
        Meta(
            title=data.title,
            author=author or "Facilitator",
            subject=f"{subtitle}",
            when=when,
            keywords=f"audience: {data.audience.value}",
        )
    )
    return b


def _attendees(b: DocBuilder, data: SummaryData) -> None:
    if not data.attendees:
        return
    b.heading("Who took part", 1)
    rows = [
        (org, "; ".join(f"{a.name}, {a.role}" if a.role else a.name for a in people))
        for org, people in data.attendees
    ]
    b.table(["Organisation", "Participants"], rows, widths=[1.9, 4.6])


def _discussion(b: DocBuilder, data: SummaryData) -> None:
    days = [(d, [i for i in d.items if i.has_record or i.facilitator_notes]) for d in data.days]
    days = [(d, items) for d, items in days if items]
    if not days and data.general is None:
        return
    b.heading("What we discussed and decided", 1)
    for day, items in days:
        b.heading(day.heading, 2)
        for item in items:
            b.heading(f"{item.start:%H:%M}  {item.title}", 3)
            _item_record(b, item)
    if data.general is not None:
        b.heading(data.general.title, 2)
        _item_record(b, data.general)


def _mark(e: EntryView | CommitmentView) -> str:
    return TEAM_MARK if e.team_only else ""


def _item_record(b: DocBuilder, item: ItemView) -> None:
    if item.objective:
        b.labelled("Objective:", item.objective, italic=True)
    if item.facilitator_notes:
        b.labelled("Facilitator notes (team only):", item.facilitator_notes)
    if item.notes:
        b.label("Notes")
        for e in item.notes:
            b.bullet(e.text, note=_mark(e))
    if item.decisions:
        b.label("Decisions")
        for e in item.decisions:
            force = FORCE_LABEL.get(e.force, "")
            lead = f"{force}: " if force else ""
            why = f" Why: {e.rationale}" if e.rationale else ""
            b.bullet(f"{e.text}{why}", lead=lead, note=_mark(e))
    if item.quotes:
        b.label("In their words")
        for e in item.quotes:
            para = b.paragraph(f"“{e.text}”", "Quote")
            if e.speaker:
                para.add_run(f" — {e.speaker}")
            if e.team_only:
                para.add_run(TEAM_MARK).italic = True
    if item.questions:
        b.label("Questions raised")
        for e in item.questions:
            answer = f" Answer: {e.resolution}" if e.resolution else ""
            b.bullet(f"{e.text}{answer}", note=_mark(e))


def _commitments(b: DocBuilder, commitments: tuple[CommitmentView, ...]) -> None:
    b.heading("Commitments", 1)
    if not commitments:
        b.paragraph(NONE_RECORDED)
        return
    rows = []
    for c in commitments:
        text = c.text + _mark(c)
        if c.notes:
            text += f"\nNote: {c.notes}"
        due = format_short_date(c.due_date) if c.due_date else "No date"
        rows.append((c.owner_label, text, due, STATUS_LABEL.get(c.status, c.status)))
    b.table(["Owner", "Commitment", "Due", "Status"], rows, widths=[1.7, 2.9, 1.2, 0.8])


def _parking_lot(b: DocBuilder, items: tuple[EntryView, ...]) -> None:
    b.heading("Parking lot", 1)
    if not items:
        b.paragraph(NONE_RECORDED)
        return
    for e in items:
        resolved = ""
        if e.resolved:
            resolved = f" Resolved: {e.resolution}" if e.resolution else " Resolved."
        b.bullet(f"{e.text}{resolved}", note=_mark(e))


def _feedback(b: DocBuilder, feedback: tuple[EntryView, ...]) -> None:
    if not feedback:
        return
    b.heading("Feedback", 1)
    groups = (
        ("What worked", "plus"),
        ("What to change", "delta"),
        ("Other comments", ""),
    )
    for label, polarity in groups:
        chosen = [e for e in feedback if e.polarity == polarity]
        if chosen:
            b.label(label)
            for e in chosen:
                b.bullet(e.text, note=_mark(e))


def _attendance(b: DocBuilder, data: SummaryData) -> None:
    table = data.attendance
    if table is None:
        return
    b.heading("Attendance", 1)
    rows: list[tuple[str, ...]] = [(name, org, *days) for name, org, days in table.rows]
    total = len(table.rows)
    rows.append(("Present", "", *(f"{n} of {total}" for n in table.present_per_day)))
    b.table(["Name", "Organisation", *table.day_labels], rows, bold_last=True)


def _minutes(value: float | None) -> str:
    return "" if value is None else f"{round(value)}"


def _timing(b: DocBuilder, days: tuple[TimingDay, ...]) -> None:
    if not days:
        return
    b.heading("Appendix: planned and actual timing", 1)
    b.paragraph(
        "Minutes per item: as planned, as re-planned during the day (blank when "
        "unchanged), and as run. Difference is actual minus the latest plan."
    )
    for day in days:
        b.heading(day.heading, 2)
        if not day.ran:
            b.paragraph("Not run yet.")
            continue
        rows = []
        for r in day.rows:
            latest = 0 if r.dropped else r.planned_min
            if r.replanned_min is not None and not r.dropped:
                latest = r.replanned_min
            replanned = "dropped" if r.dropped else _minutes(r.replanned_min)
            diff = "" if r.actual_min is None else f"{r.actual_min - latest:+.0f}"
            actual_start = f"{r.actual_start:%H:%M}" if r.actual_start else "—"
            rows.append(
                (
                    r.title,
                    f"{r.planned_start:%H:%M}",
                    str(r.planned_min),
                    replanned,
                    actual_start,
                    _minutes(r.actual_min) or "—",
                    diff,
                )
            )
        diff_total = day.actual_total - day.replanned_total
        rows.append(
            (
                "Total",
                "",
                str(day.planned_total),
                str(day.replanned_total),
                "",
                _minutes(day.actual_total),
                f"{diff_total:+.0f}",
            )
        )
        headers = ["Item", "Plan\nstart", "Plan\nmin", "Re-plan\nmin", "Actual\nstart"]
        headers += ["Actual\nmin", "Diff.\nmin"]
        b.table(headers, rows, widths=[2.0, 0.75, 0.75, 0.75, 0.75, 0.75, 0.75], bold_last=True)
