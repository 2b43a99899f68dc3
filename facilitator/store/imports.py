"""Writing a parsed CSV agenda or participant list into a convening, all or nothing.

The file was parsed (and refused if anything in it was wrong) before we get
here; everything below happens in one transaction, so an error half-way leaves
the database as it was.

- The target is a live convening found by id, id prefix or title; an unknown
  title creates a convening with enough days for the agenda, dated from the file
  when it gives dates.
- Agenda rows go to day N of the convening, or, when the file gives dates, to
  the day with that date; missing days are created. Imported items are appended
  after a day's existing items (nothing is lost by importing twice: undo or
  delete the copy). With ``replace=True`` the existing items of the days the file
  covers are deleted first (tombstoned, so undo brings them back). A day that
  had no items takes its start time from the file.
- Participants already in the convening are skipped: the same e-mail, or, for a
  row without e-mail, the same name and organisation (case- and space-insensitive).
  Repeats within the file are skipped the same way.

Every import returns an ImportReceipt listing what it created and replaced, so
the window can undo and redo it (set_import_applied).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.agenda_csv import AgendaRow, DayPlan, ImportedAgenda
from facilitator.core.participants_csv import ParticipantRow
from facilitator.store import convenings
from facilitator.store.database import Database
from facilitator.store.errors import ConveningNotFoundError, StoreError
from facilitator.store.models import AgendaItem, Convening, Day, Participant, Syncable

_UUID_LIKE = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){0,4}[0-9a-f-]*", re.IGNORECASE)


@dataclass(frozen=True)
class ImportReceipt:
    """What one import did, by id, so it can be undone and redone."""

    convening_id: str
    convening_title: str
    created_convening: bool
    added: int  # agenda items or participants written
    skipped: int  # participants already there (always 0 for an agenda)
    replaced: int  # existing items deleted by a replacing agenda import
    days: tuple[int, ...]  # the day numbers written to
    days_created: int
    created_ids: tuple[str, ...] = ()  # items/participants/days added
    replaced_ids: tuple[str, ...] = ()  # items tombstoned by replace
    # (day id, start before, start after) for days whose start time the file set
    day_starts: tuple[tuple[str, time, time], ...] = ()


@dataclass(frozen=True)
class Target:
    """Where an import will go, for a preview: an existing convening or a new one."""

    convening_id: str | None
    title: str

    @property
    def is_new(self) -> bool:
        return self.convening_id is None


@dataclass(frozen=True)
class DayTarget:
    number: int  # the convening's day number the rows go to
    date: date | None
    rows: int  # items in the file for that day
    existing: int  # items already on that day
    new_day: bool


def resolve_target(db: Database, title_or_id: str) -> Target:
    """The convening an import goes to; an unknown title means a new convening."""
    wanted = " ".join(title_or_id.split())
    if not wanted:
        raise StoreError("Say which convening to import into (a title or an id).")
    try:
        found = convenings.find_convening(db, wanted)
    except ConveningNotFoundError:
        if _UUID_LIKE.fullmatch(wanted) and len(wanted) >= 8:
            raise
        return Target(None, wanted)
    return Target(found.id, found.title)


def _convening(
    session: Session, db: Database, target: Target, first: date | None
) -> tuple[Convening, bool]:
    """The live target convening, or a new one (flushed, so it has a row id)."""
    if target.convening_id is not None:
        return convenings._live(session, target.convening_id), False
    c = Convening(title=target.title, start_date=first, end_date=first, created_at=db.clock.now())
    session.add(c)
    session.flush()
    return c, True


def _live_days(session: Session, c: Convening) -> list[Day]:
    return list(
        session.scalars(
            select(Day)
            .where(Day.convening_id == c.id, Day.deleted.is_(False))
            .order_by(Day.position, Day.id)
        )
    )


def _live_items(day: Day) -> list[AgendaItem]:
    return [i for i in day.items if not i.deleted]


def _assign(dates: list[date | None], start: date | None, plans: Sequence[DayPlan]) -> list[int]:
    """The index of the convening day each plan goes to, appending new days' dates to ``dates``.

    A file's date finds the day with that date; a date the convening lacks becomes a
    new day (when the convening's days are dated). Otherwise day N is the Nth day,
    and days up to N are added, dated on from the convening's start when it has one.
    """
    indices = []
    for plan in plans:
        if plan.date is not None:
            if plan.date in dates:
                indices.append(dates.index(plan.date))
                continue
            if any(dates):
                dates.append(plan.date)
                indices.append(len(dates) - 1)
                continue
        while len(dates) < plan.day:
            last = len(dates) + 1 == plan.day
            if last and plan.date is not None:
                dates.append(plan.date)
            else:
                dates.append(start + timedelta(days=len(dates)) if start else None)
        indices.append(plan.day - 1)
    return indices


def plan_agenda(db: Database, agenda: ImportedAgenda, target: Target) -> list[DayTarget]:
    """Which day each of the file's days goes to, and what is there now (for a preview)."""
    plans = list(agenda.days.values())
    if target.convening_id is None:
        dates: list[date | None] = []
        counts: list[int] = []
        start = None
    else:
        with db.read() as session:
            c = convenings._live(session, target.convening_id)
            days = _live_days(session, c)
            dates = [d.date for d in days]
            counts = [len(_live_items(d)) for d in days]
            start = c.start_date
    known = len(dates)
    indices = _assign(dates, start, plans)
    return [
        DayTarget(
            i + 1,
            dates[i],
            len(plan.rows),
            counts[i] if i < known else 0,
            i >= known,
        )
        for i, plan in zip(indices, plans, strict=True)
    ]


def import_agenda(
    db: Database, agenda: ImportedAgenda, convening: str | Target, *, replace: bool = False
) -> ImportReceipt:
    """Write the agenda into the convening (see the module docstring); all or nothing."""
    target = resolve_target(db, convening) if isinstance(convening, str) else convening
    if not agenda.days:
        raise StoreError(f"{agenda.filename} has no agenda items to import.")
    plans = list(agenda.days.values())
    file_dates = [p.date for p in plans if p.date is not None]
    with db.transaction() as session:
        c, created = _convening(session, db, target, min(file_dates) if file_dates else None)
        days = _live_days(session, c)
        dates = [d.date for d in days]
        indices = _assign(dates, c.start_date, plans)
        new_days: list[Day] = []
        for n in range(len(days), len(dates)):
            position = max((d.position for d in days), default=-1) + 1
            day = Day(position=position, date=dates[n], title=f"Day {n + 1}")
            c.days.append(day)
            days.append(day)
            new_days.append(day)
        created_items: list[AgendaItem] = []
        replaced: list[AgendaItem] = []
        starts: list[tuple[Day, time, time]] = []
        for index, plan in zip(indices, plans, strict=True):
            day = days[index]
            existing = _live_items(day)
            if replace:
                for item in existing:
                    item.deleted = True
                replaced.extend(existing)
                existing = []
            if not existing and day.start_time != plan.start:
                starts.append((day, day.start_time, plan.start))
                day.start_time = plan.start
            first_position = max((i.position for i in existing), default=-1.0) + 1
            for n, row in enumerate(plan.rows):
                item = _item(row, first_position + n, anchor_first=bool(existing) and n == 0)
                day.items.append(item)
                created_items.append(item)
        _cover_dates(c, days)
        session.flush()
        return ImportReceipt(
            convening_id=c.uuid,
            convening_title=c.title,
            created_convening=created,
            added=len(created_items),
            skipped=0,
            replaced=len(replaced),
            days=tuple(i + 1 for i in indices),
            days_created=len(new_days),
            created_ids=tuple(d.uuid for d in new_days) + tuple(i.uuid for i in created_items),
            replaced_ids=tuple(i.uuid for i in replaced),
            day_starts=tuple((d.uuid, old, new) for d, old, new in starts if d not in new_days),
        )


def _cover_dates(c: Convening, days: list[Day]) -> None:
    """Stretch the convening's dates over its days'."""
    dated = [d.date for d in days if d.date is not None]
    if c.start_date is not None:
        dated.append(c.start_date)
    if c.end_date is not None:
        dated.append(c.end_date)
    if dated:
        c.start_date, c.end_date = min(dated), max(dated)


def _item(row: AgendaRow, position: float, *, anchor_first: bool) -> AgendaItem:
    # Appended after existing items, the file's first start time is kept as an
    # anchor, so the times in the file still hold.
    fixed = row.fixed_start if not anchor_first else (row.fixed_start or row.start)
    return AgendaItem(
        position=position,
        title=row.title,
        kind=row.kind,
        duration_min=row.duration_min,
        fixed_start=fixed,
        objective=row.objective,
        lead=row.lead,
        method=row.method,
        materials=row.materials,
        facilitator_notes=row.facilitator_notes,
        optional=row.optional,
    )


def _person_key(name: str, organisation: str, email: str) -> tuple[str, ...]:
    if email:
        return ("email", email.strip().casefold())
    return ("name", " ".join(name.split()).casefold(), " ".join(organisation.split()).casefold())


def duplicate_lines(db: Database, rows: Sequence[ParticipantRow], target: Target) -> set[int]:
    """The file lines that an import would skip as people already there (for a preview)."""
    with db.read() as session:
        known = _known_people(session, target)
    return {row.line for row in _new_rows(rows, known, keep=False)}


def _known_people(session: Session, target: Target) -> tuple[set[str], set[tuple[str, ...]]]:
    emails: set[str] = set()
    names: set[tuple[str, ...]] = set()
    if target.convening_id is None:
        return emails, names
    c = convenings._live(session, target.convening_id)
    for p in session.scalars(
        select(Participant).where(Participant.convening_id == c.id, Participant.deleted.is_(False))
    ):
        if p.email:
            emails.add(p.email.strip().casefold())
        names.add(_person_key(p.name, p.organisation, ""))
    return emails, names


def _new_rows(
    rows: Sequence[ParticipantRow], known: tuple[set[str], set[tuple[str, ...]]], *, keep: bool
) -> list[ParticipantRow]:
    """The rows to add (keep=True) or the duplicates to skip (keep=False)."""
    emails, names = set(known[0]), set(known[1])
    chosen = []
    for row in rows:
        by_name = _person_key(row.name, row.organisation, "")
        dup = (row.email.strip().casefold() in emails) if row.email else by_name in names
        if dup != keep:
            chosen.append(row)
        if row.email:
            emails.add(row.email.strip().casefold())
        names.add(by_name)
    return chosen


def import_participants(
    db: Database, rows: Sequence[ParticipantRow], convening: str | Target
) -> ImportReceipt:
    """Add the file's people to the convening, skipping those already there; all or nothing."""
    target = resolve_target(db, convening) if isinstance(convening, str) else convening
    with db.transaction() as session:
        c, created = _convening(session, db, target, None)
        if created:
            c.days.append(Day(position=0, title="Day 1"))
        known = _known_people(session, target)
        added = []
        for row in _new_rows(rows, known, keep=True):
            p = Participant(
                name=row.name,
                role=row.role,
                organisation=row.organisation,
                email=row.email,
                group_name=row.group,
            )
            c.participants.append(p)
            added.append(p)
        session.flush()
        return ImportReceipt(
            convening_id=c.uuid,
            convening_title=c.title,
            created_convening=created,
            added=len(added),
            skipped=len(rows) - len(added),
            replaced=0,
            days=(),
            days_created=0,
            created_ids=tuple(p.uuid for p in added),
        )


def set_import_applied(db: Database, receipt: ImportReceipt, applied: bool) -> None:
    """Undo (applied=False) or redo an import: tombstones flip, day start times go back."""
    with db.transaction() as session:
        if receipt.created_convening:
            c = session.scalar(select(Convening).where(Convening.uuid == receipt.convening_id))
            if c is not None:
                c.deleted = not applied
        for model in (AgendaItem, Participant, Day):
            _set_deleted(session, model, receipt.created_ids, not applied)
            _set_deleted(session, model, receipt.replaced_ids, applied)
        for day_id, before, after in receipt.day_starts:
            day = session.scalar(select(Day).where(Day.uuid == day_id))
            if day is not None:
                day.start_time = after if applied else before


def _set_deleted(
    session: Session, model: type[Syncable], ids: Sequence[str], deleted: bool
) -> None:
    if ids:
        for record in session.scalars(select(model).where(model.uuid.in_(ids))):
            record.deleted = deleted
