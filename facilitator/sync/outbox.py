"""The outbox: exports queued on this laptop until they reach its sync target.

Queueing copies the file into the data folder (``outbox/<uuid>/<name>``), so later
edits to the user's own copy, or its deletion, change nothing. :func:`deliver_due`
delivers what is due: an item whose target is unreachable stays *queued* and goes as
soon as the target answers again; one the target refused is *failed* and tried again
after a growing delay (see :mod:`facilitator.core.outbox_policy`). The private copy
is dropped once delivered; the record stays as history until removed.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from facilitator.core.outbox_policy import Jitter, OutboxStatus
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.store.models import OutboxItem, new_uuid
from facilitator.sync.delivery import run_pass
from facilitator.sync.outbox_records import (
    OUTBOX_FOLDER,
    DeliveryReport,
    OutboxEntry,
    OutboxSummary,
    get_entry,
    is_due,
    list_outbox,
    outbox_dir,
    row_or_error,
    summarize,
    to_entry,
)
from facilitator.sync.target_base import Target, file_digest

__all__ = [
    "DeliveryReport",
    "OutboxEntry",
    "OutboxSummary",
    "deliver_due",
    "get_entry",
    "is_due",
    "list_outbox",
    "outbox_dir",
    "queue_file",
    "remove",
    "retry_now",
    "summarize",
]


def queue_file(
    db: Database, source: Path, *, name: str | None = None, label: str = ""
) -> OutboxEntry:
    """Queue a copy of ``source`` for delivery as ``name`` (default: its own name)."""
    source = Path(source)
    final_name = name or source.name
    if not source.is_file():
        raise StoreError(f"{source} is not a file, so it cannot be queued for delivery.")
    item_id = new_uuid()
    folder = outbox_dir(db) / item_id
    relative = Path(OUTBOX_FOLDER) / item_id / final_name
    try:
        folder.mkdir(parents=True)
        tmp = folder / f".{final_name}.tmp"
        with source.open("rb") as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, folder / final_name)
        size, checksum = file_digest(folder / final_name)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StoreError(f"Could not keep a copy of {source.name} for delivery: {exc}.") from exc
    now = db.clock.now()
    with db.transaction() as session:
        row = OutboxItem(
            uuid=item_id,
            name=final_name,
            stored_path=relative.as_posix(),
            size=size,
            checksum=checksum,
            label=label,
            status=OutboxStatus.QUEUED,
            attempts=0,
            queued_at=now,
            next_attempt_at=now,
        )
        session.add(row)
        session.flush()
        return to_entry(db, row)


def retry_now(db: Database, item_id: str) -> OutboxEntry:
    """Make an item due at once (the next pass tries it whatever its delay)."""
    with db.transaction() as session:
        row = row_or_error(session, item_id)
        if row.status is not OutboxStatus.DELIVERED:
            row.next_attempt_at = db.clock.now()
        return to_entry(db, row)


def remove(db: Database, item_id: str) -> None:
    """Forget an item and its private copy (the delivered file on the target stays)."""
    with db.transaction() as session:
        row = row_or_error(session, item_id)
        session.delete(row)
    shutil.rmtree(outbox_dir(db) / item_id, ignore_errors=True)


def deliver_due(
    db: Database,
    target: Target,
    *,
    now: datetime | None = None,
    jitter: Jitter = random.random,
    progress: Callable[[DeliveryReport], None] | None = None,
) -> list[DeliveryReport]:
    """Deliver every due item; with nothing waiting, the target is not touched at all.

    Items waiting only because the target was unreachable go as soon as it answers.
    """
    return run_pass(db, target, now or db.clock.now(), jitter, progress)
