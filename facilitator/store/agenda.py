"""A convening's agenda as the editor sees it: days with their items, and edits to them.

Items are ordered by a fractional ``position``: a move or an insert changes one
field of one item (the midpoint of its new neighbours), so two laptops that
reorder different items merge cleanly. Only when two neighbours get too close
to split again are the day's positions renumbered.
Every function is one transaction; deletions are tombstones that restore_items
brings back with the same identity, so undo keeps merges honest.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.csv_values import MAX_DURATION_MIN
from facilitator.core.kinds import ItemKind
from facilitator.core.schedule import DaySchedule, PlanItem, compute_schedule
from facilitator.store.convenings import _live as live_convening
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import AgendaItem, Day

# The plan fields an editor may change, and the fields a copy or block carries.
PLAN_FIELDS: tuple[str, ...] = (
    "title",
    "kind",
    "duration_min",
    "fixed_start",
    "objective",
    "lead",
    "method",
    "materials",
    "facilitator_notes",
    "optional",
    "min_duration_min",
)
# Below this gap between neighbours a midpoint would lose precision: renumber the day.
MIN_GAP = 1e-6


@dataclass(frozen=True)
class ItemRow:
    id: str
    day_id: str
    position: float
    title: str
    kind: ItemKind
    duration_min: int
    fixed_start: time | None
    objective: str
    lead: str
    method: str
    materials: str
    facilitator_notes: str
    optional: bool
    min_duration_min: int | None

    def plan(self) -> PlanItem:
        return PlanItem(
            key=self.id,
            title=self.title,
            kind=self.kind,
            duration_min=self.duration_min,
            fixed_start=self.fixed_start,
            optional=self.optional,
            min_duration_min=self.min_duration_min,
        )

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PLAN_FIELDS}


@dataclass(frozen=True)
class DayPlan:
    id: str
    convening_id: str
    number: int  # 1-based, in the convening's order
    date: date | None
    title: str
    start_time: time
    end_time: time | None
    items: tuple[ItemRow, ...]

    def schedule(self) -> DaySchedule:
        return compute_schedule([i.plan() for i in self.items], self.start_time, self.end_time)

    def index_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self.items) if i.id == item_id), -1)


@dataclass(frozen=True)
class Place:
    """Where an item was: enough to put it back after a move."""

    item_id: str
    day_id: str
    index: int


def _row(item: AgendaItem, day_uuid: str) -> ItemRow:
    return ItemRow(
        id=item.uuid,
        day_id=day_uuid,
        position=item.position,
        **{name: getattr(item, name) for name in PLAN_FIELDS},
    )


def _live_items(day: Day) -> list[AgendaItem]:
    return sorted((i for i in day.items if not i.deleted), key=lambda i: i.position)


def _plan(day: Day, number: int) -> DayPlan:
    return DayPlan(
        id=day.uuid,
        convening_id=day.convening.uuid,
        number=number,
        date=day.date,
        title=day.title,
        start_time=day.start_time,
        end_time=day.end_time,
        items=tuple(_row(i, day.uuid) for i in _live_items(day)),
    )


def _day(session: Session, day_id: str) -> Day:
    found = session.scalar(select(Day).where(Day.uuid == day_id, Day.deleted.is_(False)))
    if found is None:
        raise NotFoundError(f"No day with id {day_id}.")
    return found


def _item(session: Session, item_id: str, *, live: bool = True) -> AgendaItem:
    stmt = select(AgendaItem).where(AgendaItem.uuid == item_id)
    if live:
        stmt = stmt.where(AgendaItem.deleted.is_(False))
    found = session.scalar(stmt)
    if found is None:
        raise NotFoundError("That agenda item no longer exists.")
    return found


def _day_number(day: Day) -> int:
    live = [d for d in day.convening.days if not d.deleted]
    return next(n for n, d in enumerate(live, start=1) if d.id == day.id)


# -- reading ---------------------------------------------------------------------------------


def list_days(db: Database, convening_id: str) -> list[DayPlan]:
    """The convening's live days in order, each with its live items in order."""
    with db.read() as session:
        convening = live_convening(session, convening_id)
        live = [d for d in convening.days if not d.deleted]
        return [_plan(d, n) for n, d in enumerate(live, start=1)]


