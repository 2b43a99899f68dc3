"""The team's appendices: attendance per day, and planned versus actual timing.

Actual times are not stored as such: they are the replay of the day's run
events through the same :class:`TimerEngine` the room display used, so the
summary and the timer can never disagree. Re-planned lengths come from the
accepted REPLAN events ({"durations": {item uuid: minutes}, "dropped": [...]});
a later re-plan overrides an earlier one for the same item.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.clock import Clock
from facilitator.core.kinds import AttendanceStatus, RunEventKind
from facilitator.core.run_log import RunEvent
from facilitator.core.schedule import PlanItem, compute_schedule
from facilitator.core.timer import TimerEngine
from facilitator.export.summary_model import AttendanceTable, TimingDay, TimingRow, day_heading
from facilitator.store.models import AgendaItem, Attendance, Day, Participant
from facilitator.store.models import RunEvent as RunEventRow

_STATUS_LABEL = {
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.ABSENT: "Absent",
    AttendanceStatus.EXPECTED: "Expected",
}


def read_attendance(
    session: Session, days: Sequence[Day], people: Sequence[Participant]
) -> AttendanceTable | None:
    if not days or not people:
        return None
    day_ids = [d.id for d in days]
    rows = session.scalars(
        select(Attendance).where(
            Attendance.day_id.in_(day_ids),
            Attendance.participant_id.in_([p.id for p in people]),
            Attendance.deleted.is_(False),
        )
    )
    status = {(a.participant_id, a.day_id): a.status for a in rows}
    table = []
    present = [0] * len(days)
    for p in people:
        labels = []
        for n, d in enumerate(days):
            s = status.get((p.id, d.id))
            labels.append(_STATUS_LABEL.get(s, "—") if s else "—")
            present[n] += s is AttendanceStatus.PRESENT
        table.append((p.name.strip(), p.organisation.strip(), tuple(labels)))
    day_labels = tuple(f"Day {n}" for n in range(1, len(days) + 1))
    return AttendanceTable(day_labels, tuple(table), tuple(present))


def read_timing(
    session: Session,
    clock: Clock,
    tz: tzinfo,
    days: Sequence[Day],
    items_by_day: dict[int, list[AgendaItem]],
) -> tuple[TimingDay, ...]:
    out = []
    for n, day in enumerate(days, 1):
        items = items_by_day[day.id]
        plan = [plan_item(i) for i in items]
        schedule = compute_schedule(plan, day.start_time, day.end_time)
        uuids = {i.id: i.uuid for i in items}
        rows = list(
            session.scalars(
                select(RunEventRow)
                .where(RunEventRow.day_id == day.id, RunEventRow.deleted.is_(False))
                .order_by(RunEventRow.wall_time, RunEventRow.id)
            )
        )
        events = [_event(r, uuids) for r in rows]
        replanned: dict[str, int] = {}
        dropped: set[str] = set()
        for e in events:
            if e.kind is RunEventKind.REPLAN:
                replanned.update(dict(e.plan))
                dropped.update(e.dropped)
        actuals = {}
        if events:
            day_date = day.date or events[0].wall.astimezone(tz).date()
            engine = TimerEngine(
                plan, day.start_time, day_date, tz, clock, events, day_end=day.end_time
            )
            actuals = engine.actuals()
        timing_rows = []
        for s in schedule.items:
            actual = actuals.get(s.key)
            timing_rows.append(
                TimingRow(
                    title=s.item.title.strip(),
                    planned_start=s.start,
                    planned_min=s.item.duration_min,
                    replanned_min=replanned.get(s.key),
                    dropped=s.key in dropped,
                    actual_start=actual.start.astimezone(tz).time() if actual else None,
                    actual_min=actual.elapsed_seconds / 60.0 if actual else None,
                )
            )
        heading = day_heading(n, day.title, day.date)
        out.append(TimingDay(heading, tuple(timing_rows), ran=bool(events)))
    return tuple(out)


def plan_item(i: AgendaItem) -> PlanItem:
    return PlanItem(
        key=i.uuid,
        title=i.title,
        kind=i.kind,
        duration_min=max(0, i.duration_min),
        fixed_start=i.fixed_start,
        optional=i.optional,
        min_duration_min=i.min_duration_min,
    )


def _event(row: RunEventRow, uuids: dict[int, str]) -> RunEvent:
    payload = row.payload or {}
    durations = payload.get("durations") or {}
    return RunEvent(
        kind=RunEventKind(row.kind),
        # An event for an item deleted since gets a key no plan has, so the replay skips it.
        item_key=(
            None
            if row.agenda_item_id is None
            else uuids.get(row.agenda_item_id, f"deleted-{row.agenda_item_id}")
        ),
        wall=row.wall_time,
        monotonic=row.monotonic,
        seconds=row.seconds,
        plan=tuple((str(k), int(v)) for k, v in durations.items()),
        dropped=tuple(str(k) for k in payload.get("dropped") or ()),
        session=row.session,
    )
