"""A convening's participants and who is in the room: the list, edits, check-in, walk-ins.

Views and the command line see plain frozen summaries keyed by uuid strings.
A deletion is a tombstone (undo brings the same person back); a check-in is an
Attendance record per day, PRESENT with the clock's time, and undoing it puts
back exactly what was there before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.csv_values import BadValue, parse_email
from facilitator.core.kinds import AttendanceStatus
from facilitator.store.convenings import _live as _live_convening
from facilitator.store.database import Database
from facilitator.store.errors import NotFoundError, StoreError
from facilitator.store.models import Attendance, Convening, Day, Participant

# Field names as the views call them, and the column each is kept in.
FIELDS: Mapping[str, str] = {
    "name": "name",
    "role": "role",
    "organisation": "organisation",
    "email": "email",
    "group": "group_name",
}


@dataclass(frozen=True)
class DayRef:
    id: str
    number: int  # 1-based, in the convening's day order
    date: date | None
    title: str

    @property
    def label(self) -> str:
        when = f" · {self.date:%a %d %b}" if self.date else ""
        return f"Day {self.number}{when}"


@dataclass(frozen=True)
class Mark:
    """A participant's attendance on one day, as stored (for undoing a check-in)."""

    status: AttendanceStatus
    checked_in_at: datetime | None


@dataclass(frozen=True)
class ParticipantRecord:
    id: str
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    group: str = ""
    # day id -> check-in time, for the days this person is marked present
    present: Mapping[str, datetime | None] = field(default_factory=dict)

    def is_present(self, day_id: str | None) -> bool:
        return day_id is not None and day_id in self.present

    def value(self, name: str) -> str:
        return str(getattr(self, name))


@dataclass(frozen=True)
class ParticipantList:
    convening_id: str
    days: tuple[DayRef, ...]
    participants: tuple[ParticipantRecord, ...]
    today: DayRef | None  # the day whose date is today where the convening is
    timezone: str = "UTC"

    def present_count(self, day_id: str | None) -> int:
        return sum(1 for p in self.participants if p.is_present(day_id))


@dataclass(frozen=True)
class NewParticipant:
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""
    group: str = ""


def _clean(field_name: str, value: str) -> str:
    cleaned = " ".join(value.split())
    if field_name == "name" and not cleaned:
        raise StoreError("A participant needs a name.")
    if field_name == "email":
        try:
            return parse_email(cleaned)
        except BadValue as exc:
            raise StoreError(f"“{cleaned}” is not an e-mail address. {exc.message}") from exc
    return cleaned


def _participant(session: Session, participant_id: str, *, deleted_ok: bool = False) -> Participant:
    stmt = select(Participant).where(Participant.uuid == participant_id)
    if not deleted_ok:
        stmt = stmt.where(Participant.deleted.is_(False))
    found = session.scalar(stmt)
    if found is None:
        raise NotFoundError(f"No participant with id {participant_id}.")
    return found


def _day(session: Session, day_id: str) -> Day:
    found = session.scalar(select(Day).where(Day.uuid == day_id, Day.deleted.is_(False)))
    if found is None:
        raise NotFoundError(f"No day with id {day_id}.")
    return found


