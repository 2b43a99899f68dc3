"""The demo convening: two days of realistic material, the first one already run.

Seeded once per database whatever how often it is asked for, under a fixed id,
so every screen and export has real notes, decisions, commitments and run times
to show a newcomer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.clock import FakeClock
from facilitator.core.kinds import (
    AttendanceStatus,
    CommitmentStatus,
    DecisionForce,
    EntryKind,
    FeedbackPolarity,
    ItemKind,
    Visibility,
)
from facilitator.core.schedule import PlanItem
from facilitator.core.timer import TimerEngine
from facilitator.store.database import Database
from facilitator.store.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Convening,
    Day,
    Entry,
    Participant,
)
from facilitator.store.runs import add_event


@dataclass(frozen=True)
class DemoResult:
    convening_id: str
    created: bool


def load_demo_spec() -> dict[str, Any]:
    text = resources.files("facilitator.resources").joinpath("demo/cities-convening.json")
    data: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return data


def _hm(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def seed_demo(db: Database) -> DemoResult:
    """Create the demo convening unless it is already there (a deleted one comes back)."""
    spec = load_demo_spec()
    with db.transaction() as session:
        existing = session.scalar(select(Convening).where(Convening.uuid == spec["uuid"]))
        if existing is not None:
            if existing.deleted:
                existing.deleted = False
            return DemoResult(existing.uuid, created=False)
        tz = ZoneInfo(spec["timezone"])
        # Day one was yesterday where the convening is, so day two is today.
        first = db.clock.now().astimezone(tz).date() - timedelta(days=1)
        convening = _build(spec, first)
        convening.created_at = db.clock.now()
        session.add(convening)
        session.flush()
        _capture_day_one(spec, convening, tz, db.device_id)
        _run_day_one(spec, convening, tz, session, db.device_id)
        return DemoResult(convening.uuid, created=True)


def _build(spec: dict[str, Any], first: date) -> Convening:
    days = spec["days"]
    convening = Convening(
        uuid=spec["uuid"],
        title=spec["title"],
        series=spec["series"],
        location=spec["location"],
        timezone=spec["timezone"],
        start_date=first,
        end_date=first + timedelta(days=len(days) - 1),
        purpose=spec["purpose"],
        objectives="\n".join(spec["objectives"]),
    )
    for n, day_spec in enumerate(days):
        day = Day(
            position=n,
            date=first + timedelta(days=n),
            title=day_spec["title"],
            start_time=_hm(day_spec["start"]),
            end_time=_hm(day_spec["end"]),
        )
        for pos, item in enumerate(day_spec["items"]):
            day.items.append(
                AgendaItem(
                    position=float(pos),
                    title=item["title"],
                    kind=ItemKind(item["kind"]),
                    duration_min=item["duration"],
                    fixed_start=_hm(item["fixed"]) if "fixed" in item else None,
                    objective=item.get("objective", ""),
                    lead=item.get("lead", ""),
                    method=item.get("method", ""),
                    materials=item.get("materials", ""),
                    facilitator_notes=item.get("notes", ""),
                    optional=item.get("optional", False),
                    min_duration_min=item.get("min"),
                )
            )
        convening.days.append(day)
    for name, role, org, email, group in spec["participants"]:
        convening.participants.append(
            Participant(name=name, role=role, organisation=org, email=email, group_name=group)
        )
    return convening


def day_one_actual_starts(spec: dict[str, Any], day_one: date, tz: ZoneInfo) -> list[datetime]:
    """When each of day one's items really started, from the actual minutes in the spec."""
    start = datetime.combine(day_one, _hm(spec["days"][0]["start"]), tzinfo=tz)
    starts = []
    for item in spec["days"][0]["items"]:
        starts.append(start)
        start += timedelta(minutes=item["actual"])
    return starts


def _capture_day_one(spec: dict[str, Any], convening: Convening, tz: ZoneInfo, device: str) -> None:
    day_one = convening.days[0]
    assert day_one.date is not None
    items = day_one.items
    starts = day_one_actual_starts(spec, day_one.date, tz)
    absent = set(spec.get("absent_day1", []))
    by_name = {p.name: p for p in convening.participants}
    for p in convening.participants:
        here = p.name not in absent
        p.attendance.append(
            Attendance(
                day_id=day_one.id,
                status=AttendanceStatus.PRESENT if here else AttendanceStatus.ABSENT,
                checked_in_at=starts[0] + timedelta(minutes=5) if here else None,
            )
        )
    for e in spec["entries"]:
        convening.entries.append(
            Entry(
                agenda_item_id=items[e["item"]].id,
                kind=EntryKind(e["kind"]),
                text=e["text"],
                visibility=Visibility(e["visibility"]),
                captured_at=starts[e["item"]] + timedelta(minutes=e["minute"]),
                author_device=device,
                rationale=e.get("rationale", ""),
                force=DecisionForce(e["force"]) if "force" in e else None,
                speaker=e.get("speaker", ""),
                polarity=FeedbackPolarity(e["polarity"]) if "polarity" in e else None,
            )
        )
    for c in spec["commitments"]:
        owner = by_name.get(c.get("owner", ""))
        convening.commitments.append(
            Commitment(
                agenda_item_id=items[c["item"]].id,
                text=c["text"],
                owner=owner,
                owner_organisation=owner.organisation if owner else c.get("organisation", ""),
                due_date=day_one.date + timedelta(days=c["due_in_days"]),
                status=CommitmentStatus(c["status"]),
                visibility=Visibility(c["visibility"]),
                captured_at=starts[c["item"]] + timedelta(minutes=30),
                author_device=device,
            )
        )


def _run_day_one(
    spec: dict[str, Any], convening: Convening, tz: ZoneInfo, session: Session, device: str
) -> None:
    """Day one's run as the timer recorded it, so it has planned against actual times."""
    day_one = convening.days[0]
    assert day_one.date is not None
    starts = day_one_actual_starts(spec, day_one.date, tz)
    items = [i for i in day_one.items if not i.deleted]
    plan = [PlanItem(i.uuid, i.title, i.kind, i.duration_min, i.fixed_start) for i in items]
    clock = FakeClock(starts[0].astimezone(UTC))
    engine = TimerEngine(
        plan, day_one.start_time, day_one.date, tz, clock, session="demo-day-one",
        day_end=day_one.end_time,
    )  # fmt: skip
    events = [engine.start()]
    ends = [*starts[1:], starts[-1] + timedelta(minutes=spec["days"][0]["items"][-1]["actual"])]
    for n, end in enumerate(ends):
        clock.advance((end - clock.now()).total_seconds())
        events.append(engine.next() if n + 1 < len(ends) else engine.finish())
    for event in events:
        add_event(session, day_one, event, device)