def get_day(db: Database, day_id: str) -> DayPlan:
    with db.read() as session:
        day = _day(session, day_id)
        return _plan(day, _day_number(day))


def get_item(db: Database, item_id: str) -> ItemRow:
    with db.read() as session:
        item = _item(session, item_id)
        return _row(item, item.day.uuid)


# -- positions -------------------------------------------------------------------------------


def _renumber(items: Sequence[AgendaItem]) -> None:
    for n, item in enumerate(items):
        if item.position != float(n):
            item.position = float(n)


def _position_at(others: list[AgendaItem], index: int) -> float:
    """A position that sorts at ``index`` among ``others`` (sorted, live, without the mover)."""
    index = max(0, min(index, len(others)))
    if not others:
        return 0.0
    if index == 0:
        return others[0].position - 1.0
    if index == len(others):
        return others[-1].position + 1.0
    before, after = others[index - 1].position, others[index].position
    if after - before < MIN_GAP:
        _renumber(others)
        before, after = others[index - 1].position, others[index].position
    return (before + after) / 2


def _place(
    session: Session, item: AgendaItem, day: Day, index: int, pending: set[int] | None = None
) -> None:
    """Put ``item`` at ``index`` of ``day``, not counting items still ``pending`` a place."""
    skip = (pending or set()) | {item.id}
    others = [i for i in _live_items(day) if i.id not in skip]
    position = _position_at(others, index)
    if item.day_id != day.id:
        item.day = day
    item.position = position
    session.flush()


# -- validation ------------------------------------------------------------------------------


