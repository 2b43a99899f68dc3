"""The record of every convening: SQLAlchemy models for the whole product.

Every syncable record carries a UUID (identity that travels between laptops),
a ``stamps`` map from field name to the hybrid-logical-clock stamp of its last
change (filled in one place, :mod:`facilitator.store.stamping`), and a
``deleted`` tombstone so a deletion can be undone and can travel in a merge.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from facilitator.core.kinds import (
    AttendanceStatus,
    CommitmentStatus,
    DecisionForce,
    EntryKind,
    FeedbackPolarity,
    ItemKind,
    RunEventKind,
    Visibility,
)
from facilitator.core.outbox_policy import OutboxStatus
from facilitator.store.types import StrEnumType, UTCDateTime


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Facts about this database file: its device id, the clock's last stamp."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Syncable:
    """Columns every mergeable record has. Not itself a table."""

    # Columns that describe the record's bookkeeping rather than its content.
    BOOKKEEPING = frozenset({"id", "uuid", "stamps"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    stamps: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Convening(Syncable, Base):
    __tablename__ = "convening"

    title: Mapped[str] = mapped_column(String(300))
    series: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")
    # One objective per line, in the order the facilitator wrote them.
    objectives: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    days: Mapped[list[Day]] = relationship(
        back_populates="convening", order_by="Day.position", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="convening", order_by="Participant.name", cascade="all, delete-orphan"
    )
    entries: Mapped[list[Entry]] = relationship(
        back_populates="convening", cascade="all, delete-orphan"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="convening", cascade="all, delete-orphan"
    )


class Day(Syncable, Base):
    __tablename__ = "day"

    convening_id: Mapped[int] = mapped_column(ForeignKey("convening.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300), default="")
    start_time: Mapped[time] = mapped_column(Time, default=time(9, 0))
    end_time: Mapped[time | None] = mapped_column(Time, default=time(17, 0))

    convening: Mapped[Convening] = relationship(back_populates="days")
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="day", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_day_convening", "convening_id", "position"),)


class AgendaItem(Syncable, Base):
    __tablename__ = "agenda_item"

    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"))
    # Fractional positions let one item move between two others without renumbering
    # the rest, which keeps a reorder to one changed field when laptops merge.
    position: Mapped[float] = mapped_column(Float, default=0.0)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ItemKind] = mapped_column(StrEnumType(ItemKind), default=ItemKind.PLENARY)
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    fixed_start: Mapped[time | None] = mapped_column(Time)
    objective: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    optional: Mapped[bool] = mapped_column(Boolean, default=False)
    min_duration_min: Mapped[int | None] = mapped_column(Integer)

    day: Mapped[Day] = relationship(back_populates="items")

    __table_args__ = (Index("ix_agenda_item_day", "day_id", "position"),)


class Participant(Syncable, Base):
    __tablename__ = "participant"

    convening_id: Mapped[int] = mapped_column(ForeignKey("convening.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    group_name: Mapped[str] = mapped_column(String(200), default="")

    convening: Mapped[Convening] = relationship(back_populates="participants")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("ix_participant_convening", "convening_id"),)


class Attendance(Syncable, Base):
    """Whether a participant came on a given day, and when they checked in."""

    __tablename__ = "attendance"

    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"))
    status: Mapped[AttendanceStatus] = mapped_column(
        StrEnumType(AttendanceStatus), default=AttendanceStatus.EXPECTED
    )
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    participant: Mapped[Participant] = relationship(back_populates="attendance")

    __table_args__ = (Index("ix_attendance_day", "day_id", "participant_id", unique=True),)


class Entry(Syncable, Base):
    """One captured note, decision, question, parking-lot item, quote or feedback."""

    __tablename__ = "entry"

    convening_id: Mapped[int] = mapped_column(ForeignKey("convening.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    kind: Mapped[EntryKind] = mapped_column(StrEnumType(EntryKind), default=EntryKind.NOTE)
    text: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = mapped_column(StrEnumType(Visibility), default=Visibility.TEAM)
    captured_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author_device: Mapped[str] = mapped_column(String(64), default="")
    # Decisions: why, and whether it binds.
    rationale: Mapped[str] = mapped_column(Text, default="")
    force: Mapped[DecisionForce | None] = mapped_column(StrEnumType(DecisionForce))
    # Quotes: who said it.
    speaker: Mapped[str] = mapped_column(String(300), default="")
    # Feedback: plus or delta.
    polarity: Mapped[FeedbackPolarity | None] = mapped_column(StrEnumType(FeedbackPolarity))
    # Parking-lot items and questions: when and how they were resolved.
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(Text, default="")

    convening: Mapped[Convening] = relationship(back_populates="entries")
    agenda_item: Mapped[AgendaItem | None] = relationship()

    __table_args__ = (
        Index("ix_entry_convening", "convening_id", "captured_at"),
        Index("ix_entry_item", "agenda_item_id"),
    )


class Commitment(Syncable, Base):
    """Something a person or organisation committed to, with a date and a status."""

    __tablename__ = "commitment"

    convening_id: Mapped[int] = mapped_column(ForeignKey("convening.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    owner_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL")
    )
    # The organisation that owns it: set for an organisation's commitment, and
    # copied from the person's organisation when a person owns it.
    owner_organisation: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CommitmentStatus] = mapped_column(
        StrEnumType(CommitmentStatus), default=CommitmentStatus.OPEN
    )
    visibility: Mapped[Visibility] = mapped_column(
        StrEnumType(Visibility), default=Visibility.SHARED
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    author_device: Mapped[str] = mapped_column(String(64), default="")

    convening: Mapped[Convening] = relationship(back_populates="commitments")
    owner: Mapped[Participant | None] = relationship()

    __table_args__ = (Index("ix_commitment_convening", "convening_id", "status"),)


class RunEvent(Syncable, Base):
    """One thing that happened while a day's agenda ran; appended, never edited."""

    __tablename__ = "run_event"

    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    kind: Mapped[RunEventKind] = mapped_column(StrEnumType(RunEventKind))
    wall_time: Mapped[datetime] = mapped_column(UTCDateTime)
    monotonic: Mapped[float] = mapped_column(Float)
    # Which run of the program recorded it: monotonic times compare only within one.
    session: Mapped[str] = mapped_column(String(64), default="")
    # ADJUST: seconds added (+) or taken (-) from the current item.
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    # REPLAN: the accepted plan {"durations": {item uuid: minutes}, "dropped": [uuids]}.
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    author_device: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_run_event_day", "day_id", "wall_time"),)


