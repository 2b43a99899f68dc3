"""The plain, frozen shape of everything a summary or agenda document shows.

Built by :mod:`facilitator.export.summary_data` already filtered for one
audience, so a writer can print every field it is given without asking
whether it may: what is not allowed is simply not there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from facilitator.core.audience import Audience, Withheld


@dataclass(frozen=True, slots=True)
class EntryView:
    kind: str  # an EntryKind value
    text: str
    team_only: bool  # shown to the team, flagged so nobody forwards it
    captured_at: datetime | None = None
    speaker: str = ""
    rationale: str = ""
    force: str = ""  # "requirement", "suggestion" or ""
    polarity: str = ""  # "plus", "delta" or ""
    resolved: bool = False
    resolution: str = ""
    item_title: str = ""


@dataclass(frozen=True, slots=True)
class ItemView:
    key: str
    title: str
    kind: str  # an ItemKind value
    start: time
    end: time
    duration_min: int
    fixed_start: bool = False
    optional: bool = False
    objective: str = ""
    lead: str = ""
    # Facilitator-only fields: empty unless the audience is the team.
    method: str = ""
    materials: str = ""
    facilitator_notes: str = ""
    notes: tuple[EntryView, ...] = ()
    decisions: tuple[EntryView, ...] = ()
    quotes: tuple[EntryView, ...] = ()
    questions: tuple[EntryView, ...] = ()

    @property
    def is_break(self) -> bool:
        return self.kind in ("break", "meal", "travel")

    @property
    def has_record(self) -> bool:
        return bool(self.notes or self.decisions or self.quotes or self.questions)


@dataclass(frozen=True, slots=True)
class DayView:
    key: str
    number: int  # 1-based
    title: str
    date: date | None
    items: tuple[ItemView, ...]

    @property
    def heading(self) -> str:
        return day_heading(self.number, self.title, self.date)


@dataclass(frozen=True, slots=True)
class CommitmentView:
    text: str
    owner: str  # the person, or "" for an organisation's commitment
    organisation: str
    due_date: date | None
    status: str  # a CommitmentStatus value
    team_only: bool
    item_title: str = ""
    notes: str = ""  # team only
    key: str = ""

    @property
    def owner_label(self) -> str:
        if self.owner and self.organisation:
            return f"{self.owner} ({self.organisation})"
        return self.owner or self.organisation or "Unassigned"

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "in_progress")


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    role: str
    organisation: str


@dataclass(frozen=True, slots=True)
class AttendanceTable:
    day_labels: tuple[str, ...]
    # (name, organisation, one status label per day)
    rows: tuple[tuple[str, str, tuple[str, ...]], ...]
    present_per_day: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class TimingRow:
    title: str
    planned_start: time
    planned_min: int
    replanned_min: int | None  # None: not re-planned
    dropped: bool
    actual_start: time | None  # None: did not run (or is still running)
    actual_min: float | None


@dataclass(frozen=True, slots=True)
class TimingDay:
    heading: str
    rows: tuple[TimingRow, ...]
    ran: bool  # whether any run events exist for the day

    @property
    def planned_total(self) -> int:
        return sum(r.planned_min for r in self.rows)

    @property
    def replanned_total(self) -> int:
        return sum(
            0 if r.dropped else (r.replanned_min if r.replanned_min is not None else r.planned_min)
            for r in self.rows
        )

    @property
    def actual_total(self) -> float:
        return sum(r.actual_min or 0.0 for r in self.rows)


@dataclass(frozen=True, slots=True)
class SummaryData:
    audience: Audience
    title: str
    series: str
    location: str
    start_date: date | None
    end_date: date | None
    purpose: str
    objectives: tuple[str, ...]
    attendees: tuple[tuple[str, tuple[Attendee, ...]], ...]  # by organisation
    days: tuple[DayView, ...]
    general: ItemView | None  # entries not tied to an agenda item
    commitments: tuple[CommitmentView, ...]
    parking_lot: tuple[EntryView, ...]
    feedback: tuple[EntryView, ...]
    withheld: Withheld
    attendance: AttendanceTable | None = None  # team only
    timing: tuple[TimingDay, ...] = field(default=())  # team only

    @property
    def dates_label(self) -> str:
        return format_date_range(self.start_date, self.end_date)

    @property
    def next_steps(self) -> tuple[str, ...]:
        """Open commitments by due date, then parking-lot items still to take up.

        Everything here is already in the audience's view; next steps only
        re-order it into what happens after the convening.
        """
        steps: list[str] = []
        open_ones = sorted(
            (c for c in self.commitments if c.is_open),
            key=lambda c: (c.due_date is None, c.due_date or date.min, c.owner_label),
        )
        for c in open_ones:
            due = f" by {format_date(c.due_date)}" if c.due_date else ""
            steps.append(f"{c.owner_label}: {c.text}{due}.")
        for e in self.parking_lot:
            if not e.resolved:
                steps.append(f"Take up at the next convening: {e.text}")
        return tuple(steps)


def day_heading(number: int, title: str, when: date | None = None) -> str:
    """ "Day 1, Friday 20 November: What changed", without repeating a "Day 1:" title prefix."""
    label = f"Day {number}"
    if when is not None:
        label += f", {when.strftime('%A')} {when.day} {when.strftime('%B')}"
    rest = title.strip()
    if rest.casefold().startswith(f"day {number}".casefold()):
        rest = rest[len(f"day {number}") :].lstrip(" :-–—,.")
    return f"{label}: {rest}" if rest else label


def format_short_date(d: date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


def format_date(d: date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


def format_date_range(start: date | None, end: date | None) -> str:
    if start is None:
        return ""
    if end is None or end == start:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {end.strftime('%B %Y')}"
    if start.year == end.year:
        return f"{start.day} {start.strftime('%B')} – {end.day} {end.strftime('%B %Y')}"
    return f"{start.day} {start.strftime('%B %Y')} – {end.day} {end.strftime('%B %Y')}"