def _clean(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(PLAN_FIELDS)
    if unknown:
        raise StoreError(f"An agenda item has no field {', '.join(sorted(unknown))}.")
    out = dict(changes)
    if "title" in out:
        out["title"] = " ".join(str(out["title"]).split())
    if "kind" in out:
        out["kind"] = ItemKind(out["kind"])
    if "optional" in out:
        out["optional"] = bool(out["optional"])
    if out.get("min_duration_min") == 0:
        out["min_duration_min"] = None
    return out


def _validate(item: AgendaItem) -> None:
    if not item.title:
        raise StoreError("An agenda item needs a title.")
    if not 1 <= item.duration_min <= MAX_DURATION_MIN:
        raise StoreError(
            f"“{item.title}” must last from 1 minute to 24 hours, not {item.duration_min} min."
        )
    shortest = item.min_duration_min
    if shortest is not None and not 1 <= shortest <= item.duration_min:
        raise StoreError(
            f"The minimum length of “{item.title}” ({shortest} min) must be between "
            f"1 minute and its planned length ({item.duration_min} min)."
        )


def _new_item(fields: Mapping[str, Any]) -> AgendaItem:
    values: dict[str, Any] = {"title": "New item", "kind": ItemKind.PLENARY, "duration_min": 30}
    values.update(_clean(fields))
    item = AgendaItem(**values)
    _validate(item)
    return item


# -- editing ---------------------------------------------------------------------------------


def add_item(
    db: Database,
    day_id: str,
    fields: Mapping[str, Any] | None = None,
    *,
    after_id: str | None = None,
    index: int | None = None,
) -> str:
    """A new item right after ``after_id``, at ``index``, or else at the end; returns its id."""
    with db.transaction() as session:
        day = _day(session, day_id)
        live = _live_items(day)
        if after_id is not None:
            index = next((n + 1 for n, i in enumerate(live) if i.uuid == after_id), len(live))
        item = _new_item(fields or {})
        item.position = _position_at(live, len(live) if index is None else index)
        day.items.append(item)
        session.flush()
        return item.uuid


def update_item(db: Database, item_id: str, changes: Mapping[str, Any]) -> ItemRow:
    """Change some plan fields of an item; refused as a whole if the result is not a plan."""
    with db.transaction() as session:
        item = _item(session, item_id)
        for name, value in _clean(changes).items():
            if getattr(item, name) != value:
                setattr(item, name, value)
        _validate(item)
        return _row(item, item.day.uuid)


def set_items_deleted(db: Database, item_ids: Iterable[str], deleted: bool) -> None:
    """Tombstone (or bring back) items, keeping their identity and place."""
    with db.transaction() as session:
        for item_id in item_ids:
            _item(session, item_id, live=False).deleted = deleted


def delete_items(db: Database, item_ids: Iterable[str]) -> None:
    set_items_deleted(db, item_ids, True)


def restore_items(db: Database, item_ids: Iterable[str]) -> None:
    set_items_deleted(db, item_ids, False)


def move_items(db: Database, item_ids: Sequence[str], day_id: str, index: int) -> list[Place]:
    """Move items (kept in the given order) to ``index`` of a day; returns where they were.

    ``index`` counts the target day's items as they are before the move.
    """
    with db.transaction() as session:
        day = _day(session, day_id)
        movers = [_item(session, i) for i in item_ids]
        before: list[Place] = []
        for mover in movers:
            siblings = _live_items(mover.day)
            before.append(Place(mover.uuid, mover.day.uuid, siblings.index(mover)))
        pending = {m.id for m in movers}
        target = _live_items(day)
        # The index counted the movers too; skip those that sit before it.
        index -= sum(1 for i in target[:index] if i.id in pending)
        for n, mover in enumerate(movers):
            pending.discard(mover.id)
            _place(session, mover, day, index + n, pending)
        return before


def put_back(db: Database, places: Sequence[Place]) -> None:
    """Undo a move: every item back to the day and index it had."""
    with db.transaction() as session:
        items = {p.item_id: _item(session, p.item_id) for p in places}
        pending = {i.id for i in items.values()}
        # From the top of each day down, so every earlier neighbour is already back.
        for place in sorted(places, key=lambda p: p.index):
            item = items[place.item_id]
            pending.discard(item.id)
            _place(session, item, _day(session, place.day_id), place.index, pending)


def set_day_times(db: Database, day_id: str, start: time, end: time | None) -> None:
    with db.transaction() as session:
        day = _day(session, day_id)
        day.start_time = start
        day.end_time = end


def item_fields(session: Session, item_id: str) -> dict[str, Any]:
    """The plan fields of a live item, for a copy or a block (inside a caller's transaction)."""
    return {name: getattr(_item(session, item_id), name) for name in PLAN_FIELDS}


def copy_items(
    db: Database, item_ids: Sequence[str], day_id: str, index: int | None = None
) -> list[str]:
    """Copies (new identities) of items, inserted into any convening's day; returns new ids."""
    with db.transaction() as session:
        snapshots = [item_fields(session, i) for i in item_ids]
        return insert_in_session(session, snapshots, day_id, index)


def insert_snapshots(
    db: Database, snapshots: Sequence[Mapping[str, Any]], day_id: str, index: int | None = None
) -> list[str]:
    """New items from plain field maps at ``index`` of a day (default: the end)."""
    with db.transaction() as session:
        return insert_in_session(session, snapshots, day_id, index)


def insert_in_session(
    session: Session, snapshots: Sequence[Mapping[str, Any]], day_id: str, index: int | None
) -> list[str]:
    day = _day(session, day_id)
    live = _live_items(day)
    at = len(live) if index is None else max(0, min(index, len(live)))
    created = []
    for n, fields in enumerate(snapshots):
        item = _new_item(fields)
        item.position = _position_at(live, at + n)
        live.insert(at + n, item)
        day.items.append(item)
        created.append(item)
    session.flush()
    return [i.uuid for i in created]
