"""The parking lot: parked items and open questions, and how each one is closed.

A parked entry is closed either with a resolution written down, or by turning
it into an agenda item on a later day (the entry then records where it went).
Both are reversible, for undo.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator.core.kinds import EntryKind, ItemKind
from facilitator.store.database import Database
from facilitator.store.entries import EntryRecord, _entry, list_entries
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import AgendaItem, Day

PARKED_KINDS = (EntryKind.PARKING_LOT, EntryKind.QUESTION)
NEW_ITEM_MINUTES = 15


@dataclass(frozen=True)
class Resolution:
    """What an entry's resolution was before a change, so undo can put it back."""

    entry_id: str
    text: str
    resolved: bool


@dataclass(frozen=True)
class ScheduledItem:
    entry_id: str
    item_id: str
    day_id: str
    before: Resolution
    resolution: str


def list_parked(db: Database, convening_id: str, *, open_only: bool = False) -> list[EntryRecord]:
    """Parking-lot items and questions, open ones first, each group in capture order."""
    rows = list_entries(db, convening_id, kinds=PARKED_KINDS)
    if open_only:
        rows = [r for r in rows if r.resolved_at is None]
    return sorted(rows, key=lambda r: r.resolved_at is not None)


def resolve(db: Database, entry_id: str, resolution: str) -> Resolution:
    """Close a parked entry with a resolution; returns how it was before."""
    text = resolution.strip()
    if not text:
        raise StoreError("Say how it was resolved.")
    with db.transaction() as session:
        e = _entry(session, entry_id)
        before = Resolution(entry_id, e.resolution, e.resolved_at is not None)
        e.resolution = text
        e.resolved_at = db.clock.now()
    return before


def restore_resolution(db: Database, before: Resolution) -> None:
    """Put an entry's resolution back as it was (undo of resolve or schedule)."""
    with db.transaction() as session:
        e = _entry(session, before.entry_id)
        e.resolution = before.text
        if not before.resolved:
            e.resolved_at = None
        elif e.resolved_at is None:
            e.resolved_at = db.clock.now()


def schedule_on_day(db: Database, entry_id: str, day_id: str) -> ScheduledItem:
    """Add the entry as an agenda item at the end of a day, and mark it resolved."""
    with db.transaction() as session:
        e = _entry(session, entry_id)
        day = session.scalar(
            select(Day).where(
                Day.uuid == day_id, Day.deleted.is_(False), Day.convening_id == e.convening_id
            )
        )
        if day is None:
            raise NotFoundError("That day is not in this convening (any more).")
        last = session.scalar(
            select(func.max(AgendaItem.position)).where(
                AgendaItem.day_id == day.id, AgendaItem.deleted.is_(False)
            )
        )
        title = " ".join(e.text.split())[:500]
        item = AgendaItem(
            day_id=day.id,
            position=(last if last is not None else -1.0) + 1.0,
            title=title,
            kind=ItemKind.PLENARY,
            duration_min=NEW_ITEM_MINUTES,
            objective=e.text if len(e.text) > 80 else "",
        )
        session.add(item)
        before = Resolution(entry_id, e.resolution, e.resolved_at is not None)
        day_name = day.title or f"Day {day.position + 1}"
        e.resolution = f"Added to the agenda of {day_name}."
        e.resolved_at = db.clock.now()
        session.flush()
        return ScheduledItem(entry_id, item.uuid, day.uuid, before, e.resolution)


def unschedule(db: Database, scheduled: ScheduledItem) -> None:
    """Undo :func:`schedule_on_day`: tombstone the new item, restore the entry."""
    with db.transaction() as session:
        item = session.scalar(select(AgendaItem).where(AgendaItem.uuid == scheduled.item_id))
        if item is not None:
            item.deleted = True
    restore_resolution(db, scheduled.before)


def reschedule(db: Database, scheduled: ScheduledItem) -> None:
    """Redo of :func:`schedule_on_day` after an undo: the same item comes back."""
    with db.transaction() as session:
        item = session.scalar(select(AgendaItem).where(AgendaItem.uuid == scheduled.item_id))
        if item is not None:
            item.deleted = False
        e = _entry(session, scheduled.entry_id)
        e.resolution = scheduled.resolution
        e.resolved_at = db.clock.now()
