"""Which agenda item a capture belongs to: the items and days to choose from, and the running one.

Captures are filed under an agenda item. These read-only helpers give the
capture bar, the Capture tab and the command line the choices, resolve what a
user typed (a title or an id prefix), and find the item the room is in now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.kinds import ItemKind, RunEventKind
from facilitator.store.convenings import _live
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import AgendaItem, Day, RunEvent


@dataclass(frozen=True)
class DayRef:
    id: str
    position: int
    title: str
    date: date | None

    @property
    def label(self) -> str:
        when = f" ({self.date:%a %d %b})" if self.date else ""
        return f"{self.title or f'Day {self.position + 1}'}{when}"


@dataclass(frozen=True)
class ItemRef:
    id: str
    title: str
    kind: ItemKind
    day_id: str
    day_position: int

    @property
    def label(self) -> str:
        return f"Day {self.day_position + 1} · {self.title}"


def _days(session: Session, convening_pk: int) -> list[Day]:
    return list(
        session.scalars(
            select(Day)
            .where(Day.convening_id == convening_pk, Day.deleted.is_(False))
            .order_by(Day.position)
        )
    )


def list_days(db: Database, convening_id: str) -> list[DayRef]:
    with db.read() as session:
        c = _live(session, convening_id)
        return [DayRef(d.uuid, d.position, d.title, d.date) for d in _days(session, c.id)]


def list_items(db: Database, convening_id: str) -> list[ItemRef]:
    """The live agenda items of a convening in running order (day, then position)."""
    with db.read() as session:
        c = _live(session, convening_id)
        rows = session.execute(
            select(AgendaItem, Day)
            .join(Day, AgendaItem.day_id == Day.id)
            .where(
                Day.convening_id == c.id,
                Day.deleted.is_(False),
                AgendaItem.deleted.is_(False),
            )
            .order_by(Day.position, AgendaItem.position)
        )
        return [ItemRef(i.uuid, i.title, i.kind, d.uuid, d.position) for i, d in rows]


def find_item(db: Database, convening_id: str, wanted: str) -> ItemRef:
    """The item whose id (or id prefix of 4+ characters) or title (any case) is ``wanted``."""
    text = wanted.strip()
    items = list_items(db, convening_id)
    matches = [i for i in items if i.id == text]
    if not matches:
        matches = [i for i in items if i.title.casefold() == text.casefold()]
    if not matches and len(text) >= 4:
        matches = [i for i in items if i.id.startswith(text.lower())]
    if not matches:
        matches = [i for i in items if text.casefold() in i.title.casefold()]
    if not matches:
        raise NotFoundError(f"No agenda item called or numbered {text!r} in this convening.")
    if len(matches) > 1:
        names = "; ".join(f"{i.id[:8]} {i.title}" for i in matches[:5])
        raise StoreError(f"{len(matches)} agenda items match {text!r} ({names}); use the id.")
    return matches[0]


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def convening_zone(db: Database, convening_id: str) -> ZoneInfo:
    """The convening's time zone (UTC when unknown on this machine)."""
    with db.read() as session:
        return _zone(_live(session, convening_id).timezone)


def running_item(db: Database, convening_id: str) -> str | None:
    """The item running now in today's run of this convening, if a run is under way.

    Today is the clock's date where the convening is. The latest START or ADVANCE
    names the running item; a FINISH after it means the day is over.
    """
    with db.read() as session:
        c = _live(session, convening_id)
        today = db.clock.now().astimezone(_zone(c.timezone)).date()
        day_ids = [d.id for d in _days(session, c.id) if d.date == today]
        if not day_ids:
            return None
        moving = (RunEventKind.START, RunEventKind.ADVANCE, RunEventKind.FINISH)
        last = session.scalar(
            select(RunEvent)
            .where(
                RunEvent.day_id.in_(day_ids),
                RunEvent.deleted.is_(False),
                RunEvent.kind.in_(moving),
            )
            .order_by(RunEvent.wall_time.desc(), RunEvent.id.desc())
            .limit(1)
        )
        if last is None or last.kind == RunEventKind.FINISH or last.agenda_item_id is None:
            return None
        item = session.get(AgendaItem, last.agenda_item_id)
        return item.uuid if item is not None and not item.deleted else None