def zone_of(convening_timezone: str) -> ZoneInfo:
    try:
        return ZoneInfo(convening_timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_today(convening_timezone: str, now: datetime) -> date:
    return now.astimezone(zone_of(convening_timezone)).date()


def _days(session: Session, convening: Convening) -> list[Day]:
    return list(
        session.scalars(
            select(Day)
            .where(Day.convening_id == convening.id, Day.deleted.is_(False))
            .order_by(Day.position, Day.id)
        )
    )


def _record(p: Participant, day_uuids: Mapping[int, str]) -> ParticipantRecord:
    present = {
        day_uuids[a.day_id]: a.checked_in_at
        for a in p.attendance
        if not a.deleted and a.status is AttendanceStatus.PRESENT and a.day_id in day_uuids
    }
    return ParticipantRecord(
        id=p.uuid,
        name=p.name,
        role=p.role,
        organisation=p.organisation,
        email=p.email,
        group=p.group_name,
        present=present,
    )


def list_participants(db: Database, convening_id: str) -> ParticipantList:
    """Live participants by name (case-insensitively), with their attendance per day."""
    with db.read() as session:
        c = _live_convening(session, convening_id)
        days = _days(session, c)
        refs = tuple(DayRef(d.uuid, n, d.date, d.title) for n, d in enumerate(days, start=1))
        today = local_today(c.timezone, db.clock.now())
        people = session.scalars(
            select(Participant).where(
                Participant.convening_id == c.id, Participant.deleted.is_(False)
            )
        )
        day_uuids = {d.id: d.uuid for d in days}
        records = sorted(
            (_record(p, day_uuids) for p in people), key=lambda r: (r.name.casefold(), r.id)
        )
        return ParticipantList(
            convening_id=c.uuid,
            days=refs,
            participants=tuple(records),
            today=next((r for r in refs if r.date == today), None),
            timezone=c.timezone,
        )


def add_participant(db: Database, convening_id: str, spec: NewParticipant) -> str:
    with db.transaction() as session:
        c = _live_convening(session, convening_id)
        p = _new_participant(spec)
        c.participants.append(p)
        session.flush()
        return p.uuid


def _new_participant(spec: NewParticipant) -> Participant:
    return Participant(
        name=_clean("name", spec.name),
        role=_clean("role", spec.role),
        organisation=_clean("organisation", spec.organisation),
        email=_clean("email", spec.email),
        group_name=_clean("group", spec.group),
    )


def update_participant(db: Database, participant_id: str, field_name: str, value: str) -> None:
    """Set one field (a key of FIELDS); names can't be emptied, e-mails are checked."""
    if field_name not in FIELDS:
        raise ValueError(f"unknown participant field {field_name!r}")
    with db.transaction() as session:
        setattr(
            _participant(session, participant_id), FIELDS[field_name], _clean(field_name, value)
        )


def set_deleted(db: Database, participant_id: str, deleted: bool) -> None:
    with db.transaction() as session:
        _participant(session, participant_id, deleted_ok=True).deleted = deleted


def delete_participant(db: Database, participant_id: str) -> None:
    set_deleted(db, participant_id, True)


def restore_participant(db: Database, participant_id: str) -> None:
    set_deleted(db, participant_id, False)


def _attendance(session: Session, p: Participant, day: Day) -> Attendance | None:
    return session.scalar(
        select(Attendance).where(Attendance.participant_id == p.id, Attendance.day_id == day.id)
    )


def check_in(db: Database, participant_id: str, day_id: str) -> Mark | None:
    """Mark present on the day, now; returns what was there before (None: nothing)."""
    with db.transaction() as session:
        p = _participant(session, participant_id)
        day = _day(session, day_id)
        if day.convening_id != p.convening_id:
            raise StoreError("That day belongs to another convening.")
        row = _attendance(session, p, day)
        before = None if row is None or row.deleted else Mark(row.status, row.checked_in_at)
        if row is None:
            row = Attendance(participant_id=p.id, day_id=day.id)
            session.add(row)
        row.deleted = False
        row.status = AttendanceStatus.PRESENT
        row.checked_in_at = db.clock.now()
        return before


def undo_check_in(db: Database, participant_id: str, day_id: str, before: Mark | None) -> None:
    """Put back the attendance check_in() replaced (no record: expected, not checked in)."""
    with db.transaction() as session:
        p = _participant(session, participant_id, deleted_ok=True)
        row = _attendance(session, p, _day(session, day_id))
        if row is None:
            return
        if before is None:
            row.status = AttendanceStatus.EXPECTED
            row.checked_in_at = None
        else:
            row.status = before.status
            row.checked_in_at = before.checked_in_at


def add_walk_in(
    db: Database, convening_id: str, day_id: str, name: str, organisation: str = ""
) -> str:
    """Someone who was not on the list, added and checked in for the day at once."""
    with db.transaction() as session:
        c = _live_convening(session, convening_id)
        day = _day(session, day_id)
        if day.convening_id != c.id:
            raise StoreError("That day belongs to another convening.")
        p = _new_participant(NewParticipant(name=name, organisation=organisation))
        c.participants.append(p)
        session.flush()
        session.add(
            Attendance(
                participant_id=p.id,
                day_id=day.id,
                status=AttendanceStatus.PRESENT,
                checked_in_at=db.clock.now(),
            )
        )
        return p.uuid
