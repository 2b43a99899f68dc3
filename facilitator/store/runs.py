"""A day's run as stored: its agenda as the timer sees it, and its events.

Every run event is written in its own transaction the moment the timer records
it, so a crash or a flat battery loses nothing that happened in the room. A new
``RunSession`` built from the stored events is in exactly the state the last
one was (see ``facilitator.core.run_log`` for how time across restarts and
sleeps is measured).

Events are keyed by agenda-item UUIDs, the same keys the timer uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.kinds import ItemKind, RunEventKind
from facilitator.core.run_log import RunEvent
from facilitator.core.schedule import PlanItem
from facilitator.core.timer import TimerEngine, TimerError
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import AgendaItem, Convening, Day
from facilitator.store.models import RunEvent as RunEventRecord

# One per run of the program: monotonic times compare only within one process.
PROCESS_SESSION = uuid.uuid4().hex


@dataclass(frozen=True)
class DaySummary:
    id: str
    convening_id: str
    position: int
    date: date | None
    title: str
    start_time: time
    end_time: time | None
    timezone: str

    @property
    def label(self) -> str:
        when = f"{self.date:%a %d %b}" if self.date else f"Day {self.position + 1}"
        return f"{when} · {self.title}" if self.title else when


@dataclass(frozen=True)
class RunItem:
    """An agenda item with what the run view shows about it."""

    id: str
    title: str
    kind: ItemKind
    duration_min: int
    fixed_start: time | None
    optional: bool
    min_duration_min: int | None
    objective: str  # participant-facing; the room display may show it
    facilitator_notes: str  # the facilitator's eyes only

    def plan_item(self) -> PlanItem:
        return PlanItem(
            self.id, self.title, self.kind, self.duration_min, self.fixed_start,
            self.optional, self.min_duration_min,
        )  # fmt: skip


def zone(name: str) -> tzinfo:
    """The convening's time zone; UTC when the name is unknown on this machine."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _summary(day: Day, convening: Convening) -> DaySummary:
    return DaySummary(
        day.uuid, convening.uuid, day.position, day.date, day.title,
        day.start_time, day.end_time, convening.timezone,
    )  # fmt: skip


def _live_day(session: Session, day_id: str) -> Day:
    day = session.scalar(select(Day).where(Day.uuid == day_id, Day.deleted.is_(False)))
    if day is None:
        raise NotFoundError(f"No day with id {day_id}.")
    return day


def list_days(db: Database, convening_id: str) -> list[DaySummary]:
    """The convening's live days, in order."""
    with db.read() as session:
        rows = session.execute(
            select(Day, Convening)
            .join(Convening, Day.convening_id == Convening.id)
            .where(Convening.uuid == convening_id, Day.deleted.is_(False))
            .order_by(Day.position, Day.id)
        ).all()
        return [_summary(day, convening) for day, convening in rows]


def get_day(db: Database, day_id: str) -> DaySummary:
    with db.read() as session:
        day = _live_day(session, day_id)
        return _summary(day, day.convening)


def todays_day(db: Database, convening_id: str) -> DaySummary | None:
    """The day whose date is today where the convening is (by the database's clock)."""
    days = list_days(db, convening_id)
    if not days:
        return None
    today = db.clock.now().astimezone(zone(days[0].timezone)).date()
    return next((d for d in days if d.date == today), None)


def run_items(db: Database, day_id: str) -> list[RunItem]:
    with db.read() as session:
        day = _live_day(session, day_id)
        rows = session.scalars(
            select(AgendaItem)
            .where(AgendaItem.day_id == day.id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.position, AgendaItem.id)
        )
        return [_run_item(i) for i in rows]


def _run_item(i: AgendaItem) -> RunItem:
    return RunItem(
        i.uuid, i.title, i.kind, i.duration_min, i.fixed_start, i.optional,
        i.min_duration_min, i.objective, i.facilitator_notes,
    )  # fmt: skip


def plan_items(db: Database, day_id: str) -> list[PlanItem]:
    return [item.plan_item() for item in run_items(db, day_id)]


