"""One delivery pass over the outbox: which items go, and what each outcome records.

Each item is marked *delivering* in its own short transaction before the target is
called, and its outcome is written in another, so the window (reading the outbox from
another thread) always sees a consistent state and a crash mid-transfer leaves the item
to be tried again.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from facilitator.core.outbox_policy import Jitter, OutboxStatus, next_attempt
from facilitator.store.database import Database
from facilitator.sync.outbox_records import (
    DeliveryReport,
    find_row,
    is_due,
    list_outbox,
    outbox_dir,
)
from facilitator.sync.target_base import Delivered, Target, TargetError, TargetUnavailable

Progress = Callable[[DeliveryReport], None]


def run_pass(
    db: Database,
    target: Target,
    now: datetime,
    jitter: Jitter,
    progress: Progress | None = None,
) -> list[DeliveryReport]:
    waiting = list_outbox(db, include_delivered=False)
    if not waiting:
        return []
    waiting.sort(key=lambda e: e.queued_at)  # oldest first
    due = [e for e in waiting if is_due(e, now)]
    held = [e for e in waiting if not is_due(e, now) and e.status is OutboxStatus.QUEUED]
    if not due and held:
        # Waiting only for the target to come back: a cheap look decides.
        try:
            target.check()
        except TargetError:
            return []
        due, held = held, []
    reports: list[DeliveryReport] = []
    unreachable: TargetUnavailable | None = None
    for entry in due:
        if unreachable is not None:
            report = _record(db, entry.id, now, jitter, error=unreachable, tried=False)
        else:
            report = _deliver_one(db, target, entry.id, entry.file, entry.name, now, jitter)
            if report.status is OutboxStatus.QUEUED and report.error:
                unreachable = TargetUnavailable(report.error)
            elif report.status is OutboxStatus.DELIVERED and held:
                due.extend(held)  # the target is back: what waited for it goes too
                held = []
        reports.append(report)
        if progress is not None:
            progress(report)
    return reports


def _deliver_one(
    db: Database,
    target: Target,
    item_id: str,
    path: Path,
    name: str,
    now: datetime,
    jitter: Jitter,
) -> DeliveryReport:
    with db.transaction() as session:
        row = find_row(session, item_id)
        if row is None:
            return DeliveryReport(item_id, name, OutboxStatus.DELIVERED, error="removed")
        row.status = OutboxStatus.DELIVERING
        row.attempts += 1
        row.last_attempt_at = now
        row.target = target.describe()
    if not path.is_file():
        return _record(
            db,
            item_id,
            now,
            jitter,
            error=TargetError(f"The outbox copy of {name} is missing; export it again."),
        )
    try:
        done = target.put_file(path, name, upload_id=item_id)
    except TargetError as exc:
        return _record(db, item_id, now, jitter, error=exc)
    except OSError as exc:
        return _record(
            db, item_id, now, jitter, error=TargetError(f"Could not read {path}: {exc}.")
        )
    return _record(db, item_id, now, jitter, delivered=done)


def _record(
    db: Database,
    item_id: str,
    now: datetime,
    jitter: Jitter,
    *,
    error: TargetError | None = None,
    delivered: Delivered | None = None,
    tried: bool = True,
) -> DeliveryReport:
    with db.transaction() as session:
        row = find_row(session, item_id)
        if row is None:  # removed while it was being delivered
            return DeliveryReport(item_id, "", OutboxStatus.DELIVERED, error="removed")
        if not tried:
            row.attempts += 1
            row.last_attempt_at = now
        if delivered is not None:
            row.status = OutboxStatus.DELIVERED
            row.delivered_at = now
            row.location = delivered.location
            row.error = ""
            row.next_attempt_at = None
        else:
            assert error is not None
            unavailable = isinstance(error, TargetUnavailable)
            row.status = OutboxStatus.QUEUED if unavailable else OutboxStatus.FAILED
            row.error = error.message
            row.next_attempt_at = next_attempt(now, row.attempts, jitter)
        report = DeliveryReport(
            id=row.uuid,
            name=row.name,
            status=row.status,
            location=row.location,
            error=row.error,
            next_attempt_at=row.next_attempt_at,
            already_there=bool(delivered and delivered.already_there),
        )
    if delivered is not None:
        shutil.rmtree(outbox_dir(db) / item_id, ignore_errors=True)
    return report
