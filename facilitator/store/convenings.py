"""Convenings as the rest of the app sees them: plain summaries, and the operations on them.

Views and the command line work through these functions and dataclasses, never
through ORM objects, so the window can't hold a stale or detached record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.store.database import Database
from facilitator.store.errors import ConveningNotFoundError, StoreError
from facilitator.store.models import (
    AgendaItem,
    Commitment,
    Convening,
    Day,
    Entry,
    Participant,
)


@dataclass(frozen=True)
class ConveningSummary:
    id: str
    title: str
    series: str
    location: str
    timezone: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class ConveningOverview:
    summary: ConveningSummary
    purpose: str
    objectives: list[str]
    days: int
    items: int
    participants: int
    entries: int
    commitments: int


@dataclass(frozen=True)
class NewConvening:
    """What a facilitator says about a convening when creating it."""

    title: str
    start_date: date | None = None
    days: int = 1
    location: str = ""
    timezone: str = "UTC"
    series: str = ""
    purpose: str = ""
    objectives: str = ""


def _summary(c: Convening) -> ConveningSummary:
    return ConveningSummary(
        id=c.uuid,
        title=c.title,
        series=c.series,
        location=c.location,
        timezone=c.timezone,
        start_date=c.start_date,
        end_date=c.end_date,
    )


def _live(session: Session, convening_id: str) -> Convening:
    found = session.scalar(
        select(Convening).where(Convening.uuid == convening_id, Convening.deleted.is_(False))
    )
    if found is None:
        raise ConveningNotFoundError(f"No convening with id {convening_id}.")
    return found


def _clean_title(title: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise StoreError("A convening needs a title.")
    return cleaned


def list_convenings(db: Database) -> list[ConveningSummary]:
    """Live convenings, newest first; undated ones after the dated ones."""
    with db.read() as session:
        rows = session.scalars(
            select(Convening)
            .where(Convening.deleted.is_(False))
            .order_by(Convening.start_date.is_(None), Convening.start_date.desc(), Convening.title)
        )
        return [_summary(c) for c in rows]


def get_overview(db: Database, convening_id: str) -> ConveningOverview:
    with db.read() as session:
        c = _live(session, convening_id)

        def count(stmt: object) -> int:
            return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]

        day_ids = select(Day.id).where(Day.convening_id == c.id, Day.deleted.is_(False))
        return ConveningOverview(
            summary=_summary(c),
            purpose=c.purpose,
            objectives=[line for line in c.objectives.splitlines() if line.strip()],
            days=count(select(func.count()).select_from(day_ids.subquery())),
            items=count(
                select(func.count(AgendaItem.id)).where(
                    AgendaItem.day_id.in_(day_ids), AgendaItem.deleted.is_(False)
                )
            ),
            participants=count(
                select(func.count(Participant.id)).where(
                    Participant.convening_id == c.id, Participant.deleted.is_(False)
                )
            ),
            entries=count(
                select(func.count(Entry.id)).where(
                    Entry.convening_id == c.id, Entry.deleted.is_(False)
                )
            ),
            commitments=count(
                select(func.count(Commitment.id)).where(
                    Commitment.convening_id == c.id, Commitment.deleted.is_(False)
                )
            ),
        )


def create_convening(db: Database, spec: NewConvening) -> str:
    """Create a convening with its days; returns its id."""
    if spec.days < 1 or spec.days > 31:
        raise StoreError("A convening runs from 1 to 31 days.")
    with db.transaction() as session:
        c = Convening(
            title=_clean_title(spec.title),
            series=spec.series.strip(),
            location=spec.location.strip(),
            timezone=spec.timezone or "UTC",
            start_date=spec.start_date,
            end_date=(spec.start_date + timedelta(days=spec.days - 1) if spec.start_date else None),
            purpose=spec.purpose,
            objectives=spec.objectives,
            created_at=db.clock.now(),
        )
        for n in range(spec.days):
            day_date = spec.start_date + timedelta(days=n) if spec.start_date else None
            c.days.append(Day(position=n, date=day_date, title=f"Day {n + 1}"))
        session.add(c)
        session.flush()
        return c.uuid


def rename_convening(db: Database, convening_id: str, title: str) -> None:
    with db.transaction() as session:
        _live(session, convening_id).title = _clean_title(title)


def set_deleted(db: Database, convening_id: str, deleted: bool) -> None:
    """Delete (as a tombstone, so it can be undone and merged) or bring back a convening."""
    with db.transaction() as session:
        c = session.scalar(select(Convening).where(Convening.uuid == convening_id))
        if c is None:
            raise ConveningNotFoundError(f"No convening with id {convening_id}.")
        c.deleted = deleted


def delete_convening(db: Database, convening_id: str) -> None:
    set_deleted(db, convening_id, True)


def restore_convening(db: Database, convening_id: str) -> None:
    set_deleted(db, convening_id, False)


def duplicate_convening(db: Database, convening_id: str, title: str | None = None) -> str:
    """Copy a convening's plan (days, agenda, participants) without any captures or runs."""
    with db.transaction() as session:
        src = _live(session, convening_id)
        copy = Convening(
            title=_clean_title(title or f"{src.title} (copy)"),
            series=src.series,
            location=src.location,
            timezone=src.timezone,
            start_date=src.start_date,
            end_date=src.end_date,
            purpose=src.purpose,
            objectives=src.objectives,
            created_at=db.clock.now(),
        )
        for day in src.days:
            if day.deleted:
                continue
            new_day = Day(
                position=day.position,
                date=day.date,
                title=day.title,
                start_time=day.start_time,
                end_time=day.end_time,
            )
            for item in day.items:
                if not item.deleted:
                    new_day.items.append(copy_item(item))
            copy.days.append(new_day)
        for p in src.participants:
            if not p.deleted:
                copy.participants.append(
                    Participant(
                        name=p.name,
                        role=p.role,
                        organisation=p.organisation,
                        email=p.email,
                        group_name=p.group_name,
                    )
                )
        session.add(copy)
        session.flush()
        return copy.uuid


def copy_item(item: AgendaItem) -> AgendaItem:
    """A new agenda item with the same plan as ``item`` (and a new identity)."""
    return AgendaItem(
        position=item.position,
        title=item.title,
        kind=item.kind,
        duration_min=item.duration_min,
        fixed_start=item.fixed_start,
        objective=item.objective,
        lead=item.lead,
        method=item.method,
        materials=item.materials,
        facilitator_notes=item.facilitator_notes,
        optional=item.optional,
        min_duration_min=item.min_duration_min,
    )


def find_convening(db: Database, title_or_id: str) -> ConveningSummary:
    """The live convening with this id, id prefix, or (case-insensitive) title."""
    wanted = title_or_id.strip()
    matches = [c for c in list_convenings(db) if c.id == wanted]
    if not matches:
        matches = [c for c in list_convenings(db) if c.title.casefold() == wanted.casefold()]
    if not matches and len(wanted) >= 6:
        matches = [c for c in list_convenings(db) if c.id.startswith(wanted.lower())]
    if not matches:
        raise ConveningNotFoundError(
            f"No convening called or numbered {wanted!r}. `facilitator list` shows them all."
        )
    if len(matches) > 1:
        ids = ", ".join(c.id[:8] for c in matches)
        raise StoreError(f"{len(matches)} convenings are called {wanted!r} ({ids}); use the id.")
    return matches[0]
