"""Outbox items as the rest of the app sees them: frozen records, read from the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core.outbox_policy import OutboxStatus
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.models import OutboxItem

OUTBOX_FOLDER = "outbox"


@dataclass(frozen=True)
class OutboxEntry:
    id: str
    name: str
    label: str
    status: OutboxStatus
    attempts: int
    size: int
    checksum: str
    queued_at: datetime
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    location: str  # where on the target, once delivered
    target: str  # the target as described when last tried
    error: str  # why the last try did not deliver
    file: Path  # the private copy in the data folder (gone once delivered)


@dataclass(frozen=True)
class DeliveryReport:
    """What one pass did with one item."""

    id: str
    name: str
    status: OutboxStatus
    location: str = ""
    error: str = ""
    next_attempt_at: datetime | None = None
    already_there: bool = False


@dataclass(frozen=True)
class OutboxSummary:
    waiting: int  # queued, delivering or failed
    failed: int
    delivered: int
    last_attempt_at: datetime | None
    last_error: str  # of the most recent try that did not deliver, "" when all went


def outbox_dir(db: Database) -> Path:
    """The data folder's private copies of queued files."""
    return db.path.parent / OUTBOX_FOLDER


def to_entry(db: Database, row: OutboxItem) -> OutboxEntry:
    return OutboxEntry(
        id=row.uuid,
        name=row.name,
        label=row.label,
        status=row.status,
        attempts=row.attempts,
        size=row.size,
        checksum=row.checksum,
        queued_at=row.queued_at,
        last_attempt_at=row.last_attempt_at,
        next_attempt_at=row.next_attempt_at,
        delivered_at=row.delivered_at,
        location=row.location,
        target=row.target,
        error=row.error,
        file=db.path.parent / row.stored_path,
    )


def find_row(session: Session, item_id: str) -> OutboxItem | None:
    return session.scalars(select(OutboxItem).where(OutboxItem.uuid == item_id)).one_or_none()


def row_or_error(session: Session, item_id: str) -> OutboxItem:
    row = find_row(session, item_id)
    if row is None:
        raise StoreError("That outbox item is no longer there.")
    return row


def list_outbox(db: Database, *, include_delivered: bool = True) -> list[OutboxEntry]:
    """Newest first."""
    with db.read() as session:
        query = select(OutboxItem).order_by(OutboxItem.queued_at.desc(), OutboxItem.id.desc())
        if not include_delivered:
            query = query.where(OutboxItem.status != OutboxStatus.DELIVERED)
        return [to_entry(db, row) for row in session.scalars(query)]


def get_entry(db: Database, item_id: str) -> OutboxEntry:
    with db.read() as session:
        return to_entry(db, row_or_error(session, item_id))


def summarize(db: Database) -> OutboxSummary:
    entries = list_outbox(db)
    waiting = [e for e in entries if e.status is not OutboxStatus.DELIVERED]
    tried = [e for e in entries if e.last_attempt_at is not None]
    last = max(tried, key=lambda e: e.last_attempt_at or e.queued_at, default=None)
    return OutboxSummary(
        waiting=len(waiting),
        failed=sum(e.status is OutboxStatus.FAILED for e in entries),
        delivered=len(entries) - len(waiting),
        last_attempt_at=last.last_attempt_at if last else None,
        last_error=last.error if last and last.status is not OutboxStatus.DELIVERED else "",
    )


def is_due(entry: OutboxEntry, now: datetime) -> bool:
    if entry.status is OutboxStatus.DELIVERED:
        return False
    if entry.status is OutboxStatus.DELIVERING:  # left so by a crash or a closed window
        return True
    return entry.next_attempt_at is None or entry.next_attempt_at <= now