def load_events(db: Database, day_id: str) -> list[RunEvent]:
    """The day's events in the order they were recorded."""
    with db.read() as session:
        day = _live_day(session, day_id)
        rows = session.execute(
            select(RunEventRecord, AgendaItem.uuid)
            .outerjoin(AgendaItem, RunEventRecord.agenda_item_id == AgendaItem.id)
            .where(RunEventRecord.day_id == day.id, RunEventRecord.deleted.is_(False))
            .order_by(RunEventRecord.id)
        ).all()
        return [_to_core(record, item_uuid) for record, item_uuid in rows]


def _to_core(record: RunEventRecord, item_uuid: str | None) -> RunEvent:
    payload = record.payload or {}
    durations = payload.get("durations", {})
    return RunEvent(
        kind=record.kind,
        item_key=item_uuid,
        wall=record.wall_time,
        monotonic=record.monotonic,
        seconds=record.seconds,
        plan=tuple((str(k), int(m)) for k, m in durations.items()),
        dropped=tuple(str(k) for k in payload.get("dropped", [])),
        session=record.session,
    )


def record_event(db: Database, day_id: str, event: RunEvent) -> str:
    """Store one event in its own transaction; returns the stored record's id."""
    with db.transaction() as session:
        record = add_event(session, _live_day(session, day_id), event, db.device_id)
        session.flush()
        return record.uuid


def add_event(session: Session, day: Day, event: RunEvent, device: str) -> RunEventRecord:
    """Add ``event`` to ``day`` within the caller's transaction."""
    item_id = None
    if event.item_key is not None:
        item_id = session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.uuid == event.item_key, AgendaItem.day_id == day.id
            )
        )
    payload: dict[str, object] = {}
    if event.kind is RunEventKind.REPLAN:
        payload = {"durations": dict(event.plan), "dropped": list(event.dropped)}
    record = RunEventRecord(
        day_id=day.id,
        agenda_item_id=item_id,
        kind=event.kind,
        wall_time=event.wall,
        monotonic=event.monotonic,
        session=event.session,
        seconds=event.seconds,
        payload=payload,
        author_device=device,
    )
    session.add(record)
    return record


class RunSession:
    """A timer engine for one day, built from its stored events, storing every new one."""

    def __init__(
        self,
        db: Database,
        day_id: str,
        *,
        warn_at_seconds: float = 120.0,
        session: str = PROCESS_SESSION,
    ) -> None:
        self.db = db
        self.day = get_day(db, day_id)
        self.items = {item.id: item for item in run_items(db, day_id)}
        self._warn = warn_at_seconds
        self._session = session
        self.engine = self._build()

    def _build(self) -> TimerEngine:
        day = self.day
        tz = zone(day.timezone)
        day_date = day.date or self.db.clock.now().astimezone(tz).date()
        return TimerEngine(
            [item.plan_item() for item in self.items.values()],
            day.start_time,
            day_date,
            tz,
            self.db.clock,
            load_events(self.db, day.id),
            day_end=day.end_time,
            warn_at_seconds=self._warn,
            session=self._session,
        )

    @property
    def tz(self) -> tzinfo:
        return zone(self.day.timezone)

    def apply(self, command: Callable[[TimerEngine], RunEvent]) -> RunEvent:
        """Run one engine command and store its event before returning.

        A TimerError (the command does not fit) stores nothing. When storing
        fails the engine is rebuilt from the database, so what is shown is
        always what is stored.
        """
        event = command(self.engine)
        try:
            record_event(self.db, self.day.id, event)
        except Exception as exc:
            self.engine = self._build()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"The timer could not save what just happened: {exc}") from exc
        return event


__all__ = [
    "PROCESS_SESSION",
    "DaySummary",
    "RunItem",
    "RunSession",
    "TimerError",
    "add_event",
    "get_day",
    "list_days",
    "load_events",
    "plan_items",
    "record_event",
    "run_items",
    "todays_day",
    "zone",
]