class Block(Syncable, Base):
    """A reusable run of agenda items (a check-in, a lunch-and-walk), kept in a library.

    The items are a snapshot of their plan fields, so a block outlives the
    convening it was saved from.
    """

    __tablename__ = "block"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    # [{"title", "kind", "duration_min", "objective", "lead", "method", "materials",
    #   "facilitator_notes", "optional", "min_duration_min", "fixed_start"}, ...]
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutboxItem(Base):
    """An export waiting for (or done with) delivery to this laptop's sync target.

    Device-local: not Syncable, never merged. The file itself is a private copy in the
    data folder (``stored_path``, relative to it), so editing or deleting the user's
    copy after queueing changes nothing.
    """

    __tablename__ = "outbox_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(300))
    stored_path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer, default=0)
    checksum: Mapped[str] = mapped_column(String(64), default="")  # sha256 hex
    label: Mapped[str] = mapped_column(String(300), default="")  # e.g. the convening title
    status: Mapped[OutboxStatus] = mapped_column(
        StrEnumType(OutboxStatus), default=OutboxStatus.QUEUED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Where on the target it landed (a path or URL), and the target as described then.
    location: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    # Why the last try did not deliver, in the facilitator's words.
    error: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_outbox_item_due", "status", "next_attempt_at"),)


class SyncState(Base):
    """What this laptop knows of a convening's other copies. Device-local, never merged."""

    __tablename__ = "sync_state"

    convening_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    # Version vector {device id: highest stamp seen from it}: when the copies last met.
    knowledge: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # Version vector of the changes this laptop has written to the team folder.
    pushed: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)


class SyncAppliedFile(Base):
    """A team-folder change file already merged here ("<device>/<file name>")."""

    __tablename__ = "sync_applied_file"

    convening_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MergeConflict(Base):
    """A field both laptops changed before they met: the value kept and the one set aside."""

    __tablename__ = "merge_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    convening_uuid: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(64))
    record_uuid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_stamp: Mapped[str] = mapped_column(String(64))
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_stamp: Mapped[str] = mapped_column(String(64))
    found_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index(
            "ix_merge_conflict_field",
            "convening_uuid",
            "record_uuid",
            "field",
            "other_stamp",
            unique=True,
        ),
    )


SYNCABLE_MODELS: tuple[type[Syncable], ...] = (
    Convening,
    Day,
    AgendaItem,
    Participant,
    Attendance,
    Entry,
    Commitment,
    RunEvent,
    Block,
)
